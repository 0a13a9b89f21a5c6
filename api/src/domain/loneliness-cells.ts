import type { LonelinessItem, LonelinessPhase } from '@naboskab/db';
import { type Cell, suppressColumn } from './referral/suppression.ts';

/** Respondents who gave `answer` (1-3) to a UCLA-3 item in a phase, as typed or summed. */
export interface LonelinessRow {
  phase: LonelinessPhase;
  item: LonelinessItem;
  answer: number;
  count: number;
}

/** The same, with its count as shown: raw to the partnership's members, else suppressed. */
export type LonelinessCell = Omit<LonelinessRow, 'count'> & { count: Cell };

/** Never reached (every row has its cell); hidden rather than shown if it were. */
const HIDDEN: Cell = { value: null, suppression: 'SMALL' };

const keyOf = (row: Omit<LonelinessRow, 'count'>) => `${row.phase}:${row.item}:${row.answer}`;

/** The counts as typed, for the partnership's own members (they entered them). */
export const rawLoneliness = (rows: readonly LonelinessRow[]): LonelinessCell[] =>
  rows.map((row) => ({ ...row, count: { value: row.count, suppression: null } }));

/**
 * Small-cell suppression of UCLA-3 answer counts (rules in domain/referral/suppression.ts). Every
 * item of a phase is answered by the same respondents, so the total of answers 1-3 of one
 * phase × item can be read off another item: each such group is a column with a known total
 * (rule 3), and a lone hidden answer takes the smallest other non-zero answer with it.
 * `parents` are the same counts over a wider selection (all funded partnerships, for a filtered
 * map): a count that differs from its parent by 1-4 is hidden too (rule 2). Absent answers are 0.
 */
export function suppressLoneliness(
  rows: readonly LonelinessRow[],
  parents: readonly LonelinessRow[] = [],
): LonelinessCell[] {
  const parentCount = new Map(parents.map((row) => [keyOf(row), row.count]));
  const groups = new Map<string, LonelinessRow[]>();
  for (const row of rows) {
    const group = `${row.phase}:${row.item}`;
    groups.set(group, [...(groups.get(group) ?? []), row]);
  }
  const cells = new Map<LonelinessRow, Cell>();
  for (const group of groups.values()) {
    const column = suppressColumn(
      group.map((row) => row.count),
      group.map((row) => (parents.length ? [parentCount.get(keyOf(row)) ?? 0] : [])),
    );
    for (const [i, row] of group.entries()) cells.set(row, column[i] ?? HIDDEN);
  }
  return rows.map((row) => ({ ...row, count: cells.get(row) ?? HIDDEN }));
}
