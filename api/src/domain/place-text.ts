/**
 * One line for a place from its parts (a room's title, its address, a meeting's address, a link),
 * each part of it said once: "Beboerhuset Bispehaven, Aarhus" and "Bispehaven, Aarhus" read
 * "Beboerhuset Bispehaven, Aarhus", not "Beboerhuset Bispehaven, Aarhus, Bispehaven, Aarhus".
 */
export function placeText(parts: readonly (string | null | undefined)[]): string | null {
  const kept: string[] = [];
  const known = (segment: string) => kept.some((k) => k.toLowerCase().includes(segment.toLowerCase()));
  for (const part of parts) {
    for (const segment of (part ?? '').split(',').map((s) => s.trim())) {
      if (segment && !known(segment)) kept.push(segment);
    }
  }
  return kept.length ? kept.join(', ') : null;
}
