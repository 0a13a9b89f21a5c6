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
 * The filter's conditions in SQL, for statements that join in the database: `grant` on the funded
 * grant `g` ("Grant") and its round `r` ("FundingRound"), `partnership` on `p` ("Partnership").
 * The partnerships shown are those with a funded grant matching `grant` and matching `partnership`.
 * Grant filters (pool, round, amount range) apply to the same grant: a partnership is shown when
 * one of its funded grants matches them all, and its granted/paid sums count only such grants.
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

/**
 * The funded grants that count under the filter, with their round `r` and partnership `p`: the
 * FROM and WHERE of the statements that list what the map shows.
 */
const countedGrants = (filter: MinistryFilter) => {
  const where = ministrySql(filter);
  return Prisma.sql`FROM "Grant" g JOIN "FundingRound" r ON r.id = g."roundId"
    JOIN "Partnership" p ON p.id = g."partnershipId"
    WHERE ${where.grant} AND ${where.partnership}`;
};

/** Ids of the funded partnerships the filter shows (the map's partnerships), in one statement. */
export async function ministryPartnershipIds(
  prisma: PrismaClient,
  filter: MinistryFilter,
): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT DISTINCT p.id::text ${countedGrants(filter)}`,
  );
  return rows.map((row) => row.id);
}

/**
 * Ids of the grants that count under the filter (those the map's sums add up), in one statement:
 * the funded grants matching the grant filters, of the partnerships it shows.
 */
export async function ministryGrantIds(prisma: PrismaClient, filter: MinistryFilter): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT g.id::text ${countedGrants(filter)}`,
  );
  return rows.map((row) => row.id);
}
