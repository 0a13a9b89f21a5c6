import type { PrismaClient } from '@naboskab/db';
import { erasePerson } from './erase-person.ts';

/**
 * Anonymises volunteers with no activity for `months` months: neither an action of theirs
 * (lastActiveAt) nor a session seen since the cutoff. One transaction per person, so a failure
 * leaves the others done. Returns how many were anonymised.
 */
export async function anonymiseInactiveVolunteers(
  prisma: PrismaClient,
  { months, now = new Date(), dryRun = false }: { months: number; now?: Date; dryRun?: boolean },
): Promise<{ cutoff: Date; anonymised: number }> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const inactive = await prisma.person.findMany({
    where: {
      anonymisedAt: null,
      lastActiveAt: { lt: cutoff },
      user: { role: 'VOLUNTEER', sessions: { none: { lastSeenAt: { gte: cutoff } } } },
    },
    select: { id: true },
  });
  if (dryRun) return { cutoff, anonymised: inactive.length };
  for (const { id } of inactive) {
    await prisma.$transaction((tx) =>
      erasePerson(tx, id, `inactive since before ${cutoff.toISOString().slice(0, 10)}`),
    );
  }
  return { cutoff, anonymised: inactive.length };
}
