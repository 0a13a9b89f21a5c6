import type { BookingStatus, Prisma } from '@naboskab/db';
import type { CalendarEvent, CalendarSource, FeedScope } from '../source.ts';

// Personal feed: the bookings the person asked for. Partnership feed: bookings made for the
// partnership. Declined and cancelled bookings stay in as CANCELLED so calendars remove them.
// A room booked for a meeting is that meeting's place: the meeting's event carries it, so the
// booking is not a second event for the same hours.
function bookingWhere(scope: FeedScope): Prisma.BookingWhereInput {
  if (scope.kind === 'partnership') return { partnershipId: scope.partnershipId, meeting: null };
  return { requestedBy: { personId: scope.personId }, meeting: null };
}

const statusOf: Record<BookingStatus, CalendarEvent['status']> = {
  REQUESTED: 'TENTATIVE',
  CONFIRMED: 'CONFIRMED',
  DECLINED: 'CANCELLED',
  CANCELLED: 'CANCELLED',
};

export const bookingSource: CalendarSource = {
  name: 'bookings',
  async events(scope, { prisma, publicUrl, since }) {
    const bookings = await prisma.booking.findMany({
      where: { ...bookingWhere(scope), endsAt: { gte: since } },
      include: { resource: { select: { id: true, title: true, address: true } } },
      orderBy: { startsAt: 'asc' },
      take: 500,
    });
    // The purpose is the requester's to read (and the resource's owners', in the app): a
    // partnership's feed, which any of its members may hold, says only what is booked when.
    const personal = scope.kind === 'personal';
    return bookings.map((b) => ({
      uid: `booking-${b.id}@naboskab.dk`,
      sequence: b.sequence,
      status: statusOf[b.status],
      summary: personal ? `${b.resource.title}: ${b.purpose}` : b.resource.title,
      description: personal ? b.purpose : undefined,
      location: b.resource.address ?? undefined,
      start: b.startsAt,
      end: b.endsAt,
      url: `${publicUrl}/ressourcer/${b.resource.id}`,
      updatedAt: b.decidedAt ?? b.createdAt,
    }));
  },
};
