/**
 * A Danish phone number in the one form SMS are sent to: "+45" and eight digits. Accepts what
 * people type ("12 34 56 78", "+45 1234-5678", "0045 12345678"); null when it is not a Danish
 * number (eight digits, not starting with 0 or 1, which are not subscriber numbers).
 */
export function normaliseDanishPhone(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, '');
  const match = /^(?:\+45|0045)?([2-9]\d{7})$/.exec(compact);
  return match ? `+45${match[1]}` : null;
}
