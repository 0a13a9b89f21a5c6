import { z } from 'zod';
import { globalIdField, ownerScope } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { recordSignOnFee } from '../domain/record-sign-on-fee.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../errors.ts';
import { dayField } from './fields.ts';

/** The largest sign-on fee per association: 30,000 kr. in øre (also a CHECK in the database). */
export const MAX_SIGN_ON_FEE_ORE = 3_000_000n;

export const SignOnFeeRef = builder.prismaNode('SignOnFee', {
  id: { field: 'id' },
  nullable: true,
  description: 'A sign-on fee paid from the grant to a member association (at most 30,000 kr.).',
  authScopes: { signedIn: true },
  fields: (t) => ({
    amount: t.expose('amountOre', { type: 'Money' }),
    paidOn: t.expose('paidOn', { type: 'Date' }),
    note: t.exposeString('note'),
    member: t.relation('member'),
  }),
});

builder.prismaObjectFields('PartnershipMember', (t) => ({
  signOnFee: t.field({
    type: SignOnFeeRef,
    nullable: true,
    description: 'The sign-on fee paid to this member, if any (at most one).',
    select: (_args, _ctx, nested) => ({ signOnFees: { ...nested(), take: 1 } }),
    resolve: (member) => member.signOnFees[0] ?? null,
  }),
}));

builder.prismaObjectFields('Partnership', (t) => ({
  signOnFees: t.relatedConnection('signOnFees', {
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ paidOn: 'desc' }, { id: 'asc' }] },
  }),
  signOnFeesTotal: t.field({
    type: 'Money',
    description: 'Sum of the sign-on fees paid, in øre.',
    select: { signOnFees: { select: { amountOre: true } } },
    resolve: (p) => p.signOnFees.reduce((sum, f) => sum + f.amountOre, 0n),
  }),
}));

const RecordSignOnFeeInput = builder.inputType('RecordSignOnFeeInput', {
  fields: (t) => ({
    memberId: t.id({ required: true, description: 'A member with the role VOLUNTARY_ASSOCIATION.' }),
    amount: t.field({
      type: 'Money',
      required: true,
      description: 'In øre; at most 3,000,000 (30,000 kr.).',
    }),
    paidOn: t.field({ type: 'Date', description: 'Required.' }),
    note: t.string(),
  }),
});

/** The fields a sign-on fee is recorded or corrected with (amount in øre, day paid, note). */
export const signOnFeeFields = {
  amount: z
    .bigint()
    .min(1n, { error: 'signOnFee.notPositive' })
    .max(MAX_SIGN_ON_FEE_ORE, { error: 'signOnFee.tooLarge' }),
  paidOn: dayField,
  note: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => v ?? ''),
};

const recordInput = z.object({ memberId: globalIdField('PartnershipMember'), ...signOnFeeFields });

builder.mutationField('recordSignOnFee', (t) =>
  t.prismaField({
    type: SignOnFeeRef,
    description: "Records a member association's sign-on fee; the fees together never exceed the grant.",
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'PartnershipMember', args.input.memberId, 'input.memberId'),
    args: { input: t.arg({ type: RecordSignOnFeeInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'RecordSignOnFeeResult' },
      result: { name: 'RecordSignOnFeeSuccess' },
      dataField: { name: 'signOnFee' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { amount, ...rest } = parseInput(recordInput, args.input);
      const fee = await recordSignOnFee(ctx, { ...rest, amountOre: amount });
      return ctx.prisma.signOnFee.findUniqueOrThrow({ ...query, where: { id: fee.id } });
    },
  }),
);
