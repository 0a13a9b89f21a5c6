import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { type IdArg, idOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import {
  attendanceChecklist,
  CHECKLIST_LIMIT,
  type ChecklistStatus,
  saveAttendanceChecklist,
} from '../../domain/meeting/attendance-checklist.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../../errors.ts';
import { MeetingRef } from './meeting.ts';

// The attendance checklist: every invitee on one screen, marked present, excused ("afbud") or
// absent, saved in one mutation. A plain list, not a connection: it is read and saved whole.

const statuses = ['PRESENT', 'EXCUSED', 'ABSENT'] as const;
const ChecklistStatusEnum = builder.enumType('AttendanceStatus', { values: statuses });

type Row = Awaited<ReturnType<typeof attendanceChecklist>>[number];

const ChecklistRowRef = builder.objectRef<Row>('AttendanceChecklistRow').implement({
  fields: (t) => ({
    // As MeetingPerson.id: a Person global ID, which the save takes back.
    personId: t.id({ resolve: (row) => encodeGlobalID('Person', row.person.id) }),
    name: t.string({ resolve: (row) => row.person.name }),
    organisationName: t.string({ nullable: true, resolve: (row) => row.person.organisation?.name ?? null }),
    status: t.field({ type: ChecklistStatusEnum, resolve: (row) => row.status }),
  }),
});

builder.prismaObjectFields(MeetingRef, (t) => ({
  attendanceChecklist: t.field({
    type: [ChecklistRowRef],
    description: `Invitees and attendees with their attendance, by name (at most ${CHECKLIST_LIMIT}).`,
    authScopes: (meeting) => ({ coordinatorOf: meeting.partnershipId }),
    resolve: (meeting, _args, ctx) => attendanceChecklist(ctx.prisma, meeting.id),
  }),
}));

const EntryInput = builder.inputType('AttendanceChecklistEntryInput', {
  fields: (t) => ({
    personId: t.globalID({ required: true }),
    status: t.field({ type: ChecklistStatusEnum, required: true }),
  }),
});

const SaveInput = builder.inputType('SaveAttendanceChecklistInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    entries: t.field({ type: [EntryInput], required: true }),
  }),
});

builder.mutationField('saveAttendanceChecklist', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Saves present / excused / absent for many people at once: all lines or none.',
    args: { input: t.arg({ type: SaveInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'SaveAttendanceChecklistResult' },
      result: { name: 'SaveAttendanceChecklistSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      const { entries } = parseInput(
        z.object({
          entries: z
            .array(z.object({ personId: z.unknown(), status: z.enum(statuses) }))
            .min(1, { error: 'field.required' })
            .max(CHECKLIST_LIMIT),
        }),
        args.input,
      );
      return saveAttendanceChecklist(
        ctx,
        meetingId,
        entries.map((e) => ({
          personId: idOf(ctx, e.personId as IdArg, 'Person', 'input.entries'),
          status: e.status satisfies ChecklistStatus,
        })),
      );
    },
  }),
);
