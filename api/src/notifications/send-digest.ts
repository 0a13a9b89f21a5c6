import type { PrismaClient } from '@naboskab/db';
import { enqueueEmail } from '../mail/outbox.ts';
import type { DigestJob } from './digest-schedule.ts';
import { notificationKind, type SafeFields } from './kinds.ts';

/**
 * Sends one person's digest: every notification waiting for it, claimed and cleared in one
 * transaction with the e-mail's enqueueing, so a retried or doubled job never sends one twice.
 * Notifications already read in the app are cleared without being e-mailed.
 */
export async function sendDigest(prisma: PrismaClient, job: DigestJob): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: job.userId, disabledAt: null },
      select: { email: true, locale: true },
    });
    const waiting = await tx.notification.findMany({
      where: { userId: job.userId, pendingDigest: job.frequency },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, objectId: true, data: true, readAt: true },
    });
    const { count } = await tx.notification.updateMany({
      where: { id: { in: waiting.map((n) => n.id) }, pendingDigest: job.frequency },
      data: { pendingDigest: null },
    });
    // Another run took them between our read and update: it sends them.
    if (count !== waiting.length) throw new Error('digest claimed concurrently; retrying');
    const items = waiting
      .filter((n) => !n.readAt)
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
