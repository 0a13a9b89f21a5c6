import type { PrismaClient, SqlExecutor } from '@naboskab/db';
import { startQueue } from '../mail/queue.ts';
import { ACTION_ITEM_QUEUE, scheduleActionItemSweep, sweepActionItems } from './action-item-sweep.ts';
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
  // The morning sweep of action items due tomorrow or overdue: each run queues the next one.
  await options.prisma.$transaction((tx) => scheduleActionItemSweep(tx));
  await boss.work(
    ACTION_ITEM_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 },
    async () => {
      await sweepActionItems(options.prisma);
      await options.prisma.$transaction((tx) => scheduleActionItemSweep(tx));
    },
  );
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 60_000 }) };
}
