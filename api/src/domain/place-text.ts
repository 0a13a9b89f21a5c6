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

/** A meeting's place: its booked room (title and address), its address, or its online link. */
export function meetingPlaceText(meeting: {
  booking: { resource: { title: string; address: string | null } } | null;
  address: string | null;
  onlineUrl: string | null;
}): string | null {
  return placeText([
    meeting.booking?.resource.title,
    meeting.booking?.resource.address,
    meeting.address,
    meeting.onlineUrl,
  ]);
}
