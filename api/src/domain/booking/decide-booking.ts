import type { Booking } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { notifyBooking } from '../../notifications/events/booking.ts';
import { audit } from '../audit.ts';
import { BookingClashError } from './booking-errors.ts';
import { findClash, withBookingClash } from './with-booking-clash.ts';

/**
 * The owner approves (CONFIRMED) or declines (DECLINED) a requested booking. Approving two
 * overlapping requests at once confirms one; the other gets the clash error from the database.
 */
export async function decideBooking(
  ctx: Context,
  bookingId: string,
  decision: 'CONFIRMED' | 'DECLINED',
): Promise<Booking> {
  const booking = await ctx.prisma.booking.findUnique({ where: { id: bookingId } });
  if (!booking) throw new NotFoundError();
  if (booking.status !== 'REQUESTED') throw new ConflictError('booking.notRequested');
  if (decision === 'CONFIRMED' && booking.startsAt.getTime() <= Date.now())
    throw new ConflictError('booking.alreadyStarted');

  return withBookingClash(ctx, booking, () =>
    ctx.prisma.$transaction(async (tx) => {
      if (decision === 'CONFIRMED') {
        const clash = await findClash(tx, booking, booking.id);
        if (clash) throw new BookingClashError(clash.startsAt, clash.endsAt);
      }
      // Only a booking still REQUESTED changes: a concurrent decision wins, this one is refused.
      const { count } = await tx.booking.updateMany({
        where: { id: booking.id, status: 'REQUESTED' },
        data: {
          status: decision,
          decidedById: ctx.viewer?.userId ?? null,
          decidedAt: new Date(),
          sequence: { increment: 1 },
        },
      });
      if (count === 0) throw new ConflictError('booking.notRequested');
      await notifyBooking(tx, booking.id, decision === 'CONFIRMED' ? 'booking.approved' : 'booking.declined');
      const resource = await tx.resource.findUniqueOrThrow({
        where: { id: booking.resourceId },
        select: { partnershipId: true },
      });
      await audit(tx, ctx, {
        action: decision === 'CONFIRMED' ? 'booking.approve' : 'booking.decline',
        entityType: 'Booking',
        entityId: booking.id,
        partnershipId: resource.partnershipId,
        changes: { status: ['REQUESTED', decision] },
      });
      return tx.booking.findUniqueOrThrow({ where: { id: booking.id } });
    }),
  );
}
