// Amounts are typed in kroner (Danish style, "12.500,50") and sent to the API in øre.

export type KronerParse =
  | { ore: number; problem: null }
  | { ore: null; problem: 'failure.amountEmpty' | 'failure.amountInvalid' };

/** Øre from a kroner text, or the catalogue key that says why it cannot be read. */
export function parseKroner(kroner: string): KronerParse {
  const text = kroner.trim();
  if (text === '') return { ore: null, problem: 'failure.amountEmpty' };
  if (!/^-?[\d.]*\d(,\d{1,2})?$/.test(text)) return { ore: null, problem: 'failure.amountInvalid' };
  return { ore: Math.round(Number(text.replace(/\./g, '').replace(',', '.')) * 100), problem: null };
}

/** An øre amount as the kroner text a form field starts with ('' when there is none). */
export function kronerInput(ore: unknown): string {
  return ore === null || ore === undefined ? '' : String(Number(ore) / 100).replace('.', ',');
}
