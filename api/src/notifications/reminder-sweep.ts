import type { Prisma, PrismaClient } from '@naboskab/db';
import { localParts, localToUtc, nextDate } from '../domain/resource/copenhagen-time.ts';
import { notify } from './notify.ts';
import { type Reminder, type ReminderSource, reminderSources } from './reminder-sources.ts';
import type { Sweep } from './sweep.ts';

/**
 * Every few minutes: reminds people of the meetings and shifts that start on tomorrow's
 * Copenhagen date, once local time has reached their partnership's reminder time. The next run is
 * always `intervalSeconds` after this one; one waiting run at a time.
 */
export function reminderSweep(intervalSeconds: number): Sweep {
  return {
    queue: 'notification.reminders',
    next: (now) => ({ startAfter: new Date(now.getTime() + intervalSeconds * 1000), singletonKey: 'next' }),
    run: sendReminders,
  };
}

/**
 * Sends the reminders due at `now`. Each goes out in its own transaction with a `ReminderSent`
 * row keyed by the item and its `sequence` (its time): a parallel sweep that inserts the same
 * key sends nothing, and a moved item (sequence bumped) is reminded again for its new time. The
 * item is re-read under a share lock, so a cancellation or move either commits first (no
 * reminder for the old time) or waits until the reminder is recorded.
 */
export async function sendReminders(prisma: PrismaClient, now = new Date()): Promise<number> {
  const { date, minutes } = localParts(now);
  const tomorrow = nextDate(date);
  const window = { gte: localToUtc(tomorrow, 0), lt: localToUtc(nextDate(tomorrow), 0) };
  let sent = 0;
  for (const source of reminderSources) {
    const due = await source.due(prisma, window, minutes);
    const done = await prisma.reminderSent.findMany({
      where: { objectType: source.objectType, objectId: { in: due.map((r) => r.id) } },
      select: { objectId: true, sequence: true },
    });
    const seen = new Set(done.map((d) => `${d.objectId}:${d.sequence}`));
    for (const reminder of due) {
      if (seen.has(`${reminder.id}:${reminder.sequence}`)) continue;
      if (await prisma.$transaction((tx) => remindOnce(tx, source, reminder))) sent += 1;
    }
  }
  return sent;
}

async function remindOnce(
  tx: Prisma.TransactionClient,
  source: ReminderSource,
  reminder: Reminder,
): Promise<boolean> {
  if (!(await source.stillDue(tx, reminder))) return false;
  const { count } = await tx.reminderSent.createMany({
    data: [{ objectType: source.objectType, objectId: reminder.id, sequence: reminder.sequence }],
    skipDuplicates: true,
  });
  if (count === 0) return false;
  await notify(tx, {
    recipients: await source.recipients(tx, reminder.id),
    kind: source.kind,
    object: { type: source.objectType, id: reminder.id },
    data: reminder.data,
  });
  return true;
}
