import {
  type Arena,
  type PartnershipStatus,
  Prisma,
  type PrismaClient,
  type TargetGroup,
} from '@naboskab/db';

/**
 * A "funded partnership" has at least one grant with status GRANTED, PAID or REPORTED (an
 * application alone, APPLIED, is not funding). The ministry's map, totals, table and exports all
 * start from this set.
 */
export const FUNDED_GRANT_STATUSES = ['GRANTED', 'PAID', 'REPORTED'] as const;

/** The filters of the ministry's map, with database ids and amounts in øre. */
export interface MinistryFilter {
  poolId?: string | null;
  roundId?: string | null;
  regionCode?: string | null;
  municipalityCode?: string | null;
  arena?: Arena | null;
  targetGroup?: TargetGroup | null;
  status?: PartnershipStatus | null;
  /** Amount of one funded grant (in the chosen pool/round), inclusive. */
  grantMinOre?: bigint | null;
  grantMaxOre?: bigint | null;
}

/**
 * The Prisma `where` of the grants that count. Grant filters (pool, round, amount range) apply to
 * the same grant: a partnership is shown when one of its funded grants matches them all, and its
 * granted/paid sums count only such grants (ministrySql holds the same conditions in SQL).
 */
export function ministryGrantWhere(filter: MinistryFilter): Prisma.GrantWhereInput {
  const amount: Prisma.BigIntFilter = {};
  if (filter.grantMinOre != null) amount.gte = filter.grantMinOre;
  if (filter.grantMaxOre != null) amount.lte = filter.grantMaxOre;
  return {
    status: { in: [...FUNDED_GRANT_STATUSES] },
    ...(filter.roundId ? { roundId: filter.roundId } : {}),
    ...(filter.poolId ? { round: { poolId: filter.poolId } } : {}),
    ...(Object.keys(amount).length ? { amountOre: amount } : {}),
  };
}

/**
 * The filter's conditions in SQL, for statements that join in the database: `grant` on the funded
 * grant `g` ("Grant") and its round `r` ("FundingRound"), `partnership` on `p` ("Partnership").
 * The partnerships shown are those with a funded grant matching `grant` and matching `partnership`.
 */
export function ministrySql(filter: MinistryFilter): { grant: Prisma.Sql; partnership: Prisma.Sql } {
  const funded = FUNDED_GRANT_STATUSES.map((status) => Prisma.sql`${status}::"GrantStatus"`);
  const grant = [Prisma.sql`g.status IN (${Prisma.join(funded)})`];
  if (filter.roundId) grant.push(Prisma.sql`g."roundId" = ${filter.roundId}::uuid`);
  if (filter.poolId) grant.push(Prisma.sql`r."poolId" = ${filter.poolId}::uuid`);
  if (filter.grantMinOre != null) grant.push(Prisma.sql`g."amountOre" >= ${filter.grantMinOre}`);
  if (filter.grantMaxOre != null) grant.push(Prisma.sql`g."amountOre" <= ${filter.grantMaxOre}`);
  const partnership = [Prisma.sql`true`];
  if (filter.status) partnership.push(Prisma.sql`p.status = ${filter.status}::"PartnershipStatus"`);
  if (filter.arena) partnership.push(Prisma.sql`${filter.arena}::"Arena" = ANY(p.arenas)`);
  if (filter.targetGroup)
    partnership.push(Prisma.sql`${filter.targetGroup}::"TargetGroup" = ANY(p."targetGroups")`);
  if (filter.municipalityCode)
    partnership.push(Prisma.sql`EXISTS (SELECT 1 FROM "PartnershipArea" pa JOIN "Area" a ON a.id = pa."areaId"
      WHERE pa."partnershipId" = p.id AND a."municipalityCode" = ${filter.municipalityCode})`);
  if (filter.regionCode)
    partnership.push(Prisma.sql`EXISTS (SELECT 1 FROM "PartnershipArea" pa JOIN "Area" a ON a.id = pa."areaId"
      JOIN "Municipality" mu ON mu.code = a."municipalityCode"
      WHERE pa."partnershipId" = p.id AND mu."regionCode" = ${filter.regionCode})`);
  return { grant: Prisma.join(grant, ' AND '), partnership: Prisma.join(partnership, ' AND ') };
}

/** Ids of the funded partnerships the filter shows (the map's partnerships), in one statement. */
export async function ministryPartnershipIds(
  prisma: PrismaClient,
  filter: MinistryFilter,
): Promise<string[]> {
  const where = ministrySql(filter);
  const rows = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT DISTINCT p.id::text FROM "Grant" g JOIN "FundingRound" r ON r.id = g."roundId"
      JOIN "Partnership" p ON p.id = g."partnershipId"
    WHERE ${where.grant} AND ${where.partnership}`);
  return rows.map((row) => row.id);
}
