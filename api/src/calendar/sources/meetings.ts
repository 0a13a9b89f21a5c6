import type { Prisma } from '@naboskab/db';
import { memberPartnershipWhere } from '../../domain/meeting/membership.ts';
import { meetingPlaceText } from '../../domain/place-text.ts';
import type { CalendarEvent, CalendarSource, FeedScope } from '../source.ts';

// Meetings of the partnership (partnership feed), or meetings the person is invited to or
// whose partnership they coordinate / belong to (personal feed).
function meetingWhere(scope: FeedScope): Prisma.MeetingWhereInput {
  if (scope.kind === 'partnership') return { partnershipId: scope.partnershipId };
  return {
    OR: [
      { invitations: { some: { personId: scope.personId } } },
      { partnership: memberPartnershipWhere(scope.personId) },
    ],
  };
}

/** What `meetingEvent` reads of a meeting. */
export const meetingEventSelect = {
  id: true,
  title: true,
  status: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  address: true,
  onlineUrl: true,
  updatedAt: true,
  partnership: { select: { name: true } },
  booking: { select: { resource: { select: { title: true, address: true } } } },
} satisfies Prisma.MeetingSelect;

/** A meeting as a calendar event, for the feeds and the invitations alike. */
export function meetingEvent(
  m: Prisma.MeetingGetPayload<{ select: typeof meetingEventSelect }>,
  publicUrl: string,
): CalendarEvent {
  return {
    uid: `meeting-${m.id}@naboskab.dk`,
    sequence: m.sequence,
    status: m.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    summary: m.title,
    description: m.partnership.name,
    location: meetingPlaceText(m) ?? undefined,
    start: m.startsAt,
    end: m.endsAt,
    url: `${publicUrl}/moeder/${m.id}`,
    updatedAt: m.updatedAt,
  };
}

export const meetingSource: CalendarSource = {
  name: 'meetings',
  async events(scope, { prisma, publicUrl, since }) {
    const meetings = await prisma.meeting.findMany({
      where: { ...meetingWhere(scope), endsAt: { gte: since } },
      select: meetingEventSelect,
      orderBy: { startsAt: 'asc' },
      take: 500,
    });
    return meetings.map((m) => meetingEvent(m, publicUrl));
  },
};
