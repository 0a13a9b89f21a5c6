import { idOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { audit } from '../../domain/audit.ts';
import { editableMeeting } from '../../domain/meeting/editable-meeting.ts';
import { InputValidationError, NotAllowedError, NotFoundError } from '../../errors.ts';
import { notifyAgendaSent } from '../../notifications/events/meeting-record.ts';
import { MeetingRef } from './meeting.ts';

const SendAgendaInput = builder.inputType('SendMeetingAgendaInput', {
  fields: (t) => ({ meetingId: t.globalID({ required: true }) }),
});

builder.mutationField('sendMeetingAgenda', (t) =>
  t.field({
    type: MeetingRef,
    description:
      'Tells every invitee that the agenda is ready (the notice links to the meeting, it holds no agenda text).',
    args: { input: t.arg({ type: SendAgendaInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'SendMeetingAgendaResult' },
      result: { name: 'SendMeetingAgendaSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      return ctx.prisma.$transaction(async (tx) => {
        const meeting = await editableMeeting(tx, meetingId);
        if (!(await tx.agendaItem.count({ where: { meetingId } })))
          throw new NotAllowedError('meeting.agendaEmpty');
        if (!(await tx.meetingInvitation.count({ where: { meetingId } })))
          throw new NotAllowedError('meeting.noInvitees');
        await notifyAgendaSent(tx, meetingId);
        await audit(tx, ctx, {
          action: 'meeting.agenda.send',
          entityType: 'Meeting',
          entityId: meetingId,
          partnershipId: meeting.partnershipId,
        });
        return meeting;
      });
    },
  }),
);
