import type { PrismaClient } from '@naboskab/db';
import { clearPersonalData } from './erase-referral.ts';

/**
 * Retention: clears the personal data of referrals closed (or declined, or never reached) more
 * than `months` months ago. One transaction for the lot: nothing half-cleared. The rows stay with
 * their codes, dates and states, so counts, durations and figures do not change.
 */
export async function purgeClosedReferrals(
  prisma: PrismaClient,
  { months, now = new Date(), dryRun = false }: { months: number; now?: Date; dryRun?: boolean },
): Promise<{ cutoff: Date; purged: number }> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const due = await prisma.referral.findMany({
    where: { closedAt: { lt: cutoff }, personalDataDeletedAt: null },
    select: { id: true },
  });
  if (!dryRun && due.length) {
    await prisma.$transaction((tx) =>
      clearPersonalData(
        tx,
        due.map((r) => r.id),
        now,
      ),
    );
  }
  return { cutoff, purged: due.length };
}
