import type { Prisma, PrismaClient } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { addDays, copenhagenTime, startOfDayUtc } from '../time.ts';
import { partnershipIdOr } from './partnership.ts';
import { createPerson } from './person-and-user.ts';
import { nextSeq } from './sequence.ts';

type Input<T> = Partial<T>;
type MeetingRow = Prisma.MeetingCreateManyInput & { id: string };

export interface AgendaInput {
  title: string;
  description?: string;
  durationMinutes?: number | null;
  ownerPersonId?: string | null;
}
export interface InvitationInput {
  personId?: string | null;
  organisationId?: string | null;
  response?: Prisma.MeetingInvitationCreateManyInput['response'];
  respondedAt?: Date | null;
}
export interface CreateMeetingOptions extends Input<Prisma.MeetingCreateManyInput> {
  agenda?: AgendaInput[];
  invitations?: InvitationInput[];
}

/** Row data for a meeting: by default a week from today, 17:00-19:00 Copenhagen time, PLANNED. */
export function buildMeeting(
  input: Input<Prisma.MeetingCreateManyInput> & { partnershipId: string },
): MeetingRow {
  const date = addDays(startOfDayUtc(), 7);
  const startsAt = input.startsAt ?? copenhagenTime(date, 17);
  return {
    id: uuidv7(),
    status: 'PLANNED',
    timeZone: 'Europe/Copenhagen',
    address: 'Beboerhuset, Testvej 1, 8220 Brabrand',
    ...input,
    title: input.title ?? `Partnerskabsmøde ${nextSeq()}`,
    startsAt,
    endsAt: input.endsAt ?? new Date(new Date(startsAt).getTime() + 2 * 3_600_000),
  };
}

export function buildAgendaItem(
  input: AgendaInput & { meetingId: string; position: number },
): Prisma.AgendaItemCreateManyInput & { id: string } {
  return { id: uuidv7(), description: '', ...input };
}

export function buildInvitation(
  input: InvitationInput & { meetingId: string },
): Prisma.MeetingInvitationCreateManyInput & { id: string } {
  return { id: uuidv7(), response: 'PENDING', ...input };
}

const meetingInclude = { agendaItems: { orderBy: { position: 'asc' } }, invitations: true } as const;

/** A meeting with its agenda items (positions 1…n) and invitations. */
export async function createMeeting(prisma: PrismaClient, options: CreateMeetingOptions = {}) {
  const {
    agenda = [{ title: 'Velkomst' }, { title: 'Status på aktiviteterne' }, { title: 'Eventuelt' }],
    invitations = [],
    ...input
  } = options;
  const meeting = buildMeeting({
    ...input,
    partnershipId: await partnershipIdOr(prisma, input.partnershipId),
  });
  await prisma.meeting.create({ data: meeting });
  await prisma.agendaItem.createMany({
    data: agenda.map((item, i) => buildAgendaItem({ ...item, meetingId: meeting.id, position: i + 1 })),
  });
  await prisma.meetingInvitation.createMany({
    data: invitations.map((inv) => buildInvitation({ ...inv, meetingId: meeting.id })),
  });
  return prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id }, include: meetingInclude });
}

export function createAgendaItem(
  prisma: PrismaClient,
  input: AgendaInput & { meetingId: string; position: number },
) {
  return prisma.agendaItem.create({ data: buildAgendaItem(input) });
}

export function createInvitation(prisma: PrismaClient, input: InvitationInput & { meetingId: string }) {
  return prisma.meetingInvitation.create({ data: buildInvitation(input) });
}

export function createAttendance(prisma: PrismaClient, input: Prisma.AttendanceCreateManyInput) {
  return prisma.attendance.create({ data: { id: uuidv7(), ...input } });
}

export function buildMinutes(
  input: Input<Prisma.MinutesCreateManyInput> & { meetingId: string },
): Prisma.MinutesCreateManyInput & { id: string } {
  return { id: uuidv7(), text: 'Referat: punktet blev drøftet.', version: 1, ...input };
}

export function createMinutes(
  prisma: PrismaClient,
  input: Input<Prisma.MinutesCreateManyInput> & { meetingId: string },
) {
  return prisma.minutes.create({ data: buildMinutes(input) });
}

export function buildDecision(
  input: Input<Prisma.DecisionCreateManyInput> & { meetingId: string },
): Prisma.DecisionCreateManyInput & { id: string } {
  return { id: uuidv7(), text: 'Partnerskabet beslutter at fortsætte som planlagt.', ...input };
}

export function createDecision(
  prisma: PrismaClient,
  input: Input<Prisma.DecisionCreateManyInput> & { meetingId: string },
) {
  return prisma.decision.create({ data: buildDecision(input) });
}

export function buildActionItem(
  input: Input<Prisma.ActionItemCreateManyInput> & { meetingId: string; ownerPersonId: string },
): Prisma.ActionItemCreateManyInput & { id: string } {
  return { id: uuidv7(), description: 'Følg op til næste møde.', status: 'OPEN', ...input };
}

/** An action item; creates an owner person when none is given. */
export async function createActionItem(
  prisma: PrismaClient,
  input: Input<Prisma.ActionItemCreateManyInput> & { meetingId: string },
) {
  const ownerPersonId = input.ownerPersonId ?? (await createPerson(prisma)).id;
  return prisma.actionItem.create({ data: buildActionItem({ ...input, ownerPersonId }) });
}
