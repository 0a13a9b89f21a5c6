import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';

interface Pool {
  id: string;
  name: string;
  funderName: string;
  rounds: { id: string; name: string; year: number }[];
}

const RoundRef = builder.objectRef<Pool['rounds'][number]>('MinistryFundingRound').implement({
  fields: (t) => ({
    id: t.id({
      description: 'A FundingRound global id.',
      resolve: (r) => encodeGlobalID('FundingRound', r.id),
    }),
    name: t.exposeString('name'),
    year: t.exposeInt('year'),
  }),
});

const PoolRef = builder.objectRef<Pool>('MinistryFundingPool').implement({
  fields: (t) => ({
    id: t.id({
      description: 'A FundingPool global id.',
      resolve: (p) => encodeGlobalID('FundingPool', p.id),
    }),
    name: t.exposeString('name'),
    funderName: t.exposeString('funderName'),
    rounds: t.field({ type: [RoundRef], resolve: (p) => p.rounds }),
  }),
});

builder.queryField('ministryFundingPools', (t) =>
  t.field({
    type: [PoolRef],
    description: 'Funding pools and their rounds, for the map filters (a handful: not paginated).',
    authScopes: { ministry: true, admin: true },
    resolve: (_root, _args, ctx) =>
      ctx.prisma.fundingPool.findMany({
        orderBy: { name: 'asc' },
        select: {
          id: true,
          name: true,
          funderName: true,
          rounds: {
            orderBy: [{ year: 'asc' }, { name: 'asc' }],
            select: { id: true, name: true, year: true },
          },
        },
      }),
  }),
);
