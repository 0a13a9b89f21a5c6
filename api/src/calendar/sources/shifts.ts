import type { CalendarSource } from '../source.ts';

// Shifts of the opportunities a volunteer is approved for (personal feeds only: a partnership's
// feed would name no one, but shifts are the volunteers' own business).
export const shiftSource: CalendarSource = {
  name: 'shifts',
  async events(scope, { prisma, publicUrl, since }) {
    if (scope.kind !== 'personal') return [];
    const shifts = await prisma.shift.findMany({
      where: {
        endsAt: { gte: since },
        opportunity: { signUps: { some: { personId: scope.personId, status: 'APPROVED' } } },
      },
      include: {
        opportunity: {
          select: {
            id: true,
            title: true,
            updatedAt: true,
            activity: { select: { title: true, address: true, scheduleText: true } },
            contactOrganisation: { select: { name: true } },
          },
        },
      },
      orderBy: { startsAt: 'asc' },
      take: 500,
    });
    return shifts.map((s) => ({
      uid: `shift-${s.id}@naboskab.dk`,
      sequence: s.sequence,
      // Cancelled shifts stay in the feed, so calendars that hold them mark them cancelled.
      status: s.cancelledAt ? ('CANCELLED' as const) : ('CONFIRMED' as const),
      summary: `${s.opportunity.title} – ${s.opportunity.activity.title}`,
      description: `Frivilligvagt. Kontakt: ${s.opportunity.contactOrganisation.name}`,
      location: s.opportunity.activity.address ?? undefined,
      start: s.startsAt,
      end: s.endsAt,
      url: `${publicUrl}/frivillig/${s.opportunity.id}`,
      // The event changes with the shift (moved, cancelled) and with its opportunity (renamed).
      updatedAt: s.updatedAt > s.opportunity.updatedAt ? s.updatedAt : s.opportunity.updatedAt,
    }));
  },
};
