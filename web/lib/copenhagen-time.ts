// The meeting forms take Danish wall-clock time (<input type="datetime-local">); the API stores
// UTC instants. These convert between the two in Europe/Copenhagen, summer time included.
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: number) {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return {
    text: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`,
    ms: Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:00Z`),
  };
}

/** '2026-03-05T17:00' (Copenhagen) → ISO instant, or null when empty or malformed. */
export function copenhagenToUtc(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const asUtc = Date.parse(`${local}:00Z`);
  let guess = asUtc - (wallClock(asUtc).ms - asUtc);
  guess = asUtc - (wallClock(guess).ms - guess); // second pass settles the DST edges
  return new Date(guess).toISOString();
}

/** ISO instant → '2026-03-05T17:00' in Copenhagen, for a datetime-local input. */
export function utcToCopenhagen(iso: string): string {
  return wallClock(Date.parse(iso)).text;
}
