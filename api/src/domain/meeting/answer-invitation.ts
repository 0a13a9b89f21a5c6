import type { InvitationResponse, Prisma } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { NotAllowedError } from '../../errors.ts';
import { audit } from '../audit.ts';
import { editableMeeting } from './editable-meeting.ts';
import { answererWhere } from './membership.ts';

export type Answer = Exclude<InvitationResponse, 'PENDING'>;

/**
 * Records one person's answer to their invitation (in person, or through their organisation):
 * the same record whether they answer in the app or by a link in the e-mail. Answering again
 * with the same answer changes nothing. The meeting row is locked, so answers do not interleave
 * with a cancellation. Someone who has left the partnership, or whose account is deactivated,
 * is refused.
 */
export async function answerInvitation(
  tx: Prisma.TransactionClient,
  ctx: Context,
  meetingId: string,
  person: { personId: string; organisationId: string | null },
  response: Answer,
) {
  const meeting = await editableMeeting(tx, meetingId);
  const own = await tx.meetingInvitation.findFirst({ where: { meetingId, personId: person.personId } });
  const viaOrganisation =
    !own && person.organisationId
      ? await tx.meetingInvitation.count({ where: { meetingId, organisationId: person.organisationId } })
      : 0;
  if (!own && !viaOrganisation) throw new NotAllowedError('meeting.notInvited');
  if (!(await tx.person.count({ where: { id: person.personId, ...answererWhere(meeting.partnershipId) } })))
    throw new NotAllowedError('meeting.answererLeft');
  if (own?.response === response) return meeting;
  // An organisation's invitation is answered person by person: the answer becomes personal.
  const invitation = await tx.meetingInvitation.upsert({
    where: { meetingId_personId: { meetingId, personId: person.personId } },
    create: { meetingId, personId: person.personId, response, respondedAt: new Date() },
    update: { response, respondedAt: new Date() },
  });
  await audit(tx, ctx, {
    action: 'meeting.answer',
    entityType: 'MeetingInvitation',
    entityId: invitation.id,
    partnershipId: meeting.partnershipId,
    changes: { response: [own?.response ?? 'PENDING', response] },
  });
  return meeting;
}
