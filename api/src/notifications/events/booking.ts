import type { Prisma } from '@naboskab/db';
import { notify } from '../notify.ts';

// Bookings: the resource's title, the slot and its address; never the purpose (free text) or who
// asked. Requests and cancellations go to the resource's partnership coordinators, decisions (and
// a withdrawn resource) to the requester.

type BookingEvent =
  | 'booking.requested'
  | 'booking.approved'
  | 'booking.declined'
  | 'booking.cancelled'
  | 'booking.withdrawn';

export async function notifyBooking(tx: Prisma.TransactionClient, bookingId: string, kind: BookingEvent) {
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      requestedById: true,
      startsAt: true,
      resource: { select: { id: true, title: true, address: true, partnershipId: true } },
    },
  });
  const toOwners = kind === 'booking.requested' || kind === 'booking.cancelled';
  const recipients = toOwners
    ? (
        await tx.partnershipCoordinator.findMany({
          where: { partnershipId: booking.resource.partnershipId, userId: { not: booking.requestedById } },
          select: { userId: true },
        })
      ).map((c) => c.userId)
    : [booking.requestedById];
  await notify(tx, {
    recipients,
    kind,
    object: toOwners ? { type: 'Resource', id: booking.resource.id } : { type: 'Booking', id: bookingId },
    data: { activity: booking.resource.title, startsAt: booking.startsAt, place: booking.resource.address },
  });
}
