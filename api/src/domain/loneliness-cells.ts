import { LonelinessItem, LonelinessPhase, type PrismaClient } from '@naboskab/db';
import { type Cell, protectLines, suppressCount } from './referral/suppression.ts';

/** Respondents who gave `answer` (1-3) to a UCLA-3 item in a phase, as typed or summed. */
export interface LonelinessRow {
  phase: LonelinessPhase;
  item: LonelinessItem;
  answer: number;
  count: number;
}

/** The same, with its count as shown: raw to the partnership's members, else suppressed. */
export type LonelinessCell = Omit<LonelinessRow, 'count'> & { count: Cell };

// Small-cell suppression of UCLA-3 answer counts (the rules are in referral/suppression.ts).
// Every item of a phase is answered by the same respondents, so the answers 1-3 of one
// phase × item add up to a total that can be read off another item; and a partnership's sums add
// up its reports. Each such set of cells is a "line" with a known total, protected by rule 3
// (protectLines). Absent answers are 0.

interface Entry {
  row: LonelinessRow;
  cell: Cell;
}

const countOf = (entry: Entry) => entry.row.count;
const groupOf = (row: LonelinessRow) => `${row.phase}:${row.item}`;
const keyOf = (row: LonelinessRow) => `${row.phase}:${row.item}:${row.answer}`;

function linesBy(entries: Entry[], by: (row: LonelinessRow) => string): Entry[][] {
  const lines = new Map<string, Entry[]>();
  for (const entry of entries) lines.set(by(entry.row), [...(lines.get(by(entry.row)) ?? []), entry]);
  return [...lines.values()];
}

const entriesOf = (rows: readonly LonelinessRow[], parents = new Map<string, number>()): Entry[] =>
  rows.map((row) => {
    const parent = parents.get(keyOf(row));
    return { row, cell: suppressCount(row.count, parent === undefined ? [] : [parent]) };
  });

const cellsOf = (entries: Entry[]): LonelinessCell[] =>
  entries.map(({ row, cell }) => ({ phase: row.phase, item: row.item, answer: row.answer, count: cell }));

/** The counts as typed, for the partnership's own members (they entered them). */
export const rawLoneliness = (rows: readonly LonelinessRow[]): LonelinessCell[] =>
  rows.map((row) => ({ ...row, count: { value: row.count, suppression: null } }));

/**
 * Sums over several partnerships (the ministry map's totals). `parents` are the same sums over a
 * wider selection (every funded partnership, for a filtered map): a count that differs from its
 * parent by 1-4 is hidden too (rule 2).
 */
export function suppressLoneliness(
  rows: readonly LonelinessRow[],
  parents: readonly LonelinessRow[] = [],
): LonelinessCell[] {
  const entries = entriesOf(rows, new Map(parents.map((row) => [keyOf(row), row.count])));
  protectLines(linesBy(entries, groupOf), countOf);
  return cellsOf(entries);
}

/**
 * One partnership's reports as anyone but its members sees them: each report's counts and their
 * sums (the ministry's side panel), suppressed together so that the sums minus the other reports
 * do not give a hidden count away. Reports keep their rows' order.
 */
export function suppressPartnershipLoneliness(
  reports: readonly { id: string; loneliness: LonelinessRow[] }[],
) {
  const perReport = reports.map((report) => ({ id: report.id, entries: entriesOf(report.loneliness) }));
  const sums = new Map<string, LonelinessRow>();
  for (const { row } of perReport.flatMap((r) => r.entries)) {
    const sum = sums.get(keyOf(row));
    sums.set(keyOf(row), { ...row, count: (sum?.count ?? 0) + row.count });
  }
  const sumEntries = entriesOf([...sums.values()]);
  const all = [...perReport.flatMap((r) => r.entries), ...sumEntries];
  protectLines(
    [
      ...perReport.flatMap((r) => linesBy(r.entries, groupOf)),
      ...linesBy(sumEntries, groupOf),
      // A report's count, the other reports' and their sum.
      ...linesBy(all, keyOf),
    ],
    countOf,
  );
  return {
    reports: new Map(perReport.map((r) => [r.id, cellsOf(r.entries)])),
    sums: cellsOf(sumEntries.sort((a, b) => rank(a.row) - rank(b.row))),
  };
}

const phases = Object.values(LonelinessPhase);
const items = Object.values(LonelinessItem);
/** Phase, item, answer: the order the database sorts them in (enums by declaration). */
const rank = (row: LonelinessRow) =>
  (phases.indexOf(row.phase) * items.length + items.indexOf(row.item)) * 4 + row.answer;

/** A partnership's reports' counts, suppressed for anyone but its members, in one statement. */
export async function partnershipLoneliness(prisma: PrismaClient, partnershipId: string) {
  const rows = await prisma.lonelinessCount.findMany({
    where: { report: { partnershipId } },
    select: { reportId: true, phase: true, item: true, answer: true, count: true },
    orderBy: [{ reportId: 'asc' }, { phase: 'asc' }, { item: 'asc' }, { answer: 'asc' }],
  });
  const reports = new Map<string, LonelinessRow[]>();
  for (const { reportId, ...row } of rows) reports.set(reportId, [...(reports.get(reportId) ?? []), row]);
  return suppressPartnershipLoneliness([...reports].map(([id, loneliness]) => ({ id, loneliness })));
}
