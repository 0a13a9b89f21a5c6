// Only same-site relative paths are accepted after sign-in, so `?next=` can't become an open
// redirect (`//evil.example`, `/\evil.example`, `https://…` are all refused).
export function safeNextPath(next: unknown, fallback = '/min-side'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return fallback;
  if (/[\\\s]/.test(next)) return fallback;
  try {
    const base = 'http://naboskab.invalid';
    const url = new URL(next, base);
    const path = url.pathname + url.search + url.hash;
    // Dot segments can resolve to "//host" ("/.//evil.example"), which the router reads as another site.
    return url.origin === base && !path.startsWith('//') ? path : fallback;
  } catch {
    return fallback;
  }
}
