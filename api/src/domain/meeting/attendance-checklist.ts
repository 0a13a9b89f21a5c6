import type { Prisma, PrismaClient } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { fieldIssue } from '../../errors.ts';
import { audit } from '../audit.ts';
import { editableMeeting } from './editable-meeting.ts';
import { partnershipPeopleWhere } from './membership.ts';

export type ChecklistStatus = 'PRESENT' | 'EXCUSED' | 'ABSENT';

/** The most people one checklist holds: a partnership's meeting, all on one screen. */
export const CHECKLIST_LIMIT = 500;

/**
 * The invitees of a meeting (in person, or people of an invited organisation) and whoever was
 * recorded as present, each with PRESENT (attended), EXCUSED (answered no: "afbud") or ABSENT.
 */
export async function attendanceChecklist(prisma: PrismaClient, meetingId: string) {
  const meeting = await prisma.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      partnershipId: true,
      invitations: { select: { personId: true, organisationId: true, response: true } },
      attendances: { select: { personId: true } },
    },
  });
  const invitedPeople = meeting.invitations.flatMap((i) => (i.personId ? [i.personId] : []));
  const invitedOrganisations = meeting.invitations.flatMap((i) =>
    i.organisationId ? [i.organisationId] : [],
  );
  const people = await prisma.person.findMany({
    where: {
      ...partnershipPeopleWhere(meeting.partnershipId),
      AND: {
        OR: [
          { id: { in: [...invitedPeople, ...meeting.attendances.map((a) => a.personId)] } },
          { organisationId: { in: invitedOrganisations } },
        ],
      },
    },
    select: { id: true, name: true, organisation: { select: { id: true, name: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: CHECKLIST_LIMIT,
  });
  const present = new Set(meeting.attendances.map((a) => a.personId));
  const declined = new Set(meeting.invitations.filter((i) => i.response === 'NO').map((i) => i.personId));
  return people.map((person) => ({
    person,
    status: (present.has(person.id)
      ? 'PRESENT'
      : declined.has(person.id)
        ? 'EXCUSED'
        : 'ABSENT') as ChecklistStatus,
  }));
}

/**
 * Saves the whole checklist at once, in one transaction with the meeting row locked: present
 * people get an attendance (for their organisation when it is a member), excused ones an
 * answer "no" on their invitation, absent ones neither. Either every line is saved or none.
 */
export async function saveAttendanceChecklist(
  ctx: Context,
  meetingId: string,
  entries: { personId: string; status: ChecklistStatus }[],
) {
  const personIds = entries.map((e) => e.personId);
  if (new Set(personIds).size !== personIds.length)
    throw fieldIssue(['input', 'entries'], 'meeting.checklistDuplicate');
  return ctx.prisma.$transaction(async (tx) => {
    const meeting = await editableMeeting(tx, meetingId);
    const people = await tx.person.findMany({
      where: { id: { in: personIds }, ...partnershipPeopleWhere(meeting.partnershipId) },
      select: {
        id: true,
        organisation: {
          select: {
            id: true,
            memberships: { where: { partnershipId: meeting.partnershipId }, select: { id: true } },
          },
        },
      },
    });
    if (people.length !== personIds.length) throw fieldIssue(['input', 'entries'], 'meeting.notMember');
    const memberOrganisation = new Map(
      people.map((p) => [p.id, p.organisation?.memberships.length ? p.organisation.id : null]),
    );
    const by = (status: ChecklistStatus) => entries.filter((e) => e.status === status).map((e) => e.personId);
    await tx.attendance.deleteMany({
      where: { meetingId, personId: { in: [...by('EXCUSED'), ...by('ABSENT')] } },
    });
    await tx.attendance.createMany({
      data: by('PRESENT').map((personId) => ({
        meetingId,
        personId,
        onBehalfOfOrganisationId: memberOrganisation.get(personId) ?? null,
      })),
      skipDuplicates: true,
    });
    await setResponses(tx, meetingId, by('EXCUSED'));
    // An "afbud" taken back: the answer is no longer "no" (other answers stay as given).
    await tx.meetingInvitation.updateMany({
      where: { meetingId, personId: { in: [...by('PRESENT'), ...by('ABSENT')] }, response: 'NO' },
      data: { response: 'PENDING', respondedAt: null },
    });
    await audit(tx, ctx, {
      action: 'meeting.attendance.checklist',
      entityType: 'Meeting',
      entityId: meetingId,
      partnershipId: meeting.partnershipId,
      changes: { checklist: [null, entries] },
    });
    return meeting;
  });
}

async function setResponses(tx: Prisma.TransactionClient, meetingId: string, personIds: string[]) {
  if (personIds.length === 0) return;
  const respondedAt = new Date();
  await tx.meetingInvitation.createMany({
    data: personIds.map((personId) => ({ meetingId, personId, response: 'NO' as const, respondedAt })),
    skipDuplicates: true,
  });
  await tx.meetingInvitation.updateMany({
    where: { meetingId, personId: { in: personIds }, response: { not: 'NO' } },
    data: { response: 'NO', respondedAt },
  });
}
