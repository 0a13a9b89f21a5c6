import type { Prisma } from '@naboskab/db';
import { enqueueEmail } from '../mail/outbox.ts';
import { enqueueSms } from '../sms/outbox.ts';
import { normaliseDanishPhone } from '../sms/phone.ts';
import { scheduleDigest } from './digest-schedule.ts';
import {
  defaultEmailFrequency,
  type NotificationKindName,
  notificationKinds,
  type SafeFields,
} from './kinds.ts';

export interface Notice {
  /** The users to tell; duplicates are told once. */
  recipients: string[];
  kind: NotificationKindName;
  /** What the notification is about, and links to. */
  object: { type: string; id: string };
  data: { activity: string; startsAt?: Date | null; place?: string | null };
  /**
   * Enqueues the e-mail for a recipient who wants this kind immediately, when it is more than the
   * standard notice (a meeting invitation with its calendar attachment). Default: the notice.
   */
  email?: (user: { id: string; email: string; locale: string }) => Promise<void>;
}

/**
 * Tells people about an event, inside the transaction that caused it: a notification in the app
 * for every recipient, an e-mail now for those who want this kind immediately (the others get it
 * in their daily or weekly digest, or not at all), and an SMS for those who chose SMS for it and
 * have a verified Danish phone number. If the cause rolls back, nobody hears of it.
 */
export async function notify(tx: Prisma.TransactionClient, notice: Notice): Promise<void> {
  const userIds = [...new Set(notice.recipients)];
  if (userIds.length === 0) return;
  const kind = notificationKinds[notice.kind];
  const data: SafeFields = {
    activity: notice.data.activity,
    startsAt: notice.data.startsAt?.toISOString() ?? null,
    place: notice.data.place ?? null,
  };
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, disabledAt: null },
    select: {
      id: true,
      email: true,
      locale: true,
      role: true,
      person: { select: { verifiedPhone: true } },
      notificationPreferences: { where: { kind: notice.kind }, select: { email: true, sms: true } },
    },
  });
  const frequencyOf = (user: (typeof users)[number]) =>
    user.notificationPreferences[0]?.email ?? defaultEmailFrequency(kind, user.role);
  await tx.notification.createMany({
    data: users.map((user) => {
      const frequency = frequencyOf(user);
      return {
        userId: user.id,
        kind: notice.kind,
        objectType: notice.object.type,
        objectId: notice.object.id,
        data: { ...data },
        pendingDigest: frequency === 'DAILY' || frequency === 'WEEKLY' ? frequency : null,
      };
    }),
  });
  const message = { kind: notice.kind, ...data, path: kind.link(notice.object.id) };
  for (const user of users) {
    // Whose e-mail it is, for its one-click unsubscribe (notifications/unsubscribe.ts).
    const mine = { ...message, userId: user.id };
    // Only a number its owner proved with a code (domain/account/phone-verification.ts).
    const phone = user.notificationPreferences[0]?.sms
      ? normaliseDanishPhone(user.person.verifiedPhone ?? '')
      : null;
    if (phone)
      await enqueueSms(tx, { to: phone, locale: user.locale, kind: 'notification.event', data: mine });
    const frequency = frequencyOf(user);
    if (frequency === 'DAILY' || frequency === 'WEEKLY') {
      await scheduleDigest(tx, { userId: user.id, frequency });
      continue;
    }
    if (frequency !== 'IMMEDIATELY') continue;
    if (notice.email) {
      await notice.email(user);
      continue;
    }
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      kind: 'notification.event',
      data: mine,
    });
  }
}
