import type { Prisma } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { notifyMeetingInvitees } from '../../notifications/events/meeting.ts';
import { audit } from '../audit.ts';

/**
 * Invites people and member organisations to a meeting the caller has locked (editableMeeting)
 * and checked them against; inviting someone twice changes nothing and tells nobody twice.
 */
export async function inviteToMeeting(
  tx: Prisma.TransactionClient,
  ctx: Context,
  meeting: { id: string; partnershipId: string },
  invitees: { personIds: string[]; organisationIds: string[] },
) {
  await tx.meetingInvitation.createMany({
    data: [
      ...invitees.personIds.map((personId) => ({ meetingId: meeting.id, personId })),
      ...invitees.organisationIds.map((organisationId) => ({ meetingId: meeting.id, organisationId })),
    ],
    skipDuplicates: true,
  });
  await notifyMeetingInvitees(tx, meeting.id);
  await audit(tx, ctx, {
    action: 'meeting.invite',
    entityType: 'Meeting',
    entityId: meeting.id,
    partnershipId: meeting.partnershipId,
    changes: { invited: [null, invitees] },
  });
}

/** Everyone of one kind in the partnership: its member organisations, or their contact people. */
export async function everyoneToInvite(
  tx: Prisma.TransactionClient,
  partnershipId: string,
  who: 'MEMBER_ORGANISATIONS' | 'CONTACT_PEOPLE',
) {
  const members = await tx.partnershipMember.findMany({
    where: { partnershipId },
    select: { organisationId: true, contactPerson: { select: { id: true, anonymisedAt: true } } },
  });
  if (who === 'MEMBER_ORGANISATIONS') {
    return { personIds: [], organisationIds: members.map((m) => m.organisationId) };
  }
  const people = members.flatMap((m) =>
    m.contactPerson && !m.contactPerson.anonymisedAt ? [m.contactPerson.id] : [],
  );
  return { personIds: [...new Set(people)], organisationIds: [] };
}
