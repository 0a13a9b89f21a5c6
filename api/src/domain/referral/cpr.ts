// A CPR number is DDMMYY-NNNN (the hyphen optional). Naboskab never stores one: free text that
// holds something shaped like it is refused, whatever the check digit (many valid CPR numbers
// since 2007 fail modulus 11, so no check could tell them apart).
const CPR_SHAPE = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?!\d)/;

export function looksLikeCpr(text: string | null | undefined): boolean {
  return !!text && CPR_SHAPE.test(text);
}
