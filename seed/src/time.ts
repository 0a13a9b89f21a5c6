// Historical facts (funding rounds, grants, outcome periods) are fixed relative to REFERENCE_DATE.
// Everything that is "past or upcoming" for a user (meetings, shifts, bookings, hours) is relative
// to `now`, which defaults to today at 00:00 UTC so that two seeds on the same day are identical.
export const REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
export const TIME_ZONE = 'Europe/Copenhagen';

const DAY_MS = 86_400_000;

export function startOfDayUtc(date: Date = new Date()): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

/** A date-only value (for @db.Date columns) from 'YYYY-MM-DD'. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** ISO weekday of a date (1 = Monday … 7 = Sunday), in UTC. */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/** The first date on or after `from` that falls on ISO weekday `weekday`. */
export function nextWeekday(from: Date, weekday: number): Date {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour12: false,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function copenhagenOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(offsetFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour) % 24,
    Number(parts.minute),
  );
  return Math.round((local - instant.getTime()) / 60_000);
}

/** The instant at local Copenhagen wall-clock time `hour:minute` on the (UTC) date `date`. */
export function copenhagenTime(date: Date, hour: number, minute = 0): Date {
  const wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, minute);
  const guess = new Date(wall - 60 * 60_000);
  return new Date(wall - copenhagenOffsetMinutes(guess) * 60_000);
}
