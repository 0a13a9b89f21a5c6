import type { MeetingStatus, Prisma } from '@naboskab/db';
import { fieldIssue, NotAllowedError, NotFoundError } from '../../errors.ts';
import type { MessageKey } from '../../i18n.ts';
import { lockRow } from '../lock-row.ts';
import { partnershipPeopleWhere } from './membership.ts';

/**
 * Locks the meeting row for the rest of the transaction (agenda positions, minutes and lists
 * change one writer at a time) and checks it is still PLANNED: a closed meeting's record is final.
 */
export function editableMeeting(tx: Prisma.TransactionClient, meetingId: string) {
  return lockedMeetingIn(tx, meetingId, 'PLANNED', 'meeting.notPlanned');
}

/**
 * The meeting, read after its row is locked, and only while its status is `status` (else
 * `refused`): whatever else changes it at the same moment is over, and seen by the check.
 */
export async function lockedMeetingIn(
  tx: Prisma.TransactionClient,
  meetingId: string,
  status: MeetingStatus,
  refused: MessageKey,
) {
  await lockRow(tx, 'Meeting', meetingId);
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting) throw new NotFoundError();
  if (meeting.status !== status) throw new NotAllowedError(refused);
  return meeting;
}

/** A person given as owner, invitee or attendee must belong to the partnership. */
export async function assertMember(
  tx: Prisma.TransactionClient,
  partnershipId: string,
  personId: string,
  path: string,
): Promise<void> {
  const found = await tx.person.count({ where: { id: personId, ...partnershipPeopleWhere(partnershipId) } });
  if (!found) throw fieldIssue(['input', path], 'meeting.notMember');
}

export async function assertAgendaItemOf(
  tx: Prisma.TransactionClient,
  meetingId: string,
  agendaItemId: string | null,
): Promise<void> {
  if (!agendaItemId) return;
  const found = await tx.agendaItem.count({ where: { id: agendaItemId, meetingId } });
  if (!found) throw fieldIssue(['input', 'agendaItemId'], 'meeting.agendaItemElsewhere');
}
