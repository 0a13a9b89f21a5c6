import type { PrismaClient } from '@naboskab/db';

/**
 * The account's part of a personal-data export: links sent to it, invitations it sent or
 * accepted, its notifications, their settings and the reminders sent, and its work as a referral guide. Token hashes
 * are left out (secrets, not data about the person), and so is the personal data of the citizens
 * a guide follows: that is theirs.
 */
export function exportAccountData(prisma: PrismaClient, userId: string) {
  const invitation = {
    email: true,
    name: true,
    role: true,
    sentAt: true,
    acceptedAt: true,
    revokedAt: true,
    partnership: { select: { name: true } },
  } as const;
  return allOf({
    accountTokens: prisma.accountToken.findMany({
      where: { userId },
      select: { purpose: true, email: true, createdAt: true, expiresAt: true, usedAt: true },
      orderBy: { createdAt: 'asc' },
    }),
    invitationsSent: prisma.invitation.findMany({ where: { invitedById: userId }, select: invitation }),
    invitationAccepted: prisma.invitation.findMany({ where: { acceptedById: userId }, select: invitation }),
    guideOf: prisma.partnershipGuide.findMany({
      where: { userId },
      select: { since: true, partnership: { select: { name: true } } },
    }),
    referrals: prisma.referral.findMany({
      where: { guideUserId: userId },
      select: { id: true, state: true, referredAt: true, partnership: { select: { name: true } } },
      orderBy: { referredAt: 'asc' },
    }),
    referralReads: prisma.referralRead.findMany({
      where: { userId },
      select: { referralId: true, via: true, at: true },
      orderBy: { at: 'asc' },
    }),
    notifications: prisma.notification.findMany({
      where: { userId },
      select: { kind: true, data: true, readAt: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    }),
    notificationPreferences: prisma.notificationPreference.findMany({
      where: { userId },
      select: { kind: true, email: true, updatedAt: true },
    }),
    // Which meetings and shifts (by id) the person was reminded of, and when.
    remindersSent: prisma.reminderSent.findMany({
      where: { userId },
      select: { objectType: true, objectId: true, sentAt: true },
      orderBy: { sentAt: 'asc' },
    }),
  });
}

/** Awaits every query of an object at once, keeping its keys. */
async function allOf<T extends Record<string, PromiseLike<unknown>>>(queries: T) {
  const entries = await Promise.all(
    Object.entries(queries).map(async ([key, query]) => [key, await query] as const),
  );
  return Object.fromEntries(entries) as { [K in keyof T]: Awaited<T[K]> };
}
