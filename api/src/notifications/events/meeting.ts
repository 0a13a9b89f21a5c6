import type { Prisma } from '@naboskab/db';
import { notify } from '../notify.ts';

type MeetingEvent = 'meeting.planned' | 'meeting.moved' | 'meeting.cancelled';

/**
 * Tells the people invited to a meeting (in person, or through their organisation) that it is
 * planned, moved or cancelled. An invitation is told once: those already told about this meeting
 * are left out, so inviting twice tells nobody twice.
 */
export async function notifyMeetingInvitees(
  tx: Prisma.TransactionClient,
  meetingId: string,
  kind: MeetingEvent = 'meeting.planned',
) {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      address: true,
      onlineUrl: true,
      invitations: { select: { personId: true, organisationId: true } },
    },
  });
  const personIds = meeting.invitations.flatMap((i) => (i.personId ? [i.personId] : []));
  const organisationIds = meeting.invitations.flatMap((i) => (i.organisationId ? [i.organisationId] : []));
  const users = await tx.user.findMany({
    where: {
      OR: [{ personId: { in: personIds } }, { person: { organisationId: { in: organisationIds } } }],
      ...(kind === 'meeting.planned'
        ? { notifications: { none: { kind: 'meeting.planned', objectId: meetingId } } }
        : {}),
    },
    select: { id: true },
  });
  await notify(tx, {
    recipients: users.map((u) => u.id),
    kind,
    object: { type: 'Meeting', id: meeting.id },
    data: {
      activity: meeting.title,
      startsAt: meeting.startsAt,
      place: meeting.address ?? meeting.onlineUrl,
    },
  });
}
