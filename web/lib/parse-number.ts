// Numbers typed by people: "2,5" and "2.5" both mean two and a half, whatever the browser's
// language (an English-locale browser must not read "2,5" as 25). Thousands separators are not
// accepted: the fields that use this hold hours, minutes and counts, never thousands.

export type Parsed = { ok: true; value: number | null } | { ok: false; value: null };

/** A decimal number; blank is `null`. */
export function parseDecimal(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return { ok: false, value: null };
  return { ok: true, value: Number(trimmed.replace(',', '.')) };
}

/** A whole number; blank is `null`, and 1.5 is refused rather than rounded. */
export function parseWholeNumber(text: string): Parsed {
  const parsed = parseDecimal(text);
  return parsed.ok && parsed.value !== null && !Number.isInteger(parsed.value)
    ? { ok: false, value: null }
    : parsed;
}
