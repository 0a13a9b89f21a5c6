import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { notifyBooking } from '../../notifications/events/booking.ts';
import { audit } from '../audit.ts';

/**
 * Withdraws a resource offered by mistake: it leaves the lists and cannot be booked, its bookings
 * that have not ended are cancelled and their requesters told. The row stays, so the history and
 * past bookings keep it. The conditional update takes the row lock that bookResource's
 * `FOR SHARE` waits for, so no booking slips in after the cancellations.
 */
export async function withdrawResource(ctx: Context, id: string): Promise<void> {
  await ctx.prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.resource.updateMany({
      where: { id, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    const resource = await tx.resource.findUnique({
      where: { id },
      select: { partnershipId: true, title: true },
    });
    if (!resource) throw new NotFoundError();
    if (count === 0) throw new ConflictError('resource.alreadyWithdrawn');
    const bookings = await tx.booking.findMany({
      where: { resourceId: id, status: { in: ['REQUESTED', 'CONFIRMED'] }, endsAt: { gt: now } },
      select: { id: true, status: true },
    });
    await tx.booking.updateMany({
      where: { id: { in: bookings.map((b) => b.id) } },
      data: { status: 'CANCELLED', sequence: { increment: 1 } },
    });
    for (const booking of bookings) {
      await notifyBooking(tx, booking.id, 'booking.withdrawn');
      await audit(tx, ctx, {
        action: 'booking.cancel',
        entityType: 'Booking',
        entityId: booking.id,
        partnershipId: resource.partnershipId,
        changes: { status: [booking.status, 'CANCELLED'] },
      });
    }
    await audit(tx, ctx, {
      action: 'resource.withdraw',
      entityType: 'Resource',
      entityId: id,
      partnershipId: resource.partnershipId,
      changes: { title: [resource.title, null], cancelledBookings: [null, bookings.length] },
    });
  });
}
