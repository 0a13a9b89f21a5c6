// Pages are addressed by the row's UUID (as in calendar links); the API speaks Relay global IDs
// (base64 of "Type:uuid").
export function uuidOf(globalId: string): string {
  try {
    const decoded = atob(globalId);
    return decoded.slice(decoded.indexOf(':') + 1);
  } catch {
    return globalId;
  }
}

export function resourceGlobalId(uuid: string): string {
  return btoa(`Resource:${uuid}`);
}

export function resourcePath(globalId: string): string {
  return `/ressourcer/${uuidOf(globalId)}`;
}

const TIME_ZONE = 'Europe/Copenhagen';

/** The UTC instant of a Copenhagen wall-clock date (YYYY-MM-DD) and time (HH:MM). */
export function copenhagenInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  let instant = wall - offsetMinutes(new Date(wall)) * 60_000;
  instant = wall - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Copenhagen date (YYYY-MM-DD) and minutes after midnight of an instant. */
export function copenhagenParts(instant: Date): { date: string; minutes: number } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: (Number(p.hour) % 24) * 60 + Number(p.minute) };
}

function offsetMinutes(instant: Date): number {
  const { date, minutes } = copenhagenParts(instant);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(
    (Date.UTC(y, m - 1, d, 0, minutes) - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000,
  );
}

/** "HH:MM" for a time input's value (shown to people through formatClock). */
export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function timeToMinutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday (YYYY-MM-DD) of the ISO week containing `date`. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function isoWeek(date: string): number {
  const d = new Date(`${date}T12:00:00Z`);
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  return (
    1 +
    Math.round(
      ((thursday.getTime() - firstThursday.getTime()) / 86_400_000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7,
    )
  );
}
