import { z } from 'zod';
import { idOf, optionalIdOf, ownerScope } from '../../auth/partnership-access.ts';
import { recordAccess } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import { audit } from '../../domain/audit.ts';
import { assertAgendaItemOf, editableMeeting } from '../../domain/meeting/editable-meeting.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../../errors.ts';
import { requiredText } from '../fields.ts';
import { MeetingRef } from './meeting.ts';

builder.prismaObject('Decision', {
  description: 'A decision recorded at a meeting.',
  fields: (t) => ({
    id: t.globalID({ resolve: (d) => ({ type: 'Decision', id: d.id }) }),
    text: t.exposeString('text'),
    agendaItemId: t.globalID({
      nullable: true,
      resolve: (d) => (d.agendaItemId ? { type: 'AgendaItem', id: d.agendaItemId } : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectField(MeetingRef, 'decisions', (t) =>
  t.relatedConnection('decisions', {
    ...recordAccess,
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
);

const RecordDecisionInput = builder.inputType('RecordDecisionInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    agendaItemId: t.globalID({ description: 'The agenda item it was made under.' }),
    text: t.string({ required: true }),
  }),
});

const DecisionIdInput = builder.inputType('DecisionIdInput', {
  fields: (t) => ({ decisionId: t.globalID({ required: true }) }),
});

builder.mutationField('recordDecision', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Records a decision.',
    args: { input: t.arg({ type: RecordDecisionInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'RecordDecisionResult' },
      result: { name: 'RecordDecisionSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      const agendaItemId = optionalIdOf(ctx, args.input.agendaItemId, 'AgendaItem', 'input.agendaItemId');
      const { text } = parseInput(z.object({ text: requiredText(2000) }), args.input);
      return ctx.prisma.$transaction(async (tx) => {
        const meeting = await editableMeeting(tx, meetingId);
        await assertAgendaItemOf(tx, meetingId, agendaItemId);
        const decision = await tx.decision.create({ data: { meetingId, agendaItemId, text } });
        await audit(tx, ctx, {
          action: 'decision.record',
          entityType: 'Decision',
          entityId: decision.id,
          partnershipId: meeting.partnershipId,
          changes: { text: [null, text] },
        });
        return meeting;
      });
    },
  }),
);

builder.mutationField('removeDecision', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Removes a decision recorded by mistake (while the meeting is open).',
    args: { input: t.arg({ type: DecisionIdInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Decision', args.input.decisionId, 'input.decisionId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'RemoveDecisionResult' },
      result: { name: 'RemoveDecisionSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const id = idOf(ctx, args.input.decisionId, 'Decision', 'input.decisionId');
      return ctx.prisma.$transaction(async (tx) => {
        const decision = await tx.decision.findUnique({ where: { id } });
        if (!decision) throw new NotFoundError();
        const meeting = await editableMeeting(tx, decision.meetingId);
        await tx.decision.delete({ where: { id } });
        await audit(tx, ctx, {
          action: 'decision.remove',
          entityType: 'Decision',
          entityId: id,
          partnershipId: meeting.partnershipId,
          changes: { text: [decision.text, null] },
        });
        return meeting;
      });
    },
  }),
);
