import type { Prisma } from '@naboskab/db';
import { meetingEvent, meetingEventSelect } from '../../calendar/sources/meetings.ts';
import { issueAnswerToken } from '../../domain/meeting/answer-token.ts';
import { answererWhere } from '../../domain/meeting/membership.ts';
import type { InvitationEvent } from '../../mail/kinds/meeting-invitation.tsx';
import { enqueueEmail } from '../../mail/outbox.ts';
import { notify } from '../notify.ts';

/**
 * The accounts of a meeting's invitees: people invited in person, and people of invited
 * organisations, while they are still the partnership's people with an account that works. One
 * who has left is told nothing more about its meetings (and their answer link is refused).
 */
export function inviteeUsersWhere(
  partnershipId: string,
  invitations: { personId: string | null; organisationId: string | null }[],
): Prisma.UserWhereInput {
  const personIds = invitations.flatMap((i) => (i.personId ? [i.personId] : []));
  const organisationIds = invitations.flatMap((i) => (i.organisationId ? [i.organisationId] : []));
  return {
    OR: [{ personId: { in: personIds } }, { person: { organisationId: { in: organisationIds } } }],
    person: answererWhere(partnershipId),
  };
}

type MeetingEvent = 'meeting.planned' | 'meeting.moved' | 'meeting.cancelled';

/**
 * Tells the people invited to a meeting (in person, or through their organisation) that it is
 * planned, moved or cancelled. An invitation is told once: those already told about this meeting
 * are left out, so inviting twice tells nobody twice. The e-mail carries the meeting as an iTIP
 * REQUEST (or CANCEL) with the meeting's stable UID and current SEQUENCE, and answer links.
 */
export async function notifyMeetingInvitees(
  tx: Prisma.TransactionClient,
  meetingId: string,
  kind: MeetingEvent = 'meeting.planned',
) {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      ...meetingEventSelect,
      partnershipId: true,
      invitations: { select: { personId: true, organisationId: true } },
    },
  });
  const users = await tx.user.findMany({
    where: {
      ...inviteeUsersWhere(meeting.partnershipId, meeting.invitations),
      ...(kind === 'meeting.planned'
        ? { notifications: { none: { kind: 'meeting.planned', objectId: meetingId } } }
        : {}),
    },
    select: { id: true, personId: true, person: { select: { name: true } } },
  });
  const event = meetingEvent(meeting, '');
  const cancelled = kind === 'meeting.cancelled';
  const invitationEvent = {
    method: cancelled ? 'CANCEL' : 'REQUEST',
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    description: event.description ?? null,
    location: event.location ?? null,
    start: event.start.toISOString(),
    end: event.end.toISOString(),
    url: event.url,
    updatedAt: event.updatedAt.toISOString(),
  } satisfies Omit<InvitationEvent, 'attendee'>;
  const data = { activity: meeting.title, startsAt: meeting.startsAt, place: event.location };
  await notify(tx, {
    recipients: users.map((u) => u.id),
    kind,
    object: { type: 'Meeting', id: meeting.id },
    data,
    email: async (recipient) => {
      const user = users.find((u) => u.id === recipient.id);
      if (!user) throw new Error('notify asked about a user it was not given');
      const token = cancelled ? null : await issueAnswerToken(tx, meeting.id, user.personId);
      await enqueueEmail(tx, {
        to: recipient.email,
        locale: recipient.locale,
        kind: 'meeting.invitation',
        data: {
          kind,
          activity: data.activity,
          startsAt: data.startsAt.toISOString(),
          place: data.place ?? null,
          path: event.url,
          userId: recipient.id,
          answerPath: token ? `/moeder/svar/${token}` : null,
          event: { ...invitationEvent, attendee: { name: user.person.name, email: recipient.email } },
        },
      });
    },
  });
}
