import { idOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { coordinates } from '../../context.ts';
import { addShift, cancelShift, moveShift } from '../../domain/change-shift.ts';
import { shiftPeriod } from '../../domain/shift-period.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../../errors.ts';

builder.prismaNode('Shift', {
  id: { field: 'id' },
  nullable: true,
  description: 'One time slot of a volunteer opportunity; visible with its opportunity.',
  select: {
    opportunity: {
      select: { published: true, activity: { select: { published: true, partnershipId: true } } },
    },
  },
  authScopes: (s, ctx) =>
    (s.opportunity.published && s.opportunity.activity.published) ||
    coordinates(ctx, s.opportunity.activity.partnershipId),
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    cancelledAt: t.expose('cancelledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When coordinators cancelled the shift; it stays listed, as cancelled.',
    }),
    cancelled: t.boolean({ select: { cancelledAt: true }, resolve: (s) => s.cancelledAt !== null }),
    opportunity: t.relation('opportunity'),
  }),
});

const errors = (name: string) => ({
  types: [InputValidationError, NotFoundError, NotAllowedError],
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
  dataField: { name: 'shift' },
});

const AddShiftInput = builder.inputType('AddShiftInput', {
  fields: (t) => ({
    opportunityId: t.globalID({ required: true }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
  }),
});

builder.mutationField('addShift', (t) =>
  t.prismaField({
    type: 'Shift',
    description: 'Adds a shift to an opportunity, within its activity’s period and in the future.',
    args: { input: t.arg({ type: AddShiftInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(
        ctx,
        'coordinatorOf',
        'VolunteerOpportunity',
        args.input.opportunityId,
        'input.opportunityId',
      ),
    errors: errors('AddShift'),
    resolve: async (query, _root, args, ctx) => {
      const opportunityId = idOf(
        ctx,
        args.input.opportunityId,
        'VolunteerOpportunity',
        'input.opportunityId',
      );
      const id = await addShift(ctx, opportunityId, parseInput(shiftPeriod, args.input));
      return ctx.prisma.shift.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

const MoveShiftInput = builder.inputType('MoveShiftInput', {
  fields: (t) => ({
    shiftId: t.globalID({ required: true }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
  }),
});

builder.mutationField('moveShift', (t) =>
  t.prismaField({
    type: 'Shift',
    description:
      'Moves a shift that has not begun and is not cancelled; its signed-up volunteers are told the new time.',
    args: { input: t.arg({ type: MoveShiftInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Shift', args.input.shiftId, 'input.shiftId'),
    errors: errors('MoveShift'),
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.shiftId, 'Shift', 'input.shiftId');
      await moveShift(ctx, id, parseInput(shiftPeriod, args.input));
      return ctx.prisma.shift.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

const CancelShiftInput = builder.inputType('CancelShiftInput', {
  fields: (t) => ({ shiftId: t.globalID({ required: true }) }),
});

builder.mutationField('cancelShift', (t) =>
  t.prismaField({
    type: 'Shift',
    description:
      'Cancels a shift that has not begun; its signed-up volunteers are told. Cancelling again is refused (NotAllowedError).',
    args: { input: t.arg({ type: CancelShiftInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Shift', args.input.shiftId, 'input.shiftId'),
    errors: errors('CancelShift'),
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.shiftId, 'Shift', 'input.shiftId');
      await cancelShift(ctx, id);
      return ctx.prisma.shift.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
