import type { Booking } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { notifyBooking } from '../../notifications/events/booking.ts';
import { audit } from '../audit.ts';

/** The requester cancels their own requested or confirmed booking before it ends. */
export async function cancelBooking(ctx: Context, bookingId: string): Promise<Booking> {
  const userId = ctx.viewer?.userId;
  if (!userId) throw new NotFoundError();
  return ctx.prisma.$transaction(async (tx) => {
    // Someone else's booking is not found: the same answer as a missing one.
    const booking = await tx.booking.findFirst({
      where: { id: bookingId, requestedById: userId },
      include: { resource: { select: { partnershipId: true } } },
    });
    if (!booking) throw new NotFoundError();
    if (booking.endsAt.getTime() <= Date.now()) throw new ConflictError('booking.alreadyStarted');
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: { in: ['REQUESTED', 'CONFIRMED'] } },
      data: { status: 'CANCELLED', sequence: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError('booking.notCancellable');
    await notifyBooking(tx, booking.id, 'booking.cancelled');
    await audit(tx, ctx, {
      action: 'booking.cancel',
      entityType: 'Booking',
      entityId: booking.id,
      partnershipId: booking.resource.partnershipId,
      changes: { status: [booking.status, 'CANCELLED'] },
    });
    const { resource: _resource, ...rest } = booking;
    return { ...rest, status: 'CANCELLED' as const, sequence: booking.sequence + 1 };
  });
}
