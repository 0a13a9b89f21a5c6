import type { NotificationFrequency, Prisma } from '@naboskab/db';
import { localParts, localToUtc, nextDate } from '../domain/resource/copenhagen-time.ts';
import { enqueueJob } from '../mail/queue.ts';

export const DIGEST_QUEUE = 'notification.digest';
/**
 * Digest jobs the worker takes per fetch. Every daily digest falls due at 07:00 and pg-boss waits
 * a polling interval after each fetch, so one at a time took hours for a few thousand people. A
 * batch is safe because a repeated or concurrent digest run claims nothing twice (send-digest.ts).
 */
export const DIGEST_BATCH = 25;
export type DigestFrequency = Extract<NotificationFrequency, 'DAILY' | 'WEEKLY'>;

export interface DigestJob {
  userId: string;
  frequency: DigestFrequency;
}

/** Digests go out at 07:00 Copenhagen time: daily the next morning, weekly on Monday morning. */
const SEND_AT_MINUTES = 7 * 60;

export function nextDigestAt(frequency: DigestFrequency, now: Date): Date {
  let { date, weekday, minutes } = localParts(now);
  if (minutes >= SEND_AT_MINUTES) {
    date = nextDate(date);
    weekday = (weekday % 7) + 1;
  }
  if (frequency === 'WEEKLY') {
    for (; weekday !== 1; weekday = (weekday % 7) + 1) date = nextDate(date);
  }
  return localToUtc(date, SEND_AT_MINUTES);
}

/**
 * Makes sure the person's next digest is queued, in the caller's transaction. The queue's
 * "short" policy keeps one waiting job per person and frequency, so this is cheap to repeat.
 */
export async function scheduleDigest(tx: Prisma.TransactionClient, job: DigestJob, now = new Date()) {
  await enqueueJob<DigestJob>(tx, DIGEST_QUEUE, job, {
    startAfter: nextDigestAt(job.frequency, now),
    singletonKey: `${job.userId}:${job.frequency}`,
  });
}
