import { FundingStream } from '@naboskab/db';
import { z } from 'zod';
import { globalIdField } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { audit, changedFields } from '../../domain/audit.ts';
import { clashAsIssue, fieldIssue, InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { requiredText } from '../fields.ts';
import { FundingPoolRef, FundingRoundRef, FundingStreamEnum } from './types.ts';

const FundingPoolInput = builder.inputType('FundingPoolInput', {
  description: 'Creates a pool without id; updates the pool with that id.',
  fields: (t) => ({
    id: t.id(),
    name: t.string({ required: true }),
    stream: t.field({ type: FundingStreamEnum, required: true }),
    financeAccount: t.string(),
    description: t.string(),
    funderName: t.string({ required: true }),
  }),
});

const FundingRoundInput = builder.inputType('FundingRoundInput', {
  description: 'Creates a round without id; updates the round with that id (its pool stays).',
  fields: (t) => ({
    id: t.id(),
    poolId: t.id({ required: true }),
    name: t.string({ required: true }),
    year: t.int({ required: true }),
    budget: t.field({ type: 'Money', required: true, description: 'In øre.' }),
  }),
});

const poolInput = z.object({
  id: globalIdField('FundingPool').nullish(),
  name: requiredText(120),
  stream: z.enum(FundingStream),
  financeAccount: z
    .string()
    .trim()
    .max(60)
    .nullish()
    .transform((v) => v || null),
  description: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => v ?? ''),
  funderName: requiredText(120),
});

const roundInput = z.object({
  id: globalIdField('FundingRound').nullish(),
  poolId: globalIdField('FundingPool'),
  name: requiredText(120),
  year: z.number().int().min(2000).max(2100),
  budget: z.bigint().min(0n, { error: 'money.negative' }),
});

builder.mutationField('saveFundingPool', (t) =>
  t.prismaField({
    type: FundingPoolRef,
    description: 'Creates or updates a funding pool. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: FundingPoolInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'SaveFundingPoolResult' },
      result: { name: 'SaveFundingPoolSuccess' },
      dataField: { name: 'pool' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { id, ...data } = parseInput(poolInput, args.input);
      const saved = await clashAsIssue(['input', 'name'], 'funding.nameTaken', () =>
        ctx.prisma.$transaction(async (tx) => {
          const before = id ? await tx.fundingPool.findUnique({ where: { id } }) : null;
          if (id && !before) throw new NotFoundError();
          const clash = await tx.fundingPool.findFirst({
            where: { name: data.name, ...(id ? { NOT: { id } } : {}) },
          });
          if (clash) throw fieldIssue(['input', 'name'], 'funding.nameTaken');
          const pool = id
            ? await tx.fundingPool.update({ where: { id }, data })
            : await tx.fundingPool.create({ data });
          await audit(tx, ctx, {
            action: id ? 'update' : 'create',
            entityType: 'FundingPool',
            entityId: pool.id,
            changes: before ? changedFields(before, data) : changedFields({}, data),
          });
          return pool;
        }),
      );
      return ctx.prisma.fundingPool.findUniqueOrThrow({ ...query, where: { id: saved.id } });
    },
  }),
);

builder.mutationField('saveFundingRound', (t) =>
  t.prismaField({
    type: FundingRoundRef,
    description: 'Creates or updates a funding round of a pool. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: FundingRoundInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'SaveFundingRoundResult' },
      result: { name: 'SaveFundingRoundSuccess' },
      dataField: { name: 'round' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { id, poolId, budget, ...rest } = parseInput(roundInput, args.input);
      const data = { ...rest, budgetOre: budget };
      const saved = await clashAsIssue(['input', 'name'], 'funding.nameTaken', () =>
        ctx.prisma.$transaction(async (tx) => {
          if (!(await tx.fundingPool.findUnique({ where: { id: poolId }, select: { id: true } })))
            throw new NotFoundError();
          const before = id ? await tx.fundingRound.findUnique({ where: { id } }) : null;
          if (id && (!before || before.poolId !== poolId)) throw new NotFoundError();
          const clash = await tx.fundingRound.findFirst({
            where: { poolId, name: data.name, ...(id ? { NOT: { id } } : {}) },
          });
          if (clash) throw fieldIssue(['input', 'name'], 'funding.nameTaken');
          const round = id
            ? await tx.fundingRound.update({ where: { id }, data })
            : await tx.fundingRound.create({ data: { ...data, poolId } });
          await audit(tx, ctx, {
            action: id ? 'update' : 'create',
            entityType: 'FundingRound',
            entityId: round.id,
            changes: before ? changedFields(before, data) : changedFields({}, { ...data, poolId }),
          });
          return round;
        }),
      );
      return ctx.prisma.fundingRound.findUniqueOrThrow({ ...query, where: { id: saved.id } });
    },
  }),
);
