import type { Prisma } from '@naboskab/db';
import { notify } from '../notify.ts';

/**
 * Coordinators approved or sent back logged hours: each volunteer is told once per activity
 * (approving a month of hours at once is one notification, not thirty), by the activity's name.
 */
export async function notifyHoursDecided(
  tx: Prisma.TransactionClient,
  hoursIds: string[],
  decision: 'APPROVED' | 'REJECTED',
) {
  const rows = await tx.volunteerHours.findMany({
    where: { id: { in: hoursIds } },
    orderBy: { date: 'asc' },
    select: {
      id: true,
      activity: { select: { id: true, title: true } },
      person: { select: { user: { select: { id: true } } } },
    },
  });
  const told = new Set<string>();
  for (const row of rows) {
    const userId = row.person?.user?.id;
    const key = `${userId}:${row.activity.id}`;
    if (!userId || told.has(key)) continue;
    told.add(key);
    await notify(tx, {
      recipients: [userId],
      kind: decision === 'APPROVED' ? 'hours.approved' : 'hours.returned',
      object: { type: 'VolunteerHours', id: row.id },
      data: { activity: row.activity.title },
    });
  }
}
