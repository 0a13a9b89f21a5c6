import type { Sweep } from '../notifications/sweep.ts';

const EVERY_MINUTES = 60;

/**
 * Hourly on the job queue: deletes the rate-limit counters (rate-limit.ts) whose window has ended.
 * Nothing counts in an ended window any more, so no limit loses a count: the next attempt under
 * the key opens a new window's row anyway. Each row records its own end, so this holds for any
 * caller's window length.
 */
export const rateLimitCleanup: Sweep = {
  queue: 'rate-limit.cleanup',
  next: (now) => ({ startAfter: new Date(now.getTime() + EVERY_MINUTES * 60_000), singletonKey: 'next' }),
  // By the database's clock, which the counting reads too, and a minute late: an attempt whose
  // statement began just before the end may still be writing to its row.
  run: (prisma) =>
    prisma.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowEnd" < now() - interval '1 minute'`,
};
