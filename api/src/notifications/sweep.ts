import type { Prisma, PrismaClient } from '@naboskab/db';
import type PgBoss from 'pg-boss';
import { enqueueJob } from '../mail/queue.ts';

/**
 * A recurring job on the shared queue (action items each morning, reminders every few minutes,
 * the rate-limit cleanup every hour).
 * Each run first queues the next one, so the chain survives restarts and failed runs (pg-boss
 * retries those); the queue's "short" policy with the singleton key keeps one waiting run however
 * often it is scheduled. A run must be safe to repeat: its own records say what it has done.
 */
export interface Sweep {
  queue: string;
  /** When the run after `now` is due, and the key that keeps one waiting job for it. */
  next(now: Date): { startAfter: Date; singletonKey: string };
  /** Does the work due at `now`; returns how many it handled (people told, rows deleted). */
  run(prisma: PrismaClient, now?: Date): Promise<number>;
}

export function scheduleSweep(tx: Prisma.TransactionClient, sweep: Sweep, now = new Date()) {
  return enqueueJob(tx, sweep.queue, {}, sweep.next(now));
}

/** Queues the sweep's next run and works its queue. */
export async function workSweep(
  boss: PgBoss,
  prisma: PrismaClient,
  sweep: Sweep,
  pollingIntervalSeconds: number,
): Promise<void> {
  await prisma.$transaction((tx) => scheduleSweep(tx, sweep));
  await boss.work(sweep.queue, { pollingIntervalSeconds }, async () => {
    await prisma.$transaction((tx) => scheduleSweep(tx, sweep));
    await sweep.run(prisma);
  });
}
