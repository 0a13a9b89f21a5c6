import type { Prisma, SignUpStatus } from '@naboskab/db';
import { noPhone } from './account/phone-verification.ts';
import { recipientsOf } from './export-personal-data.ts';
import { lockOpportunities } from './volunteer-places.ts';

/**
 * Erases a person's personal data inside the caller's transaction (GDPR art. 17). Sign-ups and
 * hours stay, detached (personId null, free text cleared), so every total stays correct; the
 * account, its sessions, feeds and consents go; the person row stays only as an empty,
 * anonymised shell because meetings' attendance and action items still count it.
 */
export async function erasePerson(
  tx: Prisma.TransactionClient,
  personId: string,
  reason: string,
): Promise<void> {
  const person = await tx.person.findUnique({ where: { id: personId }, include: { user: true } });
  if (!person) return;
  const user = person.user;
  // Nobody is left to approve or to give a place to: a sign-up still applied or waiting ends
  // here (under the opportunities' locks, as every change of places), so the waiting list does
  // not later promote the empty shell over the next real volunteer.
  const open = { personId, status: { in: ['APPLIED', 'WAITLISTED'] as SignUpStatus[] } };
  const waiting = await tx.volunteerSignUp.findMany({ where: open, select: { opportunityId: true } });
  await lockOpportunities(
    tx,
    waiting.map((s) => s.opportunityId),
  );
  await tx.volunteerSignUp.updateMany({ where: open, data: { status: 'WITHDRAWN', decidedAt: new Date() } });
  await tx.volunteerSignUp.updateMany({ where: { personId }, data: { personId: null, message: '' } });
  await tx.volunteerHours.updateMany({ where: { personId }, data: { personId: null, note: '' } });
  await tx.consent.deleteMany({ where: { personId } });
  await tx.partnershipMember.updateMany({
    where: { contactPersonId: personId },
    data: { contactPersonId: null },
  });
  const emails = [user?.email, person.email?.toLowerCase()].filter((e): e is string => !!e);
  // The outbox keeps addresses, phone numbers and names; a queued message deleted here is never sent.
  await tx.outboxMessage.deleteMany({
    where: {
      recipient: {
        in: [
          ...emails,
          ...recipientsOf(null, person.phone),
          ...[person.verifiedPhone, person.pendingPhone].filter((p): p is string => !!p),
        ],
      },
    },
  });
  // Answer links would still answer for the person.
  await tx.meetingAnswerToken.deleteMany({ where: { personId } });
  if (emails.length) {
    await tx.signInAttempt.deleteMany({ where: { email: { in: emails } } });
    // Invitations to the address carry it and the name it was sent to.
    await tx.invitation.deleteMany({ where: { email: { in: emails } } });
  }
  // Audit entries about the person or account keep what happened, never what they said.
  const ids = [personId, ...(user ? [user.id] : [])];
  await tx.auditEntry.updateMany({ where: { entityId: { in: ids } }, data: { changes: {} } });
  if (user) await tx.user.delete({ where: { id: user.id } }); // cascades: sessions, feeds, coordinator rows
  await tx.person.update({
    where: { id: personId },
    data: {
      name: '',
      email: null,
      ...noPhone,
      languages: [],
      skills: [],
      organisationId: null,
      anonymisedAt: new Date(),
    },
  });
  await tx.auditEntry.create({
    data: {
      action: 'person.erase',
      entityType: 'Person',
      entityId: personId,
      changes: { reason: [null, reason] },
    },
  });
}
