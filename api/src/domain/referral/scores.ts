// Scores of the three measures, from their items.

/** T-ILS/UCLA-3: the sum of three items 1-3, so 3-9. */
export const tilsScore = (items: readonly number[]) => items.reduce((sum, n) => sum + n, 0);

/** 7 or more on T-ILS is severe loneliness. */
export const SEVERE_TILS = 7;

/** WHO-5 raw score: the sum of five items 0-5, so 0-25. */
export const who5Raw = (items: readonly number[]) => items.reduce((sum, n) => sum + n, 0);

/** WHO-5 as a percentage (0-100): the raw score × 4. */
export const who5Percent = (raw: number) => raw * 4;
