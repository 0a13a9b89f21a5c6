import type { Context } from '../../context.ts';
import { NotAllowedError, NotFoundError } from '../../errors.ts';
import { notifyMeetingInvitees } from '../../notifications/events/meeting.ts';
import { audit, changedFields } from '../audit.ts';
import { checkBooking } from './check-place.ts';
import type { MeetingFields } from './plan-meeting.ts';

// A calendar client replaces its copy of an event only when SEQUENCE rises: bump it whenever the
// time or the place changes (RFC 5545 §3.8.7.4).
const calendarFields = ['startsAt', 'endsAt', 'address', 'onlineUrl', 'bookingId'] as const;

export function updateMeeting(ctx: Context, meetingId: string, fields: MeetingFields) {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id: meetingId } });
    if (!before) throw new NotFoundError();
    if (before.status !== 'PLANNED') throw new NotAllowedError('meeting.notPlanned');
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

/** CLOSED (minutes final, readable by members) or CANCELLED (SEQUENCE bumped, STATUS:CANCELLED). */
export function endMeeting(ctx: Context, meetingId: string, status: 'CLOSED' | 'CANCELLED') {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id: meetingId } });
    if (!before) throw new NotFoundError();
    if (before.status !== 'PLANNED') throw new NotAllowedError('meeting.notPlanned');
    const meeting = await tx.meeting.update({
      where: { id: meetingId },
      data: status === 'CLOSED' ? { status, closedAt: new Date() } : { status, sequence: { increment: 1 } },
    });
    if (status === 'CANCELLED') await notifyMeetingInvitees(tx, meetingId, 'meeting.cancelled');
    await audit(tx, ctx, {
      action: status === 'CLOSED' ? 'meeting.close' : 'meeting.cancel',
      entityType: 'Meeting',
      entityId: meetingId,
      partnershipId: before.partnershipId,
      changes: { status: [before.status, status] },
    });
    return meeting;
  });
}
