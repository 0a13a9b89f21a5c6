// Amounts are typed in kroner (Danish style, "12.500,50") and sent to the API in øre.

/** Øre from a kroner text; -1 (which the API refuses as not positive) when empty or not a number. */
export function oreFromKroner(kroner: string): number {
  const n = Number(kroner.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) && kroner.trim() !== '' ? Math.round(n * 100) : -1;
}

/** An øre amount as the kroner text a form field starts with ('' when there is none). */
export function kronerInput(ore: unknown): string {
  return ore === null || ore === undefined ? '' : String(Number(ore) / 100).replace('.', ',');
}
