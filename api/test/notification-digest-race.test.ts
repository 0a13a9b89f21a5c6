import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../src/mail/queue.ts';
import { DIGEST_QUEUE, type DigestJob } from '../src/notifications/digest-schedule.ts';
import { sendDigest } from '../src/notifications/send-digest.ts';
import { startNotificationWorker } from '../src/notifications/worker.ts';
import { startTestApi, waitForLockWaits } from './support.ts';

// Two runs of one person's digest at once (a retried job beside the first, two worker processes)
// must send it once, and neither may fail for it: a failed job retries a whole batch.

let app: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(() => app.close());

/** A person with `unread` notifications and one read one waiting for their daily digest. */
async function personWithDigest(unread: number) {
  const { user } = await createUser(app.prisma);
  await app.prisma.notification.createMany({
    data: Array.from({ length: unread + 1 }, (_, i) => ({
      userId: user.id,
      kind: 'booking.cancelled',
      objectType: 'Resource',
      objectId: user.id,
      data: { activity: `Festsal ${i}`, startsAt: null, place: null },
      pendingDigest: 'DAILY' as const,
      readAt: i === unread ? new Date() : null,
    })),
  });
  return user;
}

const digestsTo = (email: string) =>
  app.prisma.outboxMessage.count({ where: { kind: 'notification.digest', recipient: email } });

describe('a digest claimed by two runs at once', () => {
  // PostgreSQL only: the embedded PGlite has one connection, so nothing can hold a row meanwhile.
  it.skipIf(!process.env.DATABASE_URL)(
    'is sent once, by whichever run claims it first; the other sends nothing and does not fail',
    async () => {
      const user = await personWithDigest(2);
      const job: DigestJob = { userId: user.id, frequency: 'DAILY' };
      // Hold the waiting notifications until both runs have started and wait: one at the claim, the
      // other for its turn (before, both had read them and one failed at the claim).
      const runs = await app.prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "Notification" WHERE "userId" = ${user.id}::uuid FOR UPDATE`;
          const runs = Promise.all([sendDigest(app.prisma, job), sendDigest(app.prisma, job)]);
          await waitForLockWaits(app.prisma, 2);
          return { runs };
        },
        { timeout: 20_000 },
      );
      expect((await runs.runs).sort()).toEqual([0, 2]);
      expect(await digestsTo(user.email)).toBe(1);
      expect(
        await app.prisma.notification.count({ where: { userId: user.id, pendingDigest: 'DAILY' } }),
      ).toBe(0);
    },
  );

  it('is sent once to each person by two workers taking doubled jobs in batches, and no job fails', async () => {
    const people = await Promise.all(Array.from({ length: 30 }, () => personWithDigest(1)));
    // Each digest queued twice (as a retry beside a stuck first run would be), due now.
    await app.prisma.$transaction(async (tx) => {
      for (const { id } of people) {
        for (const copy of ['a', 'b']) {
          await enqueueJob<DigestJob>(
            tx,
            DIGEST_QUEUE,
            { userId: id, frequency: 'DAILY' },
            {
              singletonKey: `${id}:DAILY:${copy}`,
            },
          );
        }
      }
    });
    const jobs = () =>
      app.prisma.$queryRaw<{ state: string; retries: number }[]>`
        SELECT state, retry_count AS retries FROM pgboss.job WHERE name = ${DIGEST_QUEUE}`;
    const workers = await Promise.all(
      [1, 2].map(() =>
        startNotificationWorker({ prisma: app.db.prisma, sql: app.db.sql, pollingIntervalSeconds: 0.5 }),
      ),
    );
    try {
      const deadline = Date.now() + 20_000;
      while ((await jobs()).some((j) => j.state !== 'completed')) {
        if (Date.now() > deadline) throw new Error(`Digest jobs unfinished: ${JSON.stringify(await jobs())}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    expect((await jobs()).filter((j) => j.retries > 0)).toEqual([]);
    for (const person of people) expect(await digestsTo(person.email)).toBe(1);
  });
});
