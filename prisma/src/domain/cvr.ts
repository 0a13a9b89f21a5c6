// CVR numbers: 8 digits, the last a modulus-11 check digit (weights 2,7,6,5,4,3,2,1).
const weights = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const sum = weights.reduce((total, weight, i) => total + weight * Number(cvr[i]), 0);
  return sum % 11 === 0;
}

/** The valid CVR number beginning with these 7 digits, or null when no check digit fits. */
export function completeCvr(firstSeven: string): string | null {
  if (!/^[1-9]\d{6}$/.test(firstSeven)) return null;
  const partial = weights.slice(0, 7).reduce((total, weight, i) => total + weight * Number(firstSeven[i]), 0);
  const check = (11 - (partial % 11)) % 11;
  return check === 10 ? null : `${firstSeven}${check}`;
}
