import type { Booking, Prisma, PrismaClient } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { addDays, copenhagenTime, startOfDayUtc } from '../time.ts';
import { createOrganisation } from './organisation.ts';
import { partnershipIdOr } from './partnership.ts';
import { createUser } from './person-and-user.ts';

export interface OpeningHoursInput {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Minutes after local midnight. */
  opensAt: number;
  closesAt: number;
}

export interface CreateResourceOptions extends Partial<Prisma.ResourceCreateManyInput> {
  openingHours?: OpeningHoursInput[];
}

/** Monday-Friday 09:00-21:00. */
export const WEEKDAY_HOURS: OpeningHoursInput[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opensAt: 540,
  closesAt: 1260,
}));

export function buildResource(
  input: Partial<Prisma.ResourceCreateManyInput> & { partnershipId: string; ownerOrganisationId: string },
): Prisma.ResourceCreateManyInput & { id: string } {
  return {
    id: uuidv7(),
    kind: 'ROOM',
    title: 'Fælleslokalet i beboerhuset',
    description: 'Lokale til 40 personer med køkken og projektor.',
    capacity: 40,
    audience: 'PARTNERSHIP',
    requiresApproval: true,
    ...input,
  };
}

export function buildOpeningHours(
  input: OpeningHoursInput & { resourceId: string },
): Prisma.ResourceOpeningHoursCreateManyInput & { id: string } {
  return { id: uuidv7(), ...input };
}

/** A resource (a common room by default, open on weekdays) with its weekly opening hours. */
export async function createResource(prisma: PrismaClient, options: CreateResourceOptions = {}) {
  const { openingHours = WEEKDAY_HOURS, ...input } = options;
  const partnershipId = await partnershipIdOr(prisma, input.partnershipId);
  const ownerOrganisationId =
    input.ownerOrganisationId ?? (await createOrganisation(prisma, { kind: 'HOUSING_ORGANISATION' })).id;
  const resource = buildResource({ ...input, partnershipId, ownerOrganisationId });
  await prisma.resource.create({ data: resource });
  await prisma.resourceOpeningHours.createMany({
    data: openingHours.map((h) => buildOpeningHours({ ...h, resourceId: resource.id })),
  });
  return prisma.resource.findUniqueOrThrow({ where: { id: resource.id }, include: { openingHours: true } });
}

export function createResourceException(
  prisma: PrismaClient,
  input: Partial<Prisma.ResourceExceptionCreateManyInput> & { resourceId: string; date: Date },
) {
  return prisma.resourceException.create({ data: { id: uuidv7(), closed: true, note: 'Lukket', ...input } });
}

export function buildBooking(
  input: Partial<Prisma.BookingCreateManyInput> & { resourceId: string; requestedById: string },
): Prisma.BookingCreateManyInput & { id: string } {
  const startsAt = input.startsAt ?? copenhagenTime(addDays(startOfDayUtc(), 3), 10);
  return {
    id: uuidv7(),
    purpose: 'Møde i partnerskabet',
    status: 'REQUESTED',
    ...input,
    startsAt,
    endsAt: input.endsAt ?? new Date(new Date(startsAt).getTime() + 2 * 3_600_000),
  };
}

/** A booking (REQUESTED, in three days 10-12 by default); creates resource and requester when missing. */
export async function createBooking(
  prisma: PrismaClient,
  input: Partial<Prisma.BookingCreateManyInput> = {},
): Promise<Booking> {
  const resource = input.resourceId
    ? await prisma.resource.findUniqueOrThrow({ where: { id: input.resourceId } })
    : await createResource(prisma, input.partnershipId ? { partnershipId: input.partnershipId } : {});
  const requestedById = input.requestedById ?? (await createUser(prisma, { role: 'COORDINATOR' })).user.id;
  return prisma.booking.create({
    data: buildBooking({
      partnershipId: resource.partnershipId,
      ...input,
      resourceId: resource.id,
      requestedById,
    }),
  });
}
