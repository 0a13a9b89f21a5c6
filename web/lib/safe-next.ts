// Only same-site relative paths are accepted after sign-in, so `?next=` can't become an open
// redirect (`//evil.example`, `/\evil.example`, `https://…` are all refused).
export function safeNextPath(next: unknown, fallback = '/min-side'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return fallback;
  if (/[\\\s]/.test(next)) return fallback;
  try {
    const base = 'http://naboskab.invalid';
    const url = new URL(next, base);
    return url.origin === base ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}
