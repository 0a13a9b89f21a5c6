import type { Context } from '../../context.ts';
import { audit } from '../audit.ts';
import { checkBooking } from './check-place.ts';

export interface MeetingFields {
  title: string;
  startsAt: Date;
  endsAt: Date;
  address: string | null;
  onlineUrl: string | null;
  bookingId: string | null;
}

export function planMeeting(ctx: Context, partnershipId: string, fields: MeetingFields) {
  return ctx.prisma.$transaction(async (tx) => {
    await checkBooking(tx, partnershipId, fields, null);
    const meeting = await tx.meeting.create({
      data: { ...fields, partnershipId, timeZone: 'Europe/Copenhagen' },
    });
    await audit(tx, ctx, {
      action: 'meeting.plan',
      entityType: 'Meeting',
      entityId: meeting.id,
      partnershipId,
      changes: { title: [null, fields.title], startsAt: [null, fields.startsAt] },
    });
    return meeting;
  });
}
