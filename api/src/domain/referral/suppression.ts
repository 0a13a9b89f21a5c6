// Small-cell suppression of every aggregate about referrals (the ministry's and coordinators'
// views, exports). The rule:
//  1. Primary: a count of 1-4 is shown as "<5" (SMALL). 0 is shown: it says nobody.
//  2. Complementary, across filters: each figure is computed for the chosen filters and for every
//     set of filters with one of them removed (its "parents": without the association, without the
//     period, all funded partnerships instead of the ministry's filter). If a parent minus the
//     figure is 1-4, the figure is hidden (COMPLEMENT): otherwise the difference between two views
//     would reveal the small group the first rule hides.
//  3. Complementary, within a table with a total (one row per partnership, or per area): if exactly
//     one cell of a column is suppressed, the smallest other non-zero cell is hidden too, so the
//     total minus the others cannot reveal it.
//  Means and medians are shown only when at least 5 people contribute.
// This protects against differencing by one filter step; it is the standard rule for published
// tables, not a guarantee against every combination of many views (which needs noise).

export const MIN_CELL = 5;

export type Suppression = 'SMALL' | 'COMPLEMENT';

export interface Cell {
  value: number | null;
  suppression: Suppression | null;
}

const isSmall = (n: number) => n > 0 && n < MIN_CELL;

export function suppressCount(value: number, parents: readonly number[] = []): Cell {
  if (isSmall(value)) return { value: null, suppression: 'SMALL' };
  if (parents.some((parent) => isSmall(parent - value))) return { value: null, suppression: 'COMPLEMENT' };
  return { value, suppression: null };
}

/** A mean or median, shown only when `n` people contribute, n ≥ 5. */
export function suppressStatistic(value: number | null, n: number): Cell {
  if (value === null || n === 0) return { value: null, suppression: null };
  if (n < MIN_CELL) return { value: null, suppression: 'SMALL' };
  return { value: Math.round(value * 10) / 10, suppression: null };
}

/** Rule 3 over one column of a table whose total is shown; `parents[i]` are cell i's (rule 2). */
export function suppressColumn(
  values: readonly number[],
  parents: readonly (readonly number[])[] = [],
): Cell[] {
  const entries = values.map((value, index) => ({ value, cell: suppressCount(value, parents[index]) }));
  protectLines([entries], (entry) => entry.value);
  return entries.map((entry) => entry.cell);
}

/**
 * Rule 3 over "lines": sets of cells whose total is known (a column, or an item's answers). While
 * a line has exactly one hidden cell, its smallest other non-zero cell is hidden too; repeated, as
 * a cell can sit in several lines. Changes the entries' cells in place.
 */
export function protectLines<E extends { cell: Cell }>(lines: E[][], countOf: (entry: E) => number) {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter((e) => e.cell.suppression).length !== 1) continue;
      const shown = line.filter((e) => !e.cell.suppression && countOf(e) > 0);
      const smallest = shown.reduce<E | null>((s, e) => (s && countOf(s) <= countOf(e) ? s : e), null);
      if (!smallest) continue;
      smallest.cell = { value: null, suppression: 'COMPLEMENT' };
      changed = true;
    }
  }
}

/** How a cell reads in a CSV or a sentence. */
export function cellText(cell: Cell, hiddenWord: string): string {
  if (cell.suppression === 'SMALL') return '<5';
  if (cell.suppression === 'COMPLEMENT') return hiddenWord;
  return cell.value === null ? '' : String(cell.value);
}
