import type { Context } from '../../context.ts';
import { NotAllowedError } from '../../errors.ts';
import { notifyMeetingInvitees } from '../../notifications/events/meeting.ts';
import { notifyMinutesPublished } from '../../notifications/events/meeting-record.ts';
import { audit, changedFields } from '../audit.ts';
import { checkBooking } from './check-place.ts';
import { editableMeeting, lockedMeetingIn } from './editable-meeting.ts';
import type { MeetingFields } from './plan-meeting.ts';

// A calendar client replaces its copy of an event only when SEQUENCE rises: bump it whenever the
// time or the place changes (RFC 5545 §3.8.7.4).
const calendarFields = ['startsAt', 'endsAt', 'address', 'onlineUrl', 'bookingId'] as const;

export function updateMeeting(ctx: Context, meetingId: string, fields: MeetingFields) {
  return ctx.prisma.$transaction(async (tx) => {
    // Locked: a cancellation or closing at the same moment waits for this change or refuses it.
    const before = await editableMeeting(tx, meetingId);
    await checkBooking(tx, before.partnershipId, fields, meetingId);
    const changes = changedFields(before, fields);
    const moved = calendarFields.some((field) => field in changes);
    const meeting = await tx.meeting.update({
      where: { id: meetingId },
      data: { ...fields, ...(moved ? { sequence: { increment: 1 } } : {}) },
    });
    if (moved) await notifyMeetingInvitees(tx, meetingId, 'meeting.moved');
    await audit(tx, ctx, {
      action: 'meeting.update',
      entityType: 'Meeting',
      entityId: meetingId,
      partnershipId: before.partnershipId,
      changes,
    });
    return meeting;
  });
}

const statusChanges = {
  // Minutes final and readable by members; only once the meeting has begun.
  CLOSED: { from: 'PLANNED', refused: 'meeting.notPlanned', action: 'meeting.close' },
  // SEQUENCE bumped, so calendar feeds show STATUS:CANCELLED.
  CANCELLED: { from: 'PLANNED', refused: 'meeting.notPlanned', action: 'meeting.cancel' },
  // Closed by mistake: back to planned, the record editable again.
  PLANNED: { from: 'CLOSED', refused: 'meeting.notClosed', action: 'meeting.reopen' },
} as const;

/**
 * Closes, cancels or reopens a meeting. The row is locked before it is read, so the checks (its
 * status, and for closing that it has begun) see any edit or status change at the same moment.
 */
export function setMeetingStatus(ctx: Context, meetingId: string, status: keyof typeof statusChanges) {
  const change = statusChanges[status];
  return ctx.prisma.$transaction(async (tx) => {
    const before = await lockedMeetingIn(tx, meetingId, change.from, change.refused);
    if (status === 'CLOSED' && before.startsAt > new Date())
      throw new NotAllowedError('meeting.closeInFuture');
    const data =
      status === 'CLOSED'
        ? { status, closedAt: new Date() }
        : status === 'PLANNED'
          ? { status, closedAt: null }
          : { status, sequence: { increment: 1 } };
    const meeting = await tx.meeting.update({ where: { id: meetingId }, data });
    if (status === 'CANCELLED') await notifyMeetingInvitees(tx, meetingId, 'meeting.cancelled');
    if (status === 'CLOSED') await notifyMinutesPublished(tx, meetingId);
    await audit(tx, ctx, {
      action: change.action,
      entityType: 'Meeting',
      entityId: meetingId,
      partnershipId: before.partnershipId,
      changes: { status: [before.status, status] },
    });
    return meeting;
  });
}
