import { FundingStream, GrantStatus } from '@naboskab/db';
import { builder } from '../../builder.ts';

export const FundingStreamEnum = builder.enumType(FundingStream, { name: 'FundingStream' });
export const GrantStatusEnum = builder.enumType(GrantStatus, {
  name: 'GrantStatus',
  description: 'APPLIED → GRANTED → PAID → REPORTED, one step at a time.',
});

// Funding is public money and holds no personal data: every signed-in role may read it.
export const FundingPoolRef = builder.prismaNode('FundingPool', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    stream: t.expose('stream', { type: FundingStreamEnum }),
    financeAccount: t.exposeString('financeAccount', { nullable: true }),
    description: t.exposeString('description'),
    funderName: t.exposeString('funderName'),
    rounds: t.relation('rounds', { query: { orderBy: [{ year: 'desc' }, { name: 'asc' }] } }),
  }),
});

export const FundingRoundRef = builder.prismaNode('FundingRound', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    year: t.exposeInt('year'),
    budget: t.expose('budgetOre', { type: 'Money' }),
    pool: t.relation('pool'),
    grants: t.relatedConnection('grants', {
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ caseNumber: 'asc' }] },
    }),
  }),
});

export const GrantRef = builder.prismaNode('Grant', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { signedIn: true },
  fields: (t) => ({
    caseNumber: t.exposeString('caseNumber'),
    amount: t.expose('amountOre', { type: 'Money' }),
    paid: t.expose('paidOre', { type: 'Money' }),
    status: t.expose('status', { type: GrantStatusEnum }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    awardedOn: t.expose('awardedOn', { type: 'Date', nullable: true }),
    round: t.relation('round'),
    partnership: t.relation('partnership'),
    recipientOrganisation: t.relation('recipientOrganisation'),
  }),
});

/** Grant statuses that mean money is awarded (an APPLIED grant is not yet). */
export const AWARDED: readonly GrantStatus[] = ['GRANTED', 'PAID', 'REPORTED'];

builder.prismaObjectFields('Partnership', (t) => ({
  grants: t.relation('grants', { query: { orderBy: [{ startsOn: 'asc' }, { caseNumber: 'asc' }] } }),
  grantedAmount: t.field({
    type: 'Money',
    description: 'Sum of the grants that are GRANTED, PAID or REPORTED, in øre.',
    select: { grants: { select: { amountOre: true, status: true } } },
    resolve: (p) =>
      p.grants.filter((g) => AWARDED.includes(g.status)).reduce((sum, g) => sum + g.amountOre, 0n),
  }),
}));

builder.queryField('fundingPools', (t) =>
  t.prismaConnection({
    type: 'FundingPool',
    cursor: 'id',
    authScopes: { signedIn: true },
    totalCount: (_p, _a, ctx) => ctx.prisma.fundingPool.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.fundingPool.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.queryField('fundingRounds', (t) =>
  t.prismaConnection({
    type: 'FundingRound',
    cursor: 'id',
    description: 'Funding rounds, newest year first (e.g. for a filter).',
    authScopes: { signedIn: true },
    totalCount: (_p, _a, ctx) => ctx.prisma.fundingRound.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.fundingRound.findMany({
        ...query,
        orderBy: [{ year: 'desc' }, { name: 'asc' }, { id: 'asc' }],
      }),
  }),
);

builder.queryField('grants', (t) =>
  t.prismaConnection({
    type: 'Grant',
    cursor: 'id',
    description: 'All grants, by case number. Administrators only.',
    authScopes: { admin: true },
    totalCount: (_p, _a, ctx) => ctx.prisma.grant.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.grant.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
);
