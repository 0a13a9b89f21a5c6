import { z } from 'zod';
import { globalIdField, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { setReminderTime } from '../../domain/set-reminder-time.ts';
import { InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { PartnershipRef } from '../partnership.ts';

const SetPartnershipReminderTimeInput = builder.inputType('SetPartnershipReminderTimeInput', {
  fields: (t) => ({
    partnershipId: t.id({ required: true }),
    minutes: t.int({
      required: true,
      description: 'Minutes after midnight, Copenhagen time, on the quarter hour (0, 15, … 1425).',
    }),
  }),
});

// Quarter hours: the sweep runs every few minutes, so finer times would promise what it cannot keep.
const input = z.object({
  partnershipId: globalIdField('Partnership'),
  minutes: z
    .number()
    .int()
    .min(0, { error: 'partnership.reminderTime' })
    .max(1439, { error: 'partnership.reminderTime' })
    .multipleOf(15, { error: 'partnership.reminderTime' }),
});

builder.mutationField('setPartnershipReminderTime', (t) =>
  t.prismaField({
    type: PartnershipRef,
    description:
      "Sets when the day-before reminders of the partnership's meetings and shifts go out. Its coordinators and admins only.",
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Partnership', args.input.partnershipId, 'input.partnershipId'),
    args: { input: t.arg({ type: SetPartnershipReminderTimeInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'SetPartnershipReminderTimeResult' },
      result: { name: 'SetPartnershipReminderTimeSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { id } = await setReminderTime(ctx, parseInput(input, args.input));
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
