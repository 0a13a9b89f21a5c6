import type { Activity, Prisma, PrismaClient, Shift, VolunteerHours, VolunteerSignUp } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { addDays, copenhagenTime, startOfDayUtc } from '../time.ts';
import { createOrganisation } from './organisation.ts';
import { partnershipIdOr } from './partnership.ts';
import { createPerson } from './person-and-user.ts';
import { nextSeq } from './sequence.ts';

type Partial2<T> = Partial<T>;

export function buildActivity(
  input: Partial2<Prisma.ActivityCreateManyInput> & { partnershipId: string },
): Prisma.ActivityCreateManyInput & { id: string } {
  return {
    id: uuidv7(),
    description: 'Et åbent fællesskab for alle i området.',
    arenas: ['LEISURE_AND_COMMUNITIES'],
    targetGroups: ['SOCIALLY_VULNERABLE'],
    scheduleText: 'Tirsdage 16-18',
    weekdays: [2],
    published: true,
    ...input,
    title: input.title ?? `Fællesspisning ${nextSeq()}`,
  };
}

/** A published activity; creates a partnership when none is given. */
export async function createActivity(
  prisma: PrismaClient,
  input: Partial2<Prisma.ActivityCreateManyInput> = {},
): Promise<Activity> {
  const partnershipId = await partnershipIdOr(prisma, input.partnershipId);
  return prisma.activity.create({ data: buildActivity({ ...input, partnershipId }) });
}

export function buildOpportunity(
  input: Partial2<Prisma.VolunteerOpportunityCreateManyInput> & {
    activityId: string;
    contactOrganisationId: string;
  },
): Prisma.VolunteerOpportunityCreateManyInput & { id: string } {
  return {
    id: uuidv7(),
    title: 'Frivillig til madlavning',
    description: 'Hjælp med at lave mad og dække bord.',
    volunteersNeeded: 4,
    skillsWanted: ['madlavning'],
    published: true,
    ...input,
  };
}

export interface CreateOpportunityOptions extends Partial2<Prisma.VolunteerOpportunityCreateManyInput> {
  /** Number of weekly shifts to create from a week from now (default 3). */
  shifts?: number;
}

/** A published volunteer opportunity with weekly future shifts; creates its activity when missing. */
export async function createOpportunity(prisma: PrismaClient, options: CreateOpportunityOptions = {}) {
  const { shifts = 3, ...input } = options;
  const activityId = input.activityId ?? (await createActivity(prisma)).id;
  const contactOrganisationId = input.contactOrganisationId ?? (await createOrganisation(prisma)).id;
  const opportunity = buildOpportunity({ ...input, activityId, contactOrganisationId });
  await prisma.volunteerOpportunity.create({ data: opportunity });
  const first = addDays(startOfDayUtc(), 7);
  await prisma.shift.createMany({
    data: Array.from({ length: shifts }, (_, i) =>
      buildShift({ opportunityId: opportunity.id, date: addDays(first, 7 * i) }),
    ),
  });
  return prisma.volunteerOpportunity.findUniqueOrThrow({
    where: { id: opportunity.id },
    include: { shifts: { orderBy: { startsAt: 'asc' } } },
  });
}

/** Row data for a shift: on `date`, from `fromHour` for `hours` hours, Copenhagen time. */
export function buildShift(input: {
  opportunityId: string;
  date?: Date;
  fromHour?: number;
  hours?: number;
  startsAt?: Date;
  endsAt?: Date;
}): Prisma.ShiftCreateManyInput & { id: string } {
  const startsAt =
    input.startsAt ?? copenhagenTime(input.date ?? addDays(startOfDayUtc(), 7), input.fromHour ?? 16);
  const endsAt = input.endsAt ?? new Date(startsAt.getTime() + (input.hours ?? 2) * 3_600_000);
  return { id: uuidv7(), opportunityId: input.opportunityId, startsAt, endsAt };
}

export async function createShift(
  prisma: PrismaClient,
  input: Parameters<typeof buildShift>[0],
): Promise<Shift> {
  return prisma.shift.create({ data: buildShift(input) });
}

export function buildSignUp(
  input: Partial2<Prisma.VolunteerSignUpCreateManyInput> & { opportunityId: string },
): Prisma.VolunteerSignUpCreateManyInput & { id: string } {
  return { id: uuidv7(), status: 'APPLIED', message: '', ...input };
}

/** A sign-up; creates a volunteer person when none is given. */
export async function createSignUp(
  prisma: PrismaClient,
  input: Partial2<Prisma.VolunteerSignUpCreateManyInput> & { opportunityId: string },
): Promise<VolunteerSignUp> {
  const personId = input.personId === undefined ? (await createPerson(prisma)).id : input.personId;
  return prisma.volunteerSignUp.create({ data: buildSignUp({ ...input, personId }) });
}

export function buildVolunteerHours(
  input: Partial2<Prisma.VolunteerHoursCreateManyInput> & { activityId: string },
): Prisma.VolunteerHoursCreateManyInput & { id: string } {
  return {
    id: uuidv7(),
    date: addDays(startOfDayUtc(), -7),
    hours: '2.00',
    status: 'PENDING',
    note: '',
    ...input,
  };
}

export async function createVolunteerHours(
  prisma: PrismaClient,
  input: Partial2<Prisma.VolunteerHoursCreateManyInput> & { activityId: string },
): Promise<VolunteerHours> {
  const personId = input.personId === undefined ? (await createPerson(prisma)).id : input.personId;
  return prisma.volunteerHours.create({ data: buildVolunteerHours({ ...input, personId }) });
}
