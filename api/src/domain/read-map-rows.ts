import type { Arena, FundingStream, PartnershipStatus, PrismaClient, TargetGroup } from '@naboskab/db';
import { Prisma } from '@naboskab/db';
import type { MapArea } from './load-map-data.ts';
import type { LonelinessRow } from './loneliness-cells.ts';
import { type MinistryFilter, ministrySql } from './ministry-filter.ts';

/** An area as the statement returns it: its stored boundary, outlined per detail by the caller. */
export type MapAreaRow = Omit<MapArea, 'centre' | 'geometry'> & {
  centreLat: number;
  centreLon: number;
  boundary: unknown;
};

/** A funded partnership as the statement returns it: amounts as decimal text, dates as YYYY-MM-DD. */
export interface MapPartnershipRow {
  id: string;
  name: string;
  slug: string;
  status: PartnershipStatus;
  arenas: Arena[];
  targetGroups: TargetGroup[];
  startsOn: string;
  endsOn: string | null;
  grantedOre: string;
  paidOre: string;
  /** Streams of the pools of the grants that count. */
  streams: FundingStream[];
  associations: number;
  signOnFeesOre: string;
  signOnFeeCount: number;
  participantsReached: number;
  /** From outcome reports, typed. */
  reportedBridged: number;
  /** Confirmed first attendances; null when the partnership records no referrals. */
  countedBridged: number | null;
  activitiesHeld: number;
  volunteersActive: number;
  approvedHours: number;
  areas: MapAreaRow[];
}

/**
 * The columns of a row the statement returns as a JSON array, in this object's order: positional
 * JSON is a third smaller than keyed, and PostgreSQL writes the map ~30 % faster (~80 ms of CPU
 * at scale 100). The same object names the values when decoding, so the two cannot drift apart.
 */
function jsonTuple<Row>(columns: Record<keyof Row, Prisma.Sql>) {
  const names = Object.keys(columns);
  return {
    sql: Prisma.sql`json_build_array(${Prisma.join(Object.values(columns))})`,
    decode(values: unknown[]): Row {
      const row: Record<string, unknown> = {};
      names.forEach((name, index) => {
        row[name] = values[index];
      });
      return row as Row;
    },
  };
}

const areaTuple = jsonTuple<MapAreaRow>({
  id: Prisma.sql`a.id`,
  name: Prisma.sql`a.name`,
  municipalityCode: Prisma.sql`mu.code`,
  municipalityName: Prisma.sql`mu.name`,
  regionCode: Prisma.sql`re.code`,
  regionName: Prisma.sql`re.name`,
  centreLat: Prisma.sql`a."centreLat"`,
  centreLon: Prisma.sql`a."centreLon"`,
  boundary: Prisma.sql`a.boundary`,
});

const partnershipTuple = jsonTuple<MapPartnershipRow>({
  id: Prisma.sql`p.id`,
  name: Prisma.sql`p.name`,
  slug: Prisma.sql`p.slug`,
  status: Prisma.sql`p.status`,
  arenas: Prisma.sql`p.arenas`,
  targetGroups: Prisma.sql`p."targetGroups"`,
  startsOn: Prisma.sql`p."startsOn"`,
  endsOn: Prisma.sql`p."endsOn"`,
  grantedOre: Prisma.sql`c.granted::text`,
  paidOre: Prisma.sql`c.paid::text`,
  streams: Prisma.sql`c.streams`,
  associations: Prisma.sql`coalesce(members.n, 0)`,
  signOnFeesOre: Prisma.sql`coalesce(fees.ore, 0)::text`,
  signOnFeeCount: Prisma.sql`coalesce(fees.n, 0)`,
  participantsReached: Prisma.sql`coalesce(outcomes.reached, 0)`,
  reportedBridged: Prisma.sql`coalesce(outcomes.bridged, 0)`,
  countedBridged: Prisma.sql`counted.n`,
  activitiesHeld: Prisma.sql`coalesce(outcomes.activities, 0)`,
  volunteersActive: Prisma.sql`coalesce(volunteers.n, 0)`,
  approvedHours: Prisma.sql`coalesce(hours.total, 0)::float8`,
  areas: Prisma.sql`coalesce(areas.list, '[]')`,
});

export interface MapRows {
  partnerships: MapPartnershipRow[];
  /** Distinct voluntary associations and distinct volunteers over all the partnerships. */
  associations: number;
  volunteers: number;
  loneliness: LonelinessRow[];
  /** The same sums over every funded partnership; only when the map is filtered. */
  lonelinessFunded?: LonelinessRow[];
}

const isFiltered = (filter: MinistryFilter) => Object.values(filter).some((value) => value != null);

/** UCLA-3 answer counts summed over the reports of the partnerships whose ids `ids` selects. */
const lonelinessSums = (ids: Prisma.Sql) => Prisma.sql`coalesce((
  SELECT json_agg(json_build_object('phase', phase, 'item', item, 'answer', answer, 'count', count)
    ORDER BY phase, item, answer)
  FROM (SELECT l.phase, l.item, l.answer, sum(l.count) AS count
    FROM "LonelinessCount" l JOIN "OutcomeReport" o ON o.id = l."reportId"
    WHERE o."partnershipId" = ANY(ARRAY(${ids})) GROUP BY 1, 2, 3) sums), '[]')`;

/**
 * The ministry map's rows in one statement, as one JSON value: the funded partnerships matching
 * `filter` (by name), each with its grants' sums, areas and outcome figures, and the distinct
 * totals. Each figure is one grouped pass over the rows of the chosen partnerships, joined to
 * "Partnership" (unique ids with statistics), so the planner estimates one row per partnership
 * (a chain of joins on a CTE without statistics was estimated at millions of rows, which crossed
 * PostgreSQL's JIT thresholds). The rows are found by `= ANY(ARRAY(SELECT id FROM chosen))`:
 * the array's length is unknown when planning, so each table is read through its partnership
 * index instead of in full (a region's map: ~25 % less CPU; the whole country's: the same). The
 * statement is estimated at ~4,000 at scale 100, far below the JIT threshold (100,000).
 */
export async function readMapRows(prisma: PrismaClient, filter: MinistryFilter): Promise<MapRows> {
  const where = ministrySql(filter);
  // A filtered map's UCLA-3 sums are suppressed against those of every funded partnership too.
  const funded = isFiltered(filter)
    ? Prisma.sql`, 'lonelinessFunded', ${lonelinessSums(
        Prisma.sql`SELECT g."partnershipId" FROM "Grant" g WHERE ${ministrySql({}).grant}`,
      )}`
    : Prisma.empty;
  // As text, parsed here: Prisma's own decoding of a json column costs ~3× JSON.parse on 2 MB.
  const [row] = await prisma.$queryRaw<{ map: string }[]>(Prisma.sql`
    WITH chosen AS MATERIALIZED (
      SELECT g."partnershipId" AS id, sum(g."amountOre") AS granted, sum(g."paidOre") AS paid,
        array_agg(DISTINCT pool.stream) AS streams
      FROM "Grant" g JOIN "FundingRound" r ON r.id = g."roundId" JOIN "FundingPool" pool ON pool.id = r."poolId"
      JOIN "Partnership" p ON p.id = g."partnershipId"
      WHERE ${where.grant} AND ${where.partnership}
      GROUP BY 1),
    members AS (
      SELECT m."partnershipId" AS id, count(*) AS n FROM "PartnershipMember" m
      WHERE m."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) AND m.role = 'VOLUNTARY_ASSOCIATION' GROUP BY 1),
    fees AS (
      SELECT f."partnershipId" AS id, sum(f."amountOre") AS ore, count(*) AS n FROM "SignOnFee" f
      WHERE f."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) GROUP BY 1),
    outcomes AS (
      SELECT o."partnershipId" AS id, sum(o."participantsReached") AS reached,
        sum(o."newParticipantsBridged") AS bridged, sum(o."activitiesHeld") AS activities
      FROM "OutcomeReport" o WHERE o."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) GROUP BY 1),
    -- "New participants bridged" is counted, not typed, once a partnership records referrals:
    -- the confirmed first attendances (domain/referral). Typed report figures count until then.
    counted AS (
      SELECT x."partnershipId" AS id, count(x."firstAttendanceAt") AS n FROM "Referral" x
      WHERE x."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) GROUP BY 1),
    -- An erased volunteer's sign-up (no person) still counts once.
    signups AS (
      SELECT a."partnershipId" AS id, coalesce(s."personId", s.id) AS volunteer
      FROM "VolunteerSignUp" s JOIN "VolunteerOpportunity" vo ON vo.id = s."opportunityId"
      JOIN "Activity" a ON a.id = vo."activityId"
      WHERE a."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) AND s.status = 'APPROVED'),
    volunteers AS (SELECT id, count(DISTINCT volunteer) AS n FROM signups GROUP BY 1),
    hours AS (
      SELECT a."partnershipId" AS id, sum(h.hours) AS total
      FROM "VolunteerHours" h JOIN "Activity" a ON a.id = h."activityId"
      WHERE a."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) AND h.status = 'APPROVED' GROUP BY 1),
    areas AS (
      SELECT pa."partnershipId" AS id, json_agg(${areaTuple.sql} ORDER BY a.name, a.id) AS list
      FROM "PartnershipArea" pa JOIN "Area" a ON a.id = pa."areaId"
      JOIN "Municipality" mu ON mu.code = a."municipalityCode" JOIN "Region" re ON re.code = mu."regionCode"
      WHERE pa."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) GROUP BY 1)
    SELECT json_build_object(
      'partnerships', coalesce((
        SELECT json_agg(${partnershipTuple.sql} ORDER BY p.name, p.id)
        FROM "Partnership" p JOIN chosen c ON c.id = p.id
        LEFT JOIN members ON members.id = p.id
        LEFT JOIN fees ON fees.id = p.id
        LEFT JOIN outcomes ON outcomes.id = p.id
        LEFT JOIN counted ON counted.id = p.id
        LEFT JOIN volunteers ON volunteers.id = p.id
        LEFT JOIN hours ON hours.id = p.id
        LEFT JOIN areas ON areas.id = p.id), '[]'),
      'associations', (SELECT count(DISTINCT m."organisationId") FROM "PartnershipMember" m
        WHERE m."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) AND m.role = 'VOLUNTARY_ASSOCIATION'),
      'volunteers', (SELECT count(DISTINCT volunteer) FROM signups),
      'loneliness', ${lonelinessSums(Prisma.sql`SELECT id FROM chosen`)}${funded}
    )::text AS map`);
  if (!row) throw new Error('The map statement returned no row');
  const map = JSON.parse(row.map) as Omit<MapRows, 'partnerships'> & { partnerships: unknown[][] };
  const partnerships = map.partnerships.map((values) => {
    const partnership = partnershipTuple.decode(values);
    // Its areas are tuples too.
    partnership.areas = (partnership.areas as unknown as unknown[][]).map(areaTuple.decode);
    return partnership;
  });
  return { ...map, partnerships };
}
