import type { PrismaClient } from '@naboskab/db';
import { lockRow } from '../domain/lock-row.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import type { DigestJob } from './digest-schedule.ts';
import { notificationKind, type SafeFields } from './kinds.ts';

/**
 * Sends one person's digest: every notification waiting for it, claimed and cleared in one
 * transaction with the e-mail's enqueueing, so a retried or doubled job never sends one twice.
 * Runs for one person take turns on their user row, so a concurrent run of the same digest waits,
 * then finds nothing left to claim and sends nothing; no run fails for it. Notifications already
 * read in the app are cleared without being e-mailed.
 */
export async function sendDigest(prisma: PrismaClient, job: DigestJob): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await lockRow(tx, 'User', job.userId, 'NO_KEY_UPDATE');
    const user = await tx.user.findFirst({
      where: { id: job.userId, disabledAt: null },
      select: { email: true, locale: true },
    });
    // The claim is the update: only what this run cleared is sent, whoever else clears meanwhile.
    const claimed = await tx.notification.updateManyAndReturn({
      where: { userId: job.userId, pendingDigest: job.frequency },
      data: { pendingDigest: null },
      select: { kind: true, objectId: true, data: true, readAt: true, createdAt: true },
    });
    const items = claimed
      .filter((n) => !n.readAt)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((n) => ({
        kind: n.kind,
        ...(n.data as unknown as SafeFields),
        path: notificationKind(n.kind)?.link(n.objectId) ?? '/',
      }));
    if (!user || items.length === 0) return 0;
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      kind: 'notification.digest',
      data: { userId: job.userId, frequency: job.frequency, items },
    });
    return items.length;
  });
}
