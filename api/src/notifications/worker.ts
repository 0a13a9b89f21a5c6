import type { PrismaClient, SqlExecutor } from '@naboskab/db';
import { startQueue } from '../mail/queue.ts';
import { DIGEST_QUEUE, type DigestJob } from './digest-schedule.ts';
import { sendDigest } from './send-digest.ts';

export interface NotificationWorker {
  stop(): Promise<void>;
}

/** Runs the notification jobs (digests) from the shared job queue, beside the mail worker. */
export async function startNotificationWorker(options: {
  prisma: PrismaClient;
  sql: SqlExecutor;
  pollingIntervalSeconds?: number;
}): Promise<NotificationWorker> {
  const boss = await startQueue(options.sql);
  await boss.work<DigestJob>(
    DIGEST_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5, batchSize: 1 },
    async (jobs) => {
      for (const job of jobs) await sendDigest(options.prisma, job.data);
    },
  );
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 60_000 }) };
}
