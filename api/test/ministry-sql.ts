import { Prisma, type PrismaClient } from '@naboskab/db';

// The ministry's figures computed straight from the tables with hand-written SQL, to compare the
// API against. `partnership` and `grant` are extra conditions on p ("Partnership") and g ("Grant").
export async function expectedFigures(
  prisma: PrismaClient,
  {
    partnership = Prisma.sql`true`,
    grant = Prisma.sql`true`,
  }: { partnership?: Prisma.Sql; grant?: Prisma.Sql } = {},
) {
  const cte = Prisma.sql`
    WITH g AS (SELECT g.* FROM "Grant" g WHERE g.status IN ('GRANTED', 'PAID', 'REPORTED') AND ${grant}),
    p AS (SELECT p.* FROM "Partnership" p WHERE EXISTS (SELECT 1 FROM g WHERE g."partnershipId" = p.id) AND ${partnership})`;
  const [totals] = await prisma.$queryRaw<Record<string, number | bigint>[]>(Prisma.sql`${cte}
    SELECT
      (SELECT count(*) FROM p)::int AS partnerships,
      (SELECT coalesce(sum(g."amountOre"), 0) FROM g JOIN p ON p.id = g."partnershipId")::bigint AS granted,
      (SELECT coalesce(sum(g."paidOre"), 0) FROM g JOIN p ON p.id = g."partnershipId")::bigint AS paid,
      (SELECT count(DISTINCT m."organisationId") FROM "PartnershipMember" m JOIN p ON p.id = m."partnershipId"
        WHERE m.role = 'VOLUNTARY_ASSOCIATION')::int AS associations,
      (SELECT count(*) FROM (SELECT m."partnershipId" FROM "PartnershipMember" m JOIN p ON p.id = m."partnershipId"
        WHERE m.role = 'VOLUNTARY_ASSOCIATION' GROUP BY 1 HAVING count(*) >= 30) x)::int AS "meetingBar",
      (SELECT coalesce(sum(f."amountOre"), 0) FROM "SignOnFee" f JOIN p ON p.id = f."partnershipId")::bigint AS fees,
      (SELECT count(*) FROM "SignOnFee" f JOIN p ON p.id = f."partnershipId")::int AS "feeCount",
      (SELECT coalesce(sum(r."participantsReached"), 0) FROM "OutcomeReport" r JOIN p ON p.id = r."partnershipId")::int AS reached,
      (SELECT coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM "Referral" x WHERE x."partnershipId" = p.id)
        THEN (SELECT count(x."firstAttendanceAt") FROM "Referral" x WHERE x."partnershipId" = p.id)
        ELSE (SELECT coalesce(sum(r."newParticipantsBridged"), 0) FROM "OutcomeReport" r WHERE r."partnershipId" = p.id) END), 0)
        FROM p)::int AS bridged,
      (SELECT coalesce(sum(r."activitiesHeld"), 0) FROM "OutcomeReport" r JOIN p ON p.id = r."partnershipId")::int AS activities,
      (SELECT count(DISTINCT coalesce(s."personId", s.id)) FROM "VolunteerSignUp" s
        JOIN "VolunteerOpportunity" o ON o.id = s."opportunityId" JOIN "Activity" a ON a.id = o."activityId"
        JOIN p ON p.id = a."partnershipId" WHERE s.status = 'APPROVED')::int AS volunteers,
      (SELECT coalesce(sum(h.hours), 0) FROM "VolunteerHours" h JOIN "Activity" a ON a.id = h."activityId"
        JOIN p ON p.id = a."partnershipId" WHERE h.status = 'APPROVED')::float8 AS hours`);
  const rows = await prisma.$queryRaw<
    { name: string; granted: bigint; associations: number; reached: number }[]
  >(
    Prisma.sql`${cte}
    SELECT p.name,
      (SELECT sum(g."amountOre") FROM g WHERE g."partnershipId" = p.id)::bigint AS granted,
      (SELECT count(*) FROM "PartnershipMember" m WHERE m."partnershipId" = p.id AND m.role = 'VOLUNTARY_ASSOCIATION')::int AS associations,
      (SELECT coalesce(sum(r."participantsReached"), 0) FROM "OutcomeReport" r WHERE r."partnershipId" = p.id)::int AS reached
    FROM p ORDER BY p.name, p.id`,
  );
  const loneliness = await prisma.$queryRaw<{ phase: string; item: string; answer: number; count: number }[]>(
    Prisma.sql`${cte}
    SELECT l.phase::text, l.item::text, l.answer, sum(l.count)::int AS count
    FROM "LonelinessCount" l JOIN "OutcomeReport" r ON r.id = l."reportId" JOIN p ON p.id = r."partnershipId"
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  return { totals: totals as Record<string, number | bigint>, rows, loneliness };
}

export const inRegion = (code: string) => Prisma.sql`EXISTS (SELECT 1 FROM "PartnershipArea" pa
  JOIN "Area" a ON a.id = pa."areaId" JOIN "Municipality" mu ON mu.code = a."municipalityCode"
  WHERE pa."partnershipId" = p.id AND mu."regionCode" = ${code})`;
export const inMunicipality = (code: string) => Prisma.sql`EXISTS (SELECT 1 FROM "PartnershipArea" pa
  JOIN "Area" a ON a.id = pa."areaId" WHERE pa."partnershipId" = p.id AND a."municipalityCode" = ${code})`;
export const hasArena = (arena: string) => Prisma.sql`${arena}::"Arena" = ANY(p.arenas)`;
export const hasTargetGroup = (group: string) => Prisma.sql`${group}::"TargetGroup" = ANY(p."targetGroups")`;
