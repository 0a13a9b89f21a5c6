import { localParts, localToUtc, nextDate, weekdayOf } from './copenhagen-time.ts';

export interface Availability {
  openingHours: { weekday: number; opensAt: number; closesAt: number }[];
  exceptions: {
    date: Date;
    closed: boolean;
    opensAt: number | null;
    closesAt: number | null;
    note: string;
  }[];
}

export type AvailabilityResult =
  | { ok: true }
  /** Not open for the whole slot; `windows` are the local opening hours of the slot's first day. */
  | { ok: false; date: string; windows: [number, number][]; note: string | null };

/** Local opening windows of one Copenhagen date: an exception replaces the weekly hours. */
export function windowsOn(
  resource: Availability,
  date: string,
): { windows: [number, number][]; note: string | null } {
  const exception = resource.exceptions.find((e) => e.date.toISOString().slice(0, 10) === date);
  if (exception) {
    const open = !exception.closed && exception.opensAt !== null && exception.closesAt !== null;
    return {
      windows: open ? [[exception.opensAt as number, exception.closesAt as number]] : [],
      note: exception.note || null,
    };
  }
  // A resource without weekly hours (e.g. materials) is available around the clock.
  if (resource.openingHours.length === 0) return { windows: [[0, 1440]], note: null };
  const weekday = weekdayOf(date);
  return {
    windows: resource.openingHours
      .filter((h) => h.weekday === weekday)
      .map((h): [number, number] => [h.opensAt, h.closesAt])
      .sort((a, b) => a[0] - b[0]),
    note: null,
  };
}

/**
 * Whether the resource is open for the whole slot [startsAt, endsAt). A slot may run over several
 * days when the windows join up (e.g. a van open around the clock).
 */
export function checkAvailability(resource: Availability, startsAt: Date, endsAt: Date): AvailabilityResult {
  const first = localParts(startsAt).date;
  const intervals: [number, number][] = [];
  for (let date = first, i = 0; i < 40; date = nextDate(date), i++) {
    const dayStart = localToUtc(date, 0).getTime();
    if (dayStart >= endsAt.getTime()) break;
    for (const [from, to] of windowsOn(resource, date).windows)
      intervals.push([localToUtc(date, from).getTime(), localToUtc(date, to).getTime()]);
  }
  let covered = startsAt.getTime();
  for (const [from, to] of intervals.sort((a, b) => a[0] - b[0])) {
    if (from <= covered && to > covered) covered = to;
    if (covered >= endsAt.getTime()) return { ok: true };
  }
  return { ok: false, date: first, ...windowsOn(resource, first) };
}
