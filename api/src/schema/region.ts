import { builder } from '../builder.ts';

export const RegionRef = builder.prismaObject('Region', {
  // Only the asked columns (exposed fields add theirs): the boundary stays in the table.
  select: { code: true },
  description: 'One of the five Danish regions.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
  }),
});

builder.queryField('regions', (t) =>
  t.prismaField({
    type: ['Region'],
    description: 'The five regions, by code.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.region.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
);
