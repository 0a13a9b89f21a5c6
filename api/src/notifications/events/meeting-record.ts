import type { Prisma } from '@naboskab/db';
import { partnershipPeopleWhere } from '../../domain/meeting/membership.ts';
import { meetingPlaceText } from '../../domain/place-text.ts';
import { notify } from '../notify.ts';
import { inviteeUsersWhere } from './meeting.ts';

const meetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  address: true,
  onlineUrl: true,
  partnershipId: true,
  booking: { select: { resource: { select: { title: true, address: true } } } },
  invitations: { select: { personId: true, organisationId: true } },
} satisfies Prisma.MeetingSelect;

type Meeting = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

/** What the notice names: the meeting, its time and place, never its agenda or minutes text. */
function noticeOf(meeting: Meeting, kind: 'meeting.agenda' | 'meeting.minutes') {
  return {
    kind,
    object: { type: 'Meeting', id: meeting.id },
    data: {
      activity: meeting.title,
      startsAt: meeting.startsAt,
      place: meetingPlaceText(meeting),
    },
  };
}

/** The coordinator sends the agenda: every invitee is told it is ready (each time it is sent). */
export async function notifyAgendaSent(tx: Prisma.TransactionClient, meetingId: string) {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: meetingSelect });
  const users = await tx.user.findMany({
    where: inviteeUsersWhere(meeting.partnershipId, meeting.invitations),
    select: { id: true },
  });
  await notify(tx, { recipients: users.map((u) => u.id), ...noticeOf(meeting, 'meeting.agenda') });
}

/**
 * The meeting is closed, so its minutes are final: those who attended and the partnership's
 * people are told, once per meeting (closing again after a reopening tells nobody twice).
 */
export async function notifyMinutesPublished(tx: Prisma.TransactionClient, meetingId: string) {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: meetingSelect });
  const users = await tx.user.findMany({
    where: {
      disabledAt: null,
      person: {
        OR: [{ attendances: { some: { meetingId } } }, partnershipPeopleWhere(meeting.partnershipId)],
      },
      notifications: { none: { kind: 'meeting.minutes', objectId: meetingId } },
    },
    select: { id: true },
  });
  await notify(tx, { recipients: users.map((u) => u.id), ...noticeOf(meeting, 'meeting.minutes') });
}
