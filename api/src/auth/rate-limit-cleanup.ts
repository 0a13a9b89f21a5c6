import { LONGEST_ANONYMOUS_WRITE_WINDOW_MINUTES } from '../env.ts';
import type { Sweep } from '../notifications/sweep.ts';
import { FORGET_AFTER_HOURS } from './sign-in-throttle.ts';

const EVERY_MINUTES = 60;

/**
 * Hourly on the job queue: deletes the counters of the rate limits whose window has ended, so the
 * tables hold only what still counts. Nothing counts in an ended window any more, so no limit
 * loses a count: the next attempt under the key starts a new window anyway.
 * - RateLimitCounter (rate-limit.ts): each row records its own end, for any caller's window.
 * - RequestQuota (anonymous-write-limit.ts): past the longest window the setting allows.
 * - SignInThrottle (sign-in-throttle.ts): quiet long enough to start again from zero, as a
 *   successful sign-in already prunes them.
 * By the database's clock, which the counting reads too, and a minute late: an attempt whose
 * statement began just before the end may still be writing to its row.
 */
export const rateLimitCleanup: Sweep = {
  queue: 'rate-limit.cleanup',
  next: (now) => ({ startAfter: new Date(now.getTime() + EVERY_MINUTES * 60_000), singletonKey: 'next' }),
  run: async (prisma) => {
    const deleted = await prisma.$transaction([
      prisma.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowEnd" < now() - interval '1 minute'`,
      prisma.$executeRaw`
        DELETE FROM "RequestQuota"
        WHERE "windowStart" < now() - make_interval(mins => ${LONGEST_ANONYMOUS_WRITE_WINDOW_MINUTES + 1})`,
      prisma.$executeRaw`
        DELETE FROM "SignInThrottle"
        WHERE "lastFailureAt" < now() - make_interval(hours => ${FORGET_AFTER_HOURS}, mins => 1)`,
    ]);
    return deleted.reduce((sum, count) => sum + count, 0);
  },
};
