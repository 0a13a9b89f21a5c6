import type {
  Arena,
  FundingStream,
  LonelinessItem,
  LonelinessPhase,
  PartnershipStatus,
  PrismaClient,
  TargetGroup,
} from '@naboskab/db';
import { Prisma } from '@naboskab/db';
import { type MinistryFilter, ministrySql } from './ministry-filter.ts';

export interface MapAreaRow {
  id: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  regionName: string;
  centreLat: number;
  centreLon: number;
  boundary: unknown;
}

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

export interface MapRows {
  partnerships: MapPartnershipRow[];
  /** Distinct voluntary associations and distinct volunteers over all the partnerships. */
  associations: number;
  volunteers: number;
  loneliness: { phase: LonelinessPhase; item: LonelinessItem; answer: number; count: number }[];
}

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
      SELECT pa."partnershipId" AS id, json_agg(json_build_object('id', a.id, 'name', a.name,
          'municipalityCode', mu.code, 'municipalityName', mu.name, 'regionCode', re.code, 'regionName', re.name,
          'centreLat', a."centreLat", 'centreLon', a."centreLon", 'boundary', a.boundary) ORDER BY a.name, a.id) AS list
      FROM "PartnershipArea" pa JOIN "Area" a ON a.id = pa."areaId"
      JOIN "Municipality" mu ON mu.code = a."municipalityCode" JOIN "Region" re ON re.code = mu."regionCode"
      WHERE pa."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) GROUP BY 1)
    SELECT json_build_object(
      'partnerships', coalesce((
        SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'slug', p.slug, 'status', p.status,
          'arenas', p.arenas, 'targetGroups', p."targetGroups", 'startsOn', p."startsOn", 'endsOn', p."endsOn",
          'grantedOre', c.granted::text, 'paidOre', c.paid::text, 'streams', c.streams,
          'associations', coalesce(members.n, 0), 'signOnFeesOre', coalesce(fees.ore, 0)::text,
          'signOnFeeCount', coalesce(fees.n, 0), 'participantsReached', coalesce(outcomes.reached, 0),
          'reportedBridged', coalesce(outcomes.bridged, 0), 'countedBridged', counted.n,
          'activitiesHeld', coalesce(outcomes.activities, 0), 'volunteersActive', coalesce(volunteers.n, 0),
          'approvedHours', coalesce(hours.total, 0)::float8, 'areas', coalesce(areas.list, '[]'))
          ORDER BY p.name, p.id)
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
      'loneliness', coalesce((
        SELECT json_agg(json_build_object('phase', phase, 'item', item, 'answer', answer, 'count', count)
          ORDER BY phase, item, answer)
        FROM (SELECT l.phase, l.item, l.answer, sum(l.count) AS count
          FROM "LonelinessCount" l JOIN "OutcomeReport" o ON o.id = l."reportId"
          WHERE o."partnershipId" = ANY(ARRAY(SELECT id FROM chosen)) GROUP BY 1, 2, 3) sums), '[]')
    )::text AS map`);
  if (!row) throw new Error('The map statement returned no row');
  return JSON.parse(row.map) as MapRows;
}
