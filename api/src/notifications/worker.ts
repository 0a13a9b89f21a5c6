import type { PrismaClient, SqlExecutor } from '@naboskab/db';
import { rateLimitCleanup } from '../auth/rate-limit-cleanup.ts';
import { startQueue } from '../mail/queue.ts';
import { actionItemSweep } from './action-item-sweep.ts';
import { DIGEST_BATCH, DIGEST_QUEUE, type DigestJob } from './digest-schedule.ts';
import { reminderSweep } from './reminder-sweep.ts';
import { sendDigest } from './send-digest.ts';
import { workSweep } from './sweep.ts';

export interface NotificationWorker {
  stop(): Promise<void>;
}

/**
 * Runs the notification jobs (digests, sweeps) and the rate-limit cleanup from the shared job
 * queue, beside the mail worker.
 */
export async function startNotificationWorker(options: {
  prisma: PrismaClient;
  sql: SqlExecutor;
  pollingIntervalSeconds?: number;
  /** How often the day-before reminders are looked for (REMINDER_SWEEP_SECONDS). */
  reminderSweepSeconds?: number;
}): Promise<NotificationWorker> {
  const polling = options.pollingIntervalSeconds ?? 5;
  const boss = await startQueue(options.sql);
  await boss.work<DigestJob>(
    DIGEST_QUEUE,
    { pollingIntervalSeconds: polling, batchSize: DIGEST_BATCH },
    async (jobs) => {
      for (const job of jobs) await sendDigest(options.prisma, job.data);
    },
  );
  await workSweep(boss, options.prisma, actionItemSweep, polling);
  await workSweep(boss, options.prisma, reminderSweep(options.reminderSweepSeconds ?? 300), polling);
  await workSweep(boss, options.prisma, rateLimitCleanup, polling);
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 60_000 }) };
}
