import { z } from 'zod';
import { globalIdField, ownerScope } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { correctSignOnFee } from '../domain/correct-sign-on-fee.ts';
import { deleteSignOnFee } from '../domain/delete-sign-on-fee.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../errors.ts';
import { PartnershipRef } from './partnership.ts';
import { SignOnFeeRef, signOnFeeFields } from './sign-on-fee.ts';

// Correcting or deleting a recorded sign-on fee: the partnership's coordinators (and admins), with
// the same limits and row lock as recording one (sign-on-fee.ts).
const CorrectSignOnFeeInput = builder.inputType('CorrectSignOnFeeInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    amount: t.field({ type: 'Money', required: true, description: 'In øre; at most 3,000,000.' }),
    paidOn: t.field({ type: 'Date', description: 'Required.' }),
    note: t.string(),
  }),
});

const DeleteSignOnFeeInput = builder.inputType('DeleteSignOnFeeInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const correctInput = z.object({ id: globalIdField('SignOnFee'), ...signOnFeeFields });

builder.mutationField('correctSignOnFee', (t) =>
  t.prismaField({
    type: SignOnFeeRef,
    description:
      'Corrects the amount, day or note of a recorded sign-on fee; the total stays within the grant.',
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'SignOnFee', args.input.id, 'input.id'),
    args: { input: t.arg({ type: CorrectSignOnFeeInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'CorrectSignOnFeeResult' },
      result: { name: 'CorrectSignOnFeeSuccess' },
      dataField: { name: 'signOnFee' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { amount, ...rest } = parseInput(correctInput, args.input);
      const fee = await correctSignOnFee(ctx, { ...rest, amountOre: amount });
      return ctx.prisma.signOnFee.findUniqueOrThrow({ ...query, where: { id: fee.id } });
    },
  }),
);

builder.mutationField('deleteSignOnFee', (t) =>
  t.prismaField({
    type: PartnershipRef,
    description: 'Deletes a sign-on fee recorded by mistake. Returns the partnership.',
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'SignOnFee', args.input.id, 'input.id'),
    args: { input: t.arg({ type: DeleteSignOnFeeInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'DeleteSignOnFeeResult' },
      result: { name: 'DeleteSignOnFeeSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { id } = parseInput(z.object({ id: globalIdField('SignOnFee') }), args.input);
      const partnershipId = await deleteSignOnFee(ctx, id);
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id: partnershipId } });
    },
  }),
);
