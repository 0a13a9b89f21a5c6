import type { PrismaClient } from '@naboskab/db';
import { exportAccountData } from './export-account-data.ts';

export type PersonalDataExport = Record<string, unknown> & {
  exportedAt: string;
  person: Record<string, unknown> | null;
};

/**
 * Everything the platform holds about one person (GDPR art. 15 and 20), one key per relation of
 * Person and User in prisma/schema.prisma, plus sign-in attempts made with their address and the
 * e-mails sent to it (kind and subject). Secrets (password hash, session and feed token hashes)
 * are left out: they are not about the person.
 * A test derives the relation list from the schema, so a new relation fails until it is here.
 */
export async function exportPersonalData(
  prisma: PrismaClient,
  personId: string,
): Promise<PersonalDataExport> {
  const person = await prisma.person.findUnique({
    where: { id: personId },
    include: { organisation: { select: { name: true } } },
    // The phone code's hash is a credential, not data about the person.
    omit: { phoneCodeHash: true },
  });
  if (!person) return { exportedAt: new Date().toISOString(), person: null };
  const user = await prisma.user.findUnique({
    where: { personId },
    select: {
      id: true,
      email: true,
      role: true,
      locale: true,
      createdAt: true,
      updatedAt: true,
      disabledAt: true,
    },
  });
  const userId = user?.id ?? '00000000-0000-0000-0000-000000000000';
  const title = { select: { title: true } } as const;
  const [
    consents,
    contactFor,
    agendaItems,
    invitations,
    attendances,
    actionItems,
    signUps,
    hours,
    sessions,
    coordinates,
    calendarFeeds,
    bookings,
    decidedBookings,
    auditEntries,
    minutesEdits,
    signInAttempts,
    emails,
    answerTokens,
  ] = await Promise.all([
    prisma.consent.findMany({ where: { personId }, omit: { personId: true }, orderBy: { givenAt: 'asc' } }),
    prisma.partnershipMember.findMany({
      where: { contactPersonId: personId },
      select: {
        role: true,
        joinedAt: true,
        partnership: { select: { name: true } },
        organisation: { select: { name: true } },
      },
    }),
    prisma.agendaItem.findMany({
      where: { ownerPersonId: personId },
      select: { title: true, description: true, meeting: { select: { title: true, startsAt: true } } },
    }),
    prisma.meetingInvitation.findMany({
      where: { personId },
      select: { response: true, respondedAt: true, meeting: { select: { title: true, startsAt: true } } },
    }),
    prisma.attendance.findMany({
      where: { personId },
      select: {
        meeting: { select: { title: true, startsAt: true } },
        onBehalfOf: { select: { name: true } },
      },
    }),
    prisma.actionItem.findMany({
      where: { ownerPersonId: personId },
      select: {
        description: true,
        dueOn: true,
        status: true,
        completedAt: true,
        createdAt: true,
        meeting: title,
      },
    }),
    prisma.volunteerSignUp.findMany({
      where: { personId },
      select: {
        id: true,
        status: true,
        message: true,
        createdAt: true,
        decidedAt: true,
        opportunity: { select: { title: true, activity: title } },
      },
      orderBy: { createdAt: 'asc' },
    }),
    prisma.volunteerHours.findMany({
      where: { personId },
      select: {
        id: true,
        date: true,
        hours: true,
        note: true,
        status: true,
        createdAt: true,
        decidedAt: true,
        activity: title,
      },
      orderBy: { date: 'asc' },
    }),
    prisma.session.findMany({
      where: { userId },
      select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
    }),
    prisma.partnershipCoordinator.findMany({
      where: { userId },
      select: { since: true, partnership: { select: { name: true } } },
    }),
    prisma.calendarFeed.findMany({ where: { userId }, select: { createdAt: true, revokedAt: true } }),
    prisma.booking.findMany({
      where: { requestedById: userId },
      select: { purpose: true, startsAt: true, endsAt: true, status: true, createdAt: true, resource: title },
    }),
    prisma.booking.findMany({
      where: { decidedById: userId },
      select: { purpose: true, status: true, decidedAt: true, resource: title },
    }),
    prisma.auditEntry.findMany({
      where: { actorUserId: userId },
      select: { at: true, action: true, entityType: true, entityId: true },
      orderBy: { at: 'asc' },
    }),
    prisma.minutes.findMany({
      where: { updatedById: userId },
      select: { updatedAt: true, version: true, meeting: title },
    }),
    prisma.signInAttempt.findMany({
      where: { email: (user?.email ?? person.email ?? '').toLowerCase() || '\u0000' },
      select: { at: true, ip: true, succeeded: true },
      orderBy: { at: 'asc' },
    }),
    // E-mails to the address and SMS to the phone number.
    prisma.outboxMessage.findMany({
      where: {
        recipient: {
          in: [
            ...recipientsOf(user?.email ?? person.email, person.phone),
            ...[person.verifiedPhone, person.pendingPhone].filter((phone): phone is string => !!phone),
          ],
        },
      },
      select: { channel: true, kind: true, subject: true, status: true, createdAt: true, sentAt: true },
      orderBy: { createdAt: 'asc' },
    }),
    // Answer links sent in meeting invitations: which meetings, never the token.
    prisma.meetingAnswerToken.findMany({ where: { personId }, select: { createdAt: true, meeting: title } }),
  ]);
  const { organisation, ...personFields } = person;
  return {
    exportedAt: new Date().toISOString(),
    person: personFields,
    organisation,
    user,
    consents,
    contactFor,
    agendaItems,
    invitations,
    attendances,
    actionItems,
    signUps,
    hours: hours.map((h) => ({ ...h, hours: Number(h.hours) })),
    sessions,
    coordinates,
    calendarFeeds,
    bookings,
    decidedBookings,
    auditEntries,
    minutesEdits,
    signInAttempts,
    emails,
    answerTokens,
    ...(await exportAccountData(prisma, userId)),
  };
}

/** The outbox's recipients for a person: the address (lower case) and the normalised phone. */
export function recipientsOf(email: string | null | undefined, phone: string | null | undefined): string[] {
  return [email?.toLowerCase(), phone].filter((r): r is string => !!r);
}
