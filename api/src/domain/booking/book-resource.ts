import type { Booking } from '@naboskab/db';
import { visibleResourceWhere } from '../../auth/visible-where.ts';
import { type Context, coordinates, memberPartnershipIds } from '../../context.ts';
import { fieldIssue, NotFoundError } from '../../errors.ts';
import { notifyBooking } from '../../notifications/events/booking.ts';
import { audit } from '../audit.ts';
import { checkAvailability } from '../resource/check-availability.ts';
import { BookingClashError, BookingOutsideHoursError } from './booking-errors.ts';
import { findClash, withBookingClash } from './with-booking-clash.ts';

const DAY_MS = 86_400_000;

/**
 * Books a slot of a resource the viewer may see: CONFIRMED at once, or REQUESTED when the owner
 * must approve. Refused when in the past, outside the opening hours, or overlapping a confirmed
 * booking (the database's EXCLUDE constraint decides under concurrency).
 */
export async function bookResource(
  ctx: Context,
  input: { resourceId: string; startsAt: Date; endsAt: Date; purpose: string },
): Promise<Booking> {
  const { startsAt, endsAt } = input;
  const resource = await ctx.prisma.resource.findFirst({
    where: { AND: [{ id: input.resourceId, withdrawnAt: null }, await visibleResourceWhere(ctx)] },
    include: {
      openingHours: true,
      exceptions: {
        where: {
          date: { gte: new Date(startsAt.getTime() - DAY_MS), lte: new Date(endsAt.getTime() + DAY_MS) },
        },
      },
    },
  });
  if (!resource) throw new NotFoundError();
  if (startsAt.getTime() <= Date.now()) throw fieldIssue(['input', 'startsAt'], 'booking.inPast');
  const availability = checkAvailability(resource, startsAt, endsAt);
  if (!availability.ok) throw new BookingOutsideHoursError(availability);

  // On whose behalf: the resource's own partnership when the viewer belongs to it, else theirs.
  const memberships = await memberPartnershipIds(ctx);
  const own = [...(ctx.viewer?.coordinatorOf ?? []), ...memberships];
  const partnershipId =
    coordinates(ctx, resource.partnershipId) || memberships.has(resource.partnershipId)
      ? resource.partnershipId
      : (own[0] ?? null);
  const slot = { resourceId: resource.id, startsAt, endsAt };

  return withBookingClash(ctx, slot, () =>
    ctx.prisma.$transaction(async (tx) => {
      // Waits for a withdrawal in progress (withdrawResource) and sees it once committed.
      const open = await tx.$queryRaw<unknown[]>`
        SELECT 1 FROM "Resource" WHERE id = ${resource.id}::uuid AND "withdrawnAt" IS NULL FOR SHARE`;
      if (open.length === 0) throw new NotFoundError();
      const clash = await findClash(tx, slot);
      if (clash) throw new BookingClashError(clash.startsAt, clash.endsAt);
      const booking = await tx.booking.create({
        data: {
          resourceId: resource.id,
          requestedById: ctx.viewer?.userId as string,
          partnershipId,
          purpose: input.purpose,
          startsAt,
          endsAt,
          status: resource.requiresApproval ? 'REQUESTED' : 'CONFIRMED',
        },
      });
      if (booking.status === 'REQUESTED') await notifyBooking(tx, booking.id, 'booking.requested');
      await audit(tx, ctx, {
        action: 'booking.create',
        entityType: 'Booking',
        entityId: booking.id,
        partnershipId: resource.partnershipId,
        changes: { status: [null, booking.status], startsAt: [null, startsAt], endsAt: [null, endsAt] },
      });
      return booking;
    }),
  );
}
