import type { PrismaClient } from '@naboskab/db';
import { localParts, localToUtc, nextDate } from '../domain/resource/copenhagen-time.ts';
import { notify } from './notify.ts';
import type { Sweep } from './sweep.ts';

/** The sweep runs each morning at 07:00 Copenhagen time, beside the digests. */
const SWEEP_AT_MINUTES = 7 * 60;

/** The morning sweep; its singleton key (the date) keeps one job per day. */
export const actionItemSweep: Sweep = {
  queue: 'notification.action-items',
  next(now) {
    const { date, minutes } = localParts(now);
    const day = minutes >= SWEEP_AT_MINUTES ? nextDate(date) : date;
    return { startAfter: localToUtc(day, SWEEP_AT_MINUTES), singletonKey: day };
  },
  run: (prisma, now) => sweepActionItems(prisma, now),
};

/**
 * Tells each open action item's owner when it is due tomorrow, and when it has become overdue:
 * each once per item (the notification itself is the record), naming only the meeting.
 */
export async function sweepActionItems(prisma: PrismaClient, now = new Date()): Promise<number> {
  const today = localParts(now).date;
  const dates = { today: new Date(`${today}T00:00:00Z`), tomorrow: new Date(`${nextDate(today)}T00:00:00Z`) };
  let told = 0;
  for (const [kind, dueOn] of [
    ['actionItem.dueTomorrow', dates.tomorrow],
    ['actionItem.overdue', { lt: dates.today }],
  ] as const) {
    told += await prisma.$transaction(async (tx) => {
      const items = await tx.actionItem.findMany({
        where: { status: 'OPEN', dueOn, owner: { user: { isNot: null } } },
        select: {
          id: true,
          owner: { select: { user: { select: { id: true } } } },
          meeting: { select: { title: true } },
        },
      });
      const told = await tx.notification.findMany({
        where: { kind, objectId: { in: items.map((i) => i.id) } },
        select: { objectId: true },
      });
      const already = new Set(told.map((n) => n.objectId));
      let count = 0;
      for (const item of items) {
        const user = item.owner.user;
        if (!user || already.has(item.id)) continue;
        await notify(tx, {
          recipients: [user.id],
          kind,
          object: { type: 'ActionItem', id: item.id },
          data: { activity: item.meeting.title },
        });
        count += 1;
      }
      return count;
    });
  }
  return told;
}
