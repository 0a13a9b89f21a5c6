// CSV for Danish Excel: UTF-8 with a byte-order mark (else Excel guesses Windows-1252), `;`
// between fields (Danish Excel's list separator, since `,` is the decimal mark), CRLF line ends,
// decimal comma without thousands separators, dates as ISO 8601 (Excel reads them as dates).
const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

/** A number with a decimal comma (2.5 → "2,5"), at most two decimals. */
export const decimal = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/** Lists inside one cell are joined by " | ": names hold commas ("Dagtilbud, skole og uddannelse"). */
export const list = (values: readonly string[]) => values.join(' | ');

/** Quotes when needed and defuses formula injection (a leading = + - @ would run in Excel). */
function cell(value: string | number): string {
  let text = typeof value === 'number' ? decimal(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header row and the rows as one CSV text. */
export function danishCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const lines = [headers, ...rows].map((row) => row.map(cell).join(SEPARATOR));
  return BOM + lines.join(EOL) + EOL;
}
