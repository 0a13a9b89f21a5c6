import { GrantStatus } from '@naboskab/db';
import { z } from 'zod';
import { globalIdField, idOf } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { deleteGrant } from '../../domain/delete-grant.ts';
import { saveGrant } from '../../domain/save-grant.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { dayField, requiredText } from '../fields.ts';
import { PartnershipRef } from '../partnership.ts';
import { GrantRef, GrantStatusEnum } from './types.ts';

const SaveGrantInput = builder.inputType('SaveGrantInput', {
  description: 'Records a grant without id; changes the grant with that id.',
  fields: (t) => ({
    id: t.id(),
    roundId: t.id({ required: true }),
    partnershipId: t.id({ required: true }),
    recipientOrganisationId: t.id({ required: true }),
    caseNumber: t.string({ required: true }),
    amount: t.field({ type: 'Money', required: true, description: 'In øre.' }),
    paid: t.field({ type: 'Money', description: 'In øre; 0 when left out.' }),
    status: t.field({ type: GrantStatusEnum, description: 'APPLIED when left out.' }),
    startsOn: t.field({ type: 'Date', description: 'Required.' }),
    endsOn: t.field({ type: 'Date', description: 'Required.' }),
    awardedOn: t.field({ type: 'Date' }),
  }),
});

const grantInput = z
  .object({
    id: globalIdField('Grant').nullish(),
    roundId: globalIdField('FundingRound'),
    partnershipId: globalIdField('Partnership'),
    recipientOrganisationId: globalIdField('Organisation'),
    caseNumber: requiredText(60),
    amount: z.bigint().min(0n, { error: 'money.negative' }),
    paid: z
      .bigint()
      .min(0n, { error: 'money.negative' })
      .nullish()
      .transform((v) => v ?? 0n),
    status: z
      .enum(GrantStatus)
      .nullish()
      .transform((v) => v ?? 'APPLIED'),
    startsOn: dayField,
    endsOn: dayField,
    awardedOn: dayField.nullish().transform((v) => v ?? null),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], error: 'partnership.endsBeforeStart' });

builder.mutationField('saveGrant', (t) =>
  t.prismaField({
    type: GrantRef,
    description: 'Records or changes a grant (amount, period, case number, status). Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: SaveGrantInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'SaveGrantResult' },
      result: { name: 'SaveGrantSuccess' },
      dataField: { name: 'grant' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { id, amount, paid, ...rest } = parseInput(grantInput, args.input);
      const grant = await saveGrant(ctx, id ?? null, { ...rest, amountOre: amount, paidOre: paid });
      return ctx.prisma.grant.findUniqueOrThrow({ ...query, where: { id: grant.id } });
    },
  }),
);

const DeleteGrantInput = builder.inputType('DeleteGrantInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: GrantRef }) }),
});

builder.mutationField('deleteGrant', (t) =>
  t.prismaField({
    type: PartnershipRef,
    description:
      'Deletes a grant recorded by mistake while nothing of it is paid; the history keeps it. ' +
      'Returns its partnership. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: DeleteGrantInput, required: true }) },
    errors: {
      types: [NotFoundError, ConflictError],
      union: { name: 'DeleteGrantResult' },
      result: { name: 'DeleteGrantSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const partnershipId = await deleteGrant(ctx, idOf(ctx, args.input.id, 'Grant', 'input.id'));
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id: partnershipId } });
    },
  }),
);
