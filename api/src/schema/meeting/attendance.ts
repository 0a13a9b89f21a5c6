import { idOf, optionalIdOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { audit } from '../../domain/audit.ts';
import { assertMember, editableMeeting } from '../../domain/meeting/editable-meeting.ts';
import { fieldIssue, InputValidationError, NotAllowedError, NotFoundError } from '../../errors.ts';
import { MeetingRef } from './meeting.ts';
import { MeetingPersonRef } from './person.ts';

builder.prismaObject('Attendance', {
  // Only the asked columns (exposed fields add theirs), as for every type on a list path.
  select: { id: true },
  description: 'A person who came to the meeting, on behalf of an organisation.',
  fields: (t) => ({
    id: t.globalID({ resolve: (a) => ({ type: 'Attendance', id: a.id }) }),
    person: t.relation('person', { type: MeetingPersonRef }),
    onBehalfOf: t.relation('onBehalfOf', { nullable: true }),
  }),
});

builder.prismaObjectField(MeetingRef, 'attendances', (t) =>
  t.relatedConnection('attendances', {
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ person: { name: 'asc' } }, { id: 'asc' }] },
  }),
);

const RecordAttendanceInput = builder.inputType('RecordAttendanceInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    personId: t.globalID({ required: true }),
    onBehalfOfOrganisationId: t.globalID({ description: 'A member organisation.' }),
  }),
});

const AttendanceIdInput = builder.inputType('AttendanceIdInput', {
  fields: (t) => ({ attendanceId: t.globalID({ required: true }) }),
});

builder.mutationField('recordAttendance', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Records that a person came (again: changes the organisation they came for).',
    args: { input: t.arg({ type: RecordAttendanceInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'RecordAttendanceResult' },
      result: { name: 'RecordAttendanceSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      const personId = idOf(ctx, args.input.personId, 'Person', 'input.personId');
      const organisationId = optionalIdOf(
        ctx,
        args.input.onBehalfOfOrganisationId,
        'Organisation',
        'input.onBehalfOfOrganisationId',
      );
      return ctx.prisma.$transaction(async (tx) => {
        const meeting = await editableMeeting(tx, meetingId);
        await assertMember(tx, meeting.partnershipId, personId, 'personId');
        if (organisationId) {
          const member = await tx.partnershipMember.count({
            where: { partnershipId: meeting.partnershipId, organisationId },
          });
          if (!member)
            throw fieldIssue(['input', 'onBehalfOfOrganisationId'], 'meeting.organisationNotMember');
        }
        const attendance = await tx.attendance.upsert({
          where: { meetingId_personId: { meetingId, personId } },
          create: { meetingId, personId, onBehalfOfOrganisationId: organisationId },
          update: { onBehalfOfOrganisationId: organisationId },
        });
        await audit(tx, ctx, {
          action: 'meeting.attendance',
          entityType: 'Attendance',
          entityId: attendance.id,
          partnershipId: meeting.partnershipId,
          changes: { personId: [null, personId], onBehalfOfOrganisationId: [null, organisationId] },
        });
        return meeting;
      });
    },
  }),
);

builder.mutationField('removeAttendance', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Removes a person from the attendance list.',
    args: { input: t.arg({ type: AttendanceIdInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Attendance', args.input.attendanceId, 'input.attendanceId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'RemoveAttendanceResult' },
      result: { name: 'RemoveAttendanceSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const id = idOf(ctx, args.input.attendanceId, 'Attendance', 'input.attendanceId');
      return ctx.prisma.$transaction(async (tx) => {
        const attendance = await tx.attendance.findUnique({ where: { id } });
        if (!attendance) throw new NotFoundError();
        const meeting = await editableMeeting(tx, attendance.meetingId);
        await tx.attendance.delete({ where: { id } });
        await audit(tx, ctx, {
          action: 'meeting.attendance.remove',
          entityType: 'Attendance',
          entityId: id,
          partnershipId: meeting.partnershipId,
          changes: { personId: [attendance.personId, null] },
        });
        return meeting;
      });
    },
  }),
);
