import type { Prisma } from '@naboskab/db';
import { fieldIssue } from '../../errors.ts';
import { lockRow } from '../lock-row.ts';

export interface Place {
  startsAt: Date;
  endsAt: Date;
  bookingId: string | null;
}

/**
 * A booked room must be a CONFIRMED booking of a resource of the same partnership that covers the
 * whole meeting, and not already linked to another meeting.
 */
export async function checkBooking(
  tx: Prisma.TransactionClient,
  partnershipId: string,
  place: Place,
  meetingId: string | null,
): Promise<void> {
  if (!place.bookingId) return;
  // Locked: of two meetings asking for the same booking at once, the second sees the first's link.
  await lockRow(tx, 'Booking', place.bookingId);
  const booking = await tx.booking.findUnique({
    where: { id: place.bookingId },
    select: {
      status: true,
      startsAt: true,
      endsAt: true,
      resource: { select: { partnershipId: true } },
      meeting: { select: { id: true } },
    },
  });
  const fits =
    booking?.status === 'CONFIRMED' &&
    booking.resource.partnershipId === partnershipId &&
    booking.startsAt <= place.startsAt &&
    booking.endsAt >= place.endsAt;
  if (!fits) throw fieldIssue(['input', 'bookingId'], 'meeting.bookingInvalid');
  if (booking.meeting && booking.meeting.id !== meetingId) {
    throw fieldIssue(['input', 'bookingId'], 'meeting.bookingTaken');
  }
}
