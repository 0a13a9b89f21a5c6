import { type LonelinessItem, type LonelinessPhase, Prisma, type PrismaClient } from '@naboskab/db';
import { associationBarOf, meetsBar } from './association-bar.ts';
import { compactGeometry, type MapDetail } from './compact-geometry.ts';
import { idsWithArenaAndGroup, type MinistryFilter, ministryWhere } from './ministry-filter.ts';
import { suppressColumn, suppressCount } from './referral/suppression.ts';

export interface MapArea {
  id: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  regionName: string;
  centre: { lat: number; lon: number };
  geometry: unknown;
}

export interface MapPartnership {
  id: string;
  name: string;
  slug: string;
  status: Prisma.PartnershipGetPayload<object>['status'];
  arenas: Prisma.PartnershipGetPayload<object>['arenas'];
  targetGroups: Prisma.PartnershipGetPayload<object>['targetGroups'];
  startsOn: Date;
  endsOn: Date | null;
  grantedOre: bigint;
  paidOre: bigint;
  associations: number;
  /** The bar of voluntary associations its pools ask for; null when none does. */
  associationBar: number | null;
  signOnFeesOre: bigint;
  signOnFeeCount: number;
  participantsReached: number;
  /** Null when hidden: see newParticipantsBridged() below. */
  newParticipantsBridged: number | null;
  activitiesHeld: number;
  volunteersActive: number;
  approvedHours: number;
  centre: { lat: number; lon: number };
  areas: MapArea[];
}

export interface LonelinessTotal {
  phase: LonelinessPhase;
  item: LonelinessItem;
  answer: number;
  count: number;
}

export interface MapTotals {
  partnerships: number;
  grantedOre: bigint;
  paidOre: bigint;
  /** Distinct organisations that are voluntary-association members of the partnerships. */
  associations: number;
  /** Partnerships whose pool sets the bar, and how many of them meet it. */
  partnershipsWithAssociationBar: number;
  partnershipsMeetingAssociationBar: number;
  signOnFeesOre: bigint;
  signOnFeeCount: number;
  participantsReached: number;
  newParticipantsBridged: number | null;
  activitiesHeld: number;
  /** Distinct volunteers with an approved sign-up (an erased volunteer still counts once). */
  volunteersActive: number;
  approvedHours: number;
  loneliness: LonelinessTotal[];
}

export interface MapData {
  partnerships: MapPartnership[];
  totals: MapTotals;
}

interface Figures {
  id: string;
  associations: number;
  signOnFeesOre: bigint;
  signOnFeeCount: number;
  participantsReached: number;
  /** From outcome reports, typed. */
  reportedBridged: number;
  /** Confirmed first attendances; null when the partnership records no referrals. */
  countedBridged: number | null;
  activitiesHeld: number;
  volunteersActive: number;
  approvedHours: number;
}

/**
 * "New participants bridged" per partnership: the confirmed first attendances once it records
 * referrals (domain/referral), its typed report figures until then. Counts of referrals are
 * suppressed as a column with a total (domain/referral/suppression.ts), and the total is hidden
 * when the hidden cells add up to 1-4.
 */
function newParticipantsBridged(figures: (Figures | undefined)[]) {
  const counted = figures.map((f) => f?.countedBridged ?? 0);
  const cells = suppressColumn(counted);
  const values = figures.map((f, i) =>
    f?.countedBridged == null ? (f?.reportedBridged ?? 0) : (cells[i]?.value ?? null),
  );
  const hidden = counted.reduce((sum, n, i) => sum + (cells[i]?.suppression ? n : 0), 0);
  const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0) + hidden;
  return { values, total: suppressCount(hidden).suppression ? null : total };
}

/**
 * The ministry's map: every funded partnership matching `filter` with its areas, money and
 * outcome figures, and the totals of exactly those rows. A constant number of SQL statements
 * whatever the number of partnerships: one Prisma read (one statement per relation level) and
 * three aggregate statements over the resulting ids.
 */
export async function loadMapData(
  prisma: PrismaClient,
  filter: MinistryFilter,
  detail: MapDetail,
): Promise<MapData> {
  const where = ministryWhere(filter, await idsWithArenaAndGroup(prisma, filter));
  const rows = await prisma.partnership.findMany({
    // Every funded row with its grants and areas in one statement (no page: nothing to limit first).
    relationLoadStrategy: 'join',
    where: where.partnership,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      arenas: true,
      targetGroups: true,
      startsOn: true,
      endsOn: true,
      grants: {
        where: where.grant,
        select: { amountOre: true, paidOre: true, round: { select: { pool: { select: { stream: true } } } } },
      },
      areas: {
        orderBy: { area: { name: 'asc' } },
        select: {
          area: {
            select: {
              id: true,
              name: true,
              boundary: true,
              centreLat: true,
              centreLon: true,
              municipality: {
                select: { code: true, name: true, region: { select: { code: true, name: true } } },
              },
            },
          },
        },
      },
    },
  });
  const ids = rows.map((row) => row.id);
  const [figures, distinct, loneliness] = await Promise.all([
    figuresOf(prisma, ids),
    distinctTotals(prisma, ids),
    lonelinessTotals(prisma, ids),
  ]);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const bridged = newParticipantsBridged(rows.map((row) => byId.get(row.id)));
  const partnerships = rows.map((row, index): MapPartnership => {
    const f = byId.get(row.id);
    const areas = row.areas.map(({ area }) => ({
      id: area.id,
      name: area.name,
      municipalityCode: area.municipality.code,
      municipalityName: area.municipality.name,
      regionCode: area.municipality.region.code,
      regionName: area.municipality.region.name,
      centre: { lat: area.centreLat, lon: area.centreLon },
      geometry: compactGeometry(area.boundary, detail),
    }));
    return {
      id: row.id,
      name: row.name,
      slug: row.slug,
      status: row.status,
      arenas: row.arenas,
      targetGroups: row.targetGroups,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      grantedOre: row.grants.reduce((sum, g) => sum + g.amountOre, 0n),
      paidOre: row.grants.reduce((sum, g) => sum + g.paidOre, 0n),
      associations: f?.associations ?? 0,
      associationBar: associationBarOf(row.grants.map((g) => g.round.pool.stream)),
      signOnFeesOre: f?.signOnFeesOre ?? 0n,
      signOnFeeCount: f?.signOnFeeCount ?? 0,
      participantsReached: f?.participantsReached ?? 0,
      newParticipantsBridged: bridged.values[index] ?? null,
      activitiesHeld: f?.activitiesHeld ?? 0,
      volunteersActive: f?.volunteersActive ?? 0,
      approvedHours: f?.approvedHours ?? 0,
      centre: centreOf(areas.map((a) => a.centre)),
      areas,
    };
  });
  const sum = <K extends keyof MapPartnership>(key: K) =>
    partnerships.reduce((total, p) => total + Number(p[key]), 0);
  return {
    partnerships,
    totals: {
      partnerships: partnerships.length,
      grantedOre: partnerships.reduce((total, p) => total + p.grantedOre, 0n),
      paidOre: partnerships.reduce((total, p) => total + p.paidOre, 0n),
      associations: distinct.associations,
      partnershipsWithAssociationBar: partnerships.filter((p) => p.associationBar !== null).length,
      partnershipsMeetingAssociationBar: partnerships.filter((p) =>
        meetsBar(p.associations, p.associationBar),
      ).length,
      signOnFeesOre: partnerships.reduce((total, p) => total + p.signOnFeesOre, 0n),
      signOnFeeCount: sum('signOnFeeCount'),
      participantsReached: sum('participantsReached'),
      newParticipantsBridged: bridged.total,
      activitiesHeld: sum('activitiesHeld'),
      volunteersActive: distinct.volunteers,
      approvedHours: Math.round(sum('approvedHours') * 100) / 100,
      loneliness,
    },
  };
}

function centreOf(points: { lat: number; lon: number }[]) {
  if (!points.length) return { lat: 56, lon: 10.5 };
  const lat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lon = points.reduce((s, p) => s + p.lon, 0) / points.length;
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

// Per-partnership figures in one statement: one grouped pass over each table (hash joins), so the
// cost grows linearly with the data instead of a correlated sub-select per partnership.
// The rows come from "Partnership" (unique id, with statistics), not from unnest($ids): the
// planner then estimates each LEFT JOIN on a grouped CTE at one row per partnership. Joined to an
// unnest it guessed 29.5 M rows at scale 100, which crossed PostgreSQL's JIT thresholds and spent
// ~0.9 s compiling a ~0.1 s query.
function figuresOf(prisma: PrismaClient, ids: string[]): Promise<Figures[]> {
  if (!ids.length) return Promise.resolve([]);
  const inIds = (column: Prisma.Sql) => Prisma.sql`${column} = ANY(${ids}::uuid[])`;
  return prisma.$queryRaw<Figures[]>(Prisma.sql`
    WITH members AS (
      SELECT m."partnershipId" AS id, count(*) AS n FROM "PartnershipMember" m
      WHERE ${inIds(Prisma.sql`m."partnershipId"`)} AND m.role = 'VOLUNTARY_ASSOCIATION' GROUP BY 1),
    fees AS (
      SELECT f."partnershipId" AS id, sum(f."amountOre") AS ore, count(*) AS n FROM "SignOnFee" f
      WHERE ${inIds(Prisma.sql`f."partnershipId"`)} GROUP BY 1),
    outcomes AS (
      SELECT r."partnershipId" AS id, sum(r."participantsReached") AS reached,
        sum(r."newParticipantsBridged") AS bridged, sum(r."activitiesHeld") AS activities
      FROM "OutcomeReport" r WHERE ${inIds(Prisma.sql`r."partnershipId"`)} GROUP BY 1),
    -- "New participants bridged" is counted, not typed, once a partnership records referrals:
    -- the confirmed first attendances (domain/referral). Typed report figures count until then.
    counted AS (
      SELECT r."partnershipId" AS id, count(r."firstAttendanceAt") AS n FROM "Referral" r
      WHERE ${inIds(Prisma.sql`r."partnershipId"`)} GROUP BY 1),
    volunteers AS (
      SELECT a."partnershipId" AS id, count(DISTINCT coalesce(s."personId", s.id)) AS n
      FROM "VolunteerSignUp" s JOIN "VolunteerOpportunity" vo ON vo.id = s."opportunityId"
      JOIN "Activity" a ON a.id = vo."activityId"
      WHERE ${inIds(Prisma.sql`a."partnershipId"`)} AND s.status = 'APPROVED' GROUP BY 1),
    hours AS (
      SELECT a."partnershipId" AS id, sum(h.hours) AS total
      FROM "VolunteerHours" h JOIN "Activity" a ON a.id = h."activityId"
      WHERE ${inIds(Prisma.sql`a."partnershipId"`)} AND h.status = 'APPROVED' GROUP BY 1)
    SELECT p.id::text AS id,
      coalesce(members.n, 0)::int AS "associations",
      coalesce(fees.ore, 0)::bigint AS "signOnFeesOre",
      coalesce(fees.n, 0)::int AS "signOnFeeCount",
      coalesce(outcomes.reached, 0)::int AS "participantsReached",
      coalesce(outcomes.bridged, 0)::int AS "reportedBridged",
      counted.n::int AS "countedBridged",
      coalesce(outcomes.activities, 0)::int AS "activitiesHeld",
      coalesce(volunteers.n, 0)::int AS "volunteersActive",
      coalesce(hours.total, 0)::float8 AS "approvedHours"
    FROM "Partnership" p
    LEFT JOIN members ON members.id = p.id
    LEFT JOIN fees ON fees.id = p.id
    LEFT JOIN outcomes ON outcomes.id = p.id
    LEFT JOIN counted ON counted.id = p.id
    LEFT JOIN volunteers ON volunteers.id = p.id
    LEFT JOIN hours ON hours.id = p.id
    WHERE ${inIds(Prisma.sql`p.id`)}`);
}

async function distinctTotals(prisma: PrismaClient, ids: string[]) {
  if (!ids.length) return { associations: 0, volunteers: 0 };
  const [row] = await prisma.$queryRaw<{ associations: number; volunteers: number }[]>(Prisma.sql`
    SELECT
      (SELECT count(DISTINCT m."organisationId") FROM "PartnershipMember" m
        WHERE m."partnershipId" = ANY(${ids}::uuid[]) AND m.role = 'VOLUNTARY_ASSOCIATION')::int
        AS associations,
      (SELECT count(DISTINCT coalesce(s."personId", s.id)) FROM "VolunteerSignUp" s
        JOIN "VolunteerOpportunity" vo ON vo.id = s."opportunityId"
        JOIN "Activity" a ON a.id = vo."activityId"
        WHERE a."partnershipId" = ANY(${ids}::uuid[]) AND s.status = 'APPROVED')::int AS volunteers`);
  return row ?? { associations: 0, volunteers: 0 };
}

async function lonelinessTotals(prisma: PrismaClient, ids: string[]): Promise<LonelinessTotal[]> {
  if (!ids.length) return [];
  const groups = await prisma.lonelinessCount.groupBy({
    by: ['phase', 'item', 'answer'],
    where: { report: { partnershipId: { in: ids } } },
    _sum: { count: true },
    orderBy: [{ phase: 'asc' }, { item: 'asc' }, { answer: 'asc' }],
  });
  return groups.map((g) => ({ phase: g.phase, item: g.item, answer: g.answer, count: g._sum.count ?? 0 }));
}
