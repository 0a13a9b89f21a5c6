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
 * Sends the reminders due at `now`. Each item goes in its own transaction, recording a
 * `ReminderSent` row per person keyed by the item and its `sequence` (its time) and telling only
 * those whose row is new: a parallel sweep that inserts the same keys tells nobody, a moved item
 * (sequence bumped) is reminded again for its new time, and someone invited after the others were
 * reminded still gets theirs. The item is re-read under a share lock, so a cancellation or move
 * either commits first (no reminder for the old time) or waits until the reminders are recorded.
 */
export async function sendReminders(prisma: PrismaClient, now = new Date()): Promise<number> {
  const { date, minutes } = localParts(now);
  const tomorrow = nextDate(date);
  const window = { gte: localToUtc(tomorrow, 0), lt: localToUtc(nextDate(tomorrow), 0) };
  let reminded = 0;
  for (const source of reminderSources) {
    for (const reminder of await source.due(prisma, window, minutes)) {
      if (await prisma.$transaction((tx) => remindOnce(tx, source, reminder))) reminded += 1;
    }
  }
  return reminded;
}

/** Reminds whoever of the item's people has not been reminded of it at this time; true if anyone. */
async function remindOnce(
  tx: Prisma.TransactionClient,
  source: ReminderSource,
  reminder: Reminder,
): Promise<boolean> {
  if (!(await source.stillDue(tx, reminder))) return false;
  const key = { objectType: source.objectType, objectId: reminder.id, sequence: reminder.sequence };
  const recorded = await tx.reminderSent.createManyAndReturn({
    data: (await source.recipients(tx, reminder.id)).map((userId) => ({ ...key, userId })),
    skipDuplicates: true,
    select: { userId: true },
  });
  if (recorded.length === 0) return false;
  await notify(tx, {
    recipients: recorded.map((r) => r.userId),
    kind: source.kind,
    object: { type: source.objectType, id: reminder.id },
    data: reminder.data,
  });
  return true;
}
