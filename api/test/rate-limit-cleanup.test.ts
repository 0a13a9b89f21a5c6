import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountLimits } from '../src/auth/rate-limit.ts';
import { startNotificationWorker } from '../src/notifications/worker.ts';
import { startTestApi } from './support.ts';

// The rate limits' counters (and the anonymous-write quota and sign-in throttle rows) are deleted
// by an hourly job once their window has ended, and only then: a counter that still counts must
// survive the cleanup, or its limit would start over.

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename } }
`;

let app: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(() => app.close());

const register = () =>
  app.client({ 'x-forwarded-for': '203.0.113.40' }).gql(REGISTER, {
    input: {
      name: 'Grete Grænse',
      email: 'graense@example.dk',
      password: 'kaffe-cykel-maane-7',
      consent: true,
      consentTextVersion: 'frivillig-samtykke-v1',
    },
  });

const cleanupJobs = (state: string) =>
  app.prisma.$queryRaw<{ startAfter: Date }[]>`
    SELECT start_after AS "startAfter" FROM pgboss.job WHERE name = 'rate-limit.cleanup' AND state = ${state}::pgboss.job_state`;

/** The limits count in whole hours of the database's clock: start well inside one. */
async function awayFromWindowEnd() {
  const [left] = await app.prisma.$queryRaw<{ ms: number }[]>`
    SELECT extract(epoch FROM date_trunc('hour', now()) + interval '1 hour' - now())::float8 * 1000 AS ms`;
  if ((left?.ms ?? 0) < 20_000) await new Promise((resolve) => setTimeout(resolve, (left?.ms ?? 0) + 1000));
}

describe('rate-limit cleanup', () => {
  it('deletes the counters whose window has ended, keeps the live ones, and the limit holds across it', {
    timeout: 60_000,
  }, async () => {
    await awayFromWindowEnd();
    for (let i = 0; i < accountLimits.perAddress; i++) {
      expect((await register()).data?.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');
    }
    const live = await app.prisma.rateLimitCounter.findMany({ orderBy: { key: 'asc' } });
    expect(live).toHaveLength(2); // the address's and the client's
    // Counters of windows that ended an hour and a day ago, as an earlier day's attempts left them.
    await app.prisma.$executeRaw`
      INSERT INTO "RateLimitCounter" ("key", "windowStart", "windowEnd", "count") VALUES
        (repeat('a', 64), now() - interval '2 hours', now() - interval '1 hour', 3),
        (repeat('b', 64), now() - interval '25 hours', now() - interval '24 hours', 20)`;
    // The anonymous-write quota and the sign-in throttle: a day's worth ago (gone) and just now (kept).
    await app.prisma.$executeRaw`
      INSERT INTO "RequestQuota" ("key", "count", "windowStart") VALUES
        ('quota-old', 30, now() - interval '25 hours'), ('quota-live', 30, now() - interval '23 hours')`;
    await app.prisma.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "accountKey", "failures", "notBefore", "lastFailureAt") VALUES
        ('throttle-old', NULL, 40, now() - interval '24 hours', now() - interval '25 hours'),
        ('throttle-live', NULL, 40, now() + interval '10 minutes', now() - interval '1 minute')`;

    const worker = await startNotificationWorker({
      prisma: app.db.prisma,
      sql: app.db.sql,
      pollingIntervalSeconds: 0.5,
    });
    try {
      // Its first run waits an hour; make it due now.
      const [queued] = await cleanupJobs('created');
      expect(queued?.startAfter.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
      await app.prisma.$executeRaw`
        UPDATE pgboss.job SET start_after = now() WHERE name = 'rate-limit.cleanup' AND state = 'created'`;
      const deadline = Date.now() + 10_000;
      while ((await cleanupJobs('completed')).length === 0) {
        if (Date.now() > deadline) throw new Error('The cleanup did not run');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await worker.stop();
    }

    expect(await app.prisma.rateLimitCounter.findMany({ orderBy: { key: 'asc' } })).toEqual(live);
    expect(
      (await app.prisma.requestQuota.findMany({ where: { key: { startsWith: 'quota-' } } })).map(
        (q) => q.key,
      ),
    ).toEqual(['quota-live']);
    expect(
      (await app.prisma.signInThrottle.findMany({ where: { key: { startsWith: 'throttle-' } } })).map(
        (t) => t.key,
      ),
    ).toEqual(['throttle-live']);
    // The run queued the next one, an hour on.
    const [next] = await cleanupJobs('created');
    expect(next?.startAfter.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
    // The address used up its registrations before the cleanup and still has none left.
    expect((await register()).data?.registerVolunteer.__typename).toBe('NotAllowedError');
  });
});
