import { Prisma, type PrismaClient } from '@naboskab/db';
import { who5Percent } from './scores.ts';
import { type Cell, suppressCount, suppressStatistic } from './suppression.ts';

/** What the figures count: referrals of these partnerships, optionally one association and a period of referral. */
export interface FigureScope {
  partnershipIds: string[];
  organisationId?: string | null;
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}

export interface RawFigures {
  referred: number;
  contactedWithinTarget: number;
  connected: number;
  firstAttendance: number;
  stillTakingPart: number;
  medianDays: number | null;
  pairs: number;
  tilsBaseline: number;
  tilsLater: number;
  who5Baseline: number;
  who5Later: number;
  severeBaseline: number;
  severeLater: number;
}

const COUNTS = [
  'referred',
  'contactedWithinTarget',
  'connected',
  'firstAttendance',
  'stillTakingPart',
  'pairs',
  'severeBaseline',
  'severeLater',
] as const;
export type CountName = (typeof COUNTS)[number];

export type Figures = Record<CountName, Cell> & {
  medianDaysToFirstAttendance: Cell;
  tilsBaselineMean: Cell;
  tilsLaterMean: Cell;
  who5BaselinePercent: Cell;
  who5LaterPercent: Cell;
};

function where(scope: FigureScope, prefix: Prisma.Sql) {
  const parts = [Prisma.sql`${prefix}"partnershipId" = ANY(${scope.partnershipIds}::uuid[])`];
  if (scope.organisationId) parts.push(Prisma.sql`${prefix}"organisationId" = ${scope.organisationId}::uuid`);
  return parts;
}

/** The raw counts, durations and measure sums of one scope: three statements. */
export async function rawFigures(prisma: PrismaClient, scope: FigureScope): Promise<RawFigures> {
  const r = where(scope, Prisma.sql`r.`);
  if (scope.from) r.push(Prisma.sql`r."referredAt" >= ${scope.from}`);
  if (scope.to) r.push(Prisma.sql`r."referredAt" < ${scope.to}`);
  const t = where(scope, Prisma.sql`t.`);
  if (scope.from) t.push(Prisma.sql`t."month" >= date_trunc('month', ${scope.from}::timestamptz)::date`);
  if (scope.to) t.push(Prisma.sql`t."month" < ${scope.to}::date`);
  const [[counts], [closed], [open]] = await Promise.all([
    prisma.$queryRaw<Record<string, number | null>[]>(Prisma.sql`
      SELECT count(*)::int AS referred,
        count(*) FILTER (WHERE r."contactedAt" <= r."referredAt" + interval '14 days')::int AS "contactedWithinTarget",
        count(r."connectedAt")::int AS connected,
        count(r."firstAttendanceAt")::int AS "firstAttendance",
        count(*) FILTER (WHERE r."stillTakingPart")::int AS "stillTakingPart",
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."firstAttendanceAt" - r."referredAt") / 86400))::float8 AS "medianDays"
      FROM "Referral" r WHERE ${Prisma.join(r, ' AND ')}`),
    // Closed referrals: only their folded sums exist.
    prisma.$queryRaw<Record<string, number>[]>(Prisma.sql`
      SELECT coalesce(sum(t.pairs), 0)::int AS pairs, coalesce(sum(t."tilsBaseline"), 0)::int AS "tilsBaseline",
        coalesce(sum(t."tilsLater"), 0)::int AS "tilsLater", coalesce(sum(t."who5Baseline"), 0)::int AS "who5Baseline",
        coalesce(sum(t."who5Later"), 0)::int AS "who5Later", coalesce(sum(t."severeBaseline"), 0)::int AS "severeBaseline",
        coalesce(sum(t."severeLater"), 0)::int AS "severeLater"
      FROM "ReferralMeasureTotal" t WHERE ${Prisma.join(t, ' AND ')}`),
    // Open referrals: a baseline paired with the latest later measure (follow-up, else end).
    prisma.$queryRaw<Record<string, number>[]>(Prisma.sql`
      WITH pair AS (
        SELECT (SELECT sum(x) FROM unnest(b.tils) x) AS tb, (SELECT sum(x) FROM unnest(l.tils) x) AS tl,
          (SELECT sum(x) FROM unnest(b.who5) x) AS wb, (SELECT sum(x) FROM unnest(l.who5) x) AS wl
        FROM "Referral" r
        JOIN "ReferralMeasure" b ON b."referralId" = r.id AND b.phase = 'BASELINE'
        JOIN LATERAL (SELECT m.tils, m.who5 FROM "ReferralMeasure" m
          WHERE m."referralId" = r.id AND m.phase IN ('FOLLOW_UP', 'END')
          ORDER BY (m.phase = 'FOLLOW_UP') DESC LIMIT 1) l ON true
        WHERE ${Prisma.join(r, ' AND ')})
      SELECT count(*)::int AS pairs, coalesce(sum(tb), 0)::int AS "tilsBaseline", coalesce(sum(tl), 0)::int AS "tilsLater",
        coalesce(sum(wb), 0)::int AS "who5Baseline", coalesce(sum(wl), 0)::int AS "who5Later",
        count(*) FILTER (WHERE tb >= 7)::int AS "severeBaseline", count(*) FILTER (WHERE tl >= 7)::int AS "severeLater"
      FROM pair`),
  ]);
  const sum = (key: string) => Number(closed?.[key] ?? 0) + Number(open?.[key] ?? 0);
  return {
    referred: Number(counts?.referred ?? 0),
    contactedWithinTarget: Number(counts?.contactedWithinTarget ?? 0),
    connected: Number(counts?.connected ?? 0),
    firstAttendance: Number(counts?.firstAttendance ?? 0),
    stillTakingPart: Number(counts?.stillTakingPart ?? 0),
    medianDays: counts?.medianDays ?? null,
    pairs: sum('pairs'),
    tilsBaseline: sum('tilsBaseline'),
    tilsLater: sum('tilsLater'),
    who5Baseline: sum('who5Baseline'),
    who5Later: sum('who5Later'),
    severeBaseline: sum('severeBaseline'),
    severeLater: sum('severeLater'),
  };
}

/** The scopes with one filter removed (rule 2 of suppression.ts). */
function parentScopes(scope: FigureScope, allPartnershipIds?: string[]): FigureScope[] {
  const parents: FigureScope[] = [];
  if (scope.organisationId) parents.push({ ...scope, organisationId: null });
  if (scope.from || scope.to) parents.push({ ...scope, from: null, to: null });
  if (allPartnershipIds && allPartnershipIds.length !== scope.partnershipIds.length) {
    parents.push({ ...scope, partnershipIds: allPartnershipIds });
  }
  return parents;
}

/**
 * Suppressed figures of a scope. `allPartnershipIds` is the unfiltered set the scope was cut from
 * (the ministry's funded partnerships), when there is one.
 */
export async function referralFigures(
  prisma: PrismaClient,
  scope: FigureScope,
  allPartnershipIds?: string[],
): Promise<Figures> {
  const [raw, ...parents] = await Promise.all(
    [scope, ...parentScopes(scope, allPartnershipIds)].map((s) => rawFigures(prisma, s)),
  );
  if (!raw) throw new Error('no figures');
  const counts = Object.fromEntries(
    COUNTS.map((name) => [
      name,
      suppressCount(
        raw[name],
        parents.map((p) => p[name]),
      ),
    ]),
  ) as Record<CountName, Cell>;
  const mean = (total: number) => (raw.pairs ? total / raw.pairs : null);
  return {
    ...counts,
    medianDaysToFirstAttendance: suppressStatistic(raw.medianDays, raw.firstAttendance),
    tilsBaselineMean: suppressStatistic(mean(raw.tilsBaseline), raw.pairs),
    tilsLaterMean: suppressStatistic(mean(raw.tilsLater), raw.pairs),
    who5BaselinePercent: suppressStatistic(mean(who5Percent(raw.who5Baseline)), raw.pairs),
    who5LaterPercent: suppressStatistic(mean(who5Percent(raw.who5Later)), raw.pairs),
  };
}
