import { Prisma, type PrismaClient } from '@naboskab/db';
import { who5Percent } from './scores.ts';
import { type Cell, suppressColumn, suppressCount, suppressStatistic } from './suppression.ts';

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

const ZERO: RawFigures = {
  referred: 0,
  contactedWithinTarget: 0,
  connected: 0,
  firstAttendance: 0,
  stillTakingPart: 0,
  medianDays: null,
  pairs: 0,
  tilsBaseline: 0,
  tilsLater: 0,
  who5Baseline: 0,
  who5Later: 0,
  severeBaseline: 0,
  severeLater: 0,
};

/**
 * The raw counts, durations and measure sums of one scope, per partnership (`byPartnership`) or
 * for the whole scope (key ''): three statements either way. Keys without referrals are absent.
 */
export async function rawFiguresBy(
  prisma: PrismaClient,
  scope: FigureScope,
  byPartnership: boolean,
): Promise<Map<string, RawFigures>> {
  const key = (prefix: Prisma.Sql) =>
    byPartnership ? Prisma.sql`${prefix}"partnershipId"::text` : Prisma.sql`''::text`;
  const r = where(scope, Prisma.sql`r.`);
  if (scope.from) r.push(Prisma.sql`r."referredAt" >= ${scope.from}`);
  if (scope.to) r.push(Prisma.sql`r."referredAt" < ${scope.to}`);
  const t = where(scope, Prisma.sql`t.`);
  if (scope.from) t.push(Prisma.sql`t."month" >= date_trunc('month', ${scope.from}::timestamptz)::date`);
  if (scope.to) t.push(Prisma.sql`t."month" < ${scope.to}::date`);
  type Row = Record<string, number | null> & { key: string };
  const [counts, closed, open] = await Promise.all([
    prisma.$queryRaw<Row[]>(Prisma.sql`
      SELECT ${key(Prisma.sql`r.`)} AS key, count(*)::int AS referred,
        count(*) FILTER (WHERE r."contactedAt" <= r."referredAt" + interval '14 days')::int AS "contactedWithinTarget",
        count(r."connectedAt")::int AS connected,
        count(r."firstAttendanceAt")::int AS "firstAttendance",
        count(*) FILTER (WHERE r."stillTakingPart")::int AS "stillTakingPart",
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."firstAttendanceAt" - r."referredAt") / 86400))::float8 AS "medianDays"
      FROM "Referral" r WHERE ${Prisma.join(r, ' AND ')} GROUP BY 1`),
    // Closed referrals: only their folded sums exist.
    prisma.$queryRaw<Row[]>(Prisma.sql`
      SELECT ${key(Prisma.sql`t.`)} AS key, sum(t.pairs)::int AS pairs, sum(t."tilsBaseline")::int AS "tilsBaseline",
        sum(t."tilsLater")::int AS "tilsLater", sum(t."who5Baseline")::int AS "who5Baseline",
        sum(t."who5Later")::int AS "who5Later", sum(t."severeBaseline")::int AS "severeBaseline",
        sum(t."severeLater")::int AS "severeLater"
      FROM "ReferralMeasureTotal" t WHERE ${Prisma.join(t, ' AND ')} GROUP BY 1`),
    // Open referrals: a baseline paired with the latest later measure (follow-up, else end).
    prisma.$queryRaw<Row[]>(Prisma.sql`
      WITH pair AS (
        SELECT ${key(Prisma.sql`r.`)} AS key,
          (SELECT sum(x) FROM unnest(b.tils) x) AS tb, (SELECT sum(x) FROM unnest(l.tils) x) AS tl,
          (SELECT sum(x) FROM unnest(b.who5) x) AS wb, (SELECT sum(x) FROM unnest(l.who5) x) AS wl
        FROM "Referral" r
        JOIN "ReferralMeasure" b ON b."referralId" = r.id AND b.phase = 'BASELINE'
        JOIN LATERAL (SELECT m.tils, m.who5 FROM "ReferralMeasure" m
          WHERE m."referralId" = r.id AND m.phase IN ('FOLLOW_UP', 'END')
          ORDER BY (m.phase = 'FOLLOW_UP') DESC LIMIT 1) l ON true
        WHERE ${Prisma.join(r, ' AND ')})
      SELECT key, count(*)::int AS pairs, sum(tb)::int AS "tilsBaseline", sum(tl)::int AS "tilsLater",
        sum(wb)::int AS "who5Baseline", sum(wl)::int AS "who5Later",
        count(*) FILTER (WHERE tb >= 7)::int AS "severeBaseline", count(*) FILTER (WHERE tl >= 7)::int AS "severeLater"
      FROM pair GROUP BY 1`),
  ]);
  const result = new Map<string, RawFigures>();
  const entry = (k: string) => {
    const existing = result.get(k);
    if (existing) return existing;
    const created = { ...ZERO };
    result.set(k, created);
    return created;
  };
  for (const row of counts) {
    Object.assign(entry(row.key), {
      referred: Number(row.referred ?? 0),
      contactedWithinTarget: Number(row.contactedWithinTarget ?? 0),
      connected: Number(row.connected ?? 0),
      firstAttendance: Number(row.firstAttendance ?? 0),
      stillTakingPart: Number(row.stillTakingPart ?? 0),
      medianDays: row.medianDays ?? null,
    });
  }
  const SUMS = [
    'pairs',
    'tilsBaseline',
    'tilsLater',
    'who5Baseline',
    'who5Later',
    'severeBaseline',
    'severeLater',
  ] as const;
  for (const row of [...closed, ...open]) {
    const e = entry(row.key);
    for (const name of SUMS) e[name] += Number(row[name] ?? 0);
  }
  return result;
}

/** The raw figures of one scope as a whole. */
export async function rawFigures(prisma: PrismaClient, scope: FigureScope): Promise<RawFigures> {
  return (await rawFiguresBy(prisma, scope, false)).get('') ?? { ...ZERO };
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
  return { ...counts, ...statistics(raw) };
}

/** The means and the median, each shown only when 5 or more people contribute. */
export function statistics(raw: RawFigures) {
  const mean = (total: number) => (raw.pairs ? total / raw.pairs : null);
  return {
    medianDaysToFirstAttendance: suppressStatistic(raw.medianDays, raw.firstAttendance),
    tilsBaselineMean: suppressStatistic(mean(raw.tilsBaseline), raw.pairs),
    tilsLaterMean: suppressStatistic(mean(raw.tilsLater), raw.pairs),
    who5BaselinePercent: suppressStatistic(mean(who5Percent(raw.who5Baseline)), raw.pairs),
    who5LaterPercent: suppressStatistic(mean(who5Percent(raw.who5Later)), raw.pairs),
  };
}

/**
 * Suppressed figures per partnership, in the order given, as one table: each count column is
 * suppressed with its total in mind (rule 3 of suppression.ts). Three statements.
 */
export async function figuresByPartnership(
  prisma: PrismaClient,
  ids: string[],
): Promise<Map<string, Figures>> {
  if (!ids.length) return new Map();
  const raw = await rawFiguresBy(prisma, { partnershipIds: ids }, true);
  const rows = ids.map((id) => raw.get(id) ?? { ...ZERO });
  const columns = COUNTS.map((name) => suppressColumn(rows.map((row) => row[name])));
  return new Map(
    rows.map((row, index) => {
      const counts = Object.fromEntries(
        COUNTS.map((name, column) => [name, columns[column]?.[index] ?? suppressCount(row[name])]),
      ) as Record<CountName, Cell>;
      return [ids[index] as string, { ...counts, ...statistics(row) }];
    }),
  );
}
