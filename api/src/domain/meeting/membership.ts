import type { Prisma } from '@naboskab/db';

/** Partnerships a person belongs to: as coordinator, contact person or person of a member organisation. */
export function memberPartnershipWhere(personId: string): Prisma.PartnershipWhereInput {
  return {
    OR: [
      { coordinators: { some: { user: { personId } } } },
      {
        members: {
          some: {
            OR: [{ contactPersonId: personId }, { organisation: { people: { some: { id: personId } } } }],
          },
        },
      },
    ],
  };
}

/** People who belong to a partnership (possible owners, invitees and attendees). */
export function partnershipPeopleWhere(partnershipId: string): Prisma.PersonWhereInput {
  return {
    anonymisedAt: null,
    OR: [
      { user: { coordinates: { some: { partnershipId } } } },
      { contactFor: { some: { partnershipId } } },
      { organisation: { memberships: { some: { partnershipId } } } },
    ],
  };
}

/**
 * Who may still answer an invitation to a partnership's meeting: its people, without a
 * deactivated account. Someone who has left answers no more, in the app or by an e-mail's link.
 */
export function answererWhere(partnershipId: string): Prisma.PersonWhereInput {
  return { ...partnershipPeopleWhere(partnershipId), NOT: { user: { disabledAt: { not: null } } } };
}

/** Today's date in Copenhagen as a UTC-midnight Date, comparable with @db.Date columns. */
export function copenhagenToday(now = new Date()): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
  return new Date(`${day}T00:00:00.000Z`);
}
