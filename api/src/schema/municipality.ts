import { z } from 'zod';
import { builder } from '../builder.ts';

const code = z.string().regex(/^\d{4}$/);

builder.prismaNode('Municipality', {
  id: { field: 'code' },
  // Only the asked columns (exposed fields add theirs): the boundary stays in the table.
  select: { code: true },
  nullable: true,
  description: 'A Danish municipality (kommune), identified by its official 4-digit code.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    region: t.relation('region'),
  }),
});

builder.queryField('municipalities', (t) =>
  t.prismaConnection({
    type: 'Municipality',
    cursor: 'code',
    description: 'Municipalities by name; all 98 fit in one page of 100.',
    args: { regionCode: t.arg.string({ validate: code.optional().nullable() }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.municipality.count({ where: args.regionCode ? { regionCode: args.regionCode } : {} }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.municipality.findMany({
        ...query,
        where: args.regionCode ? { regionCode: args.regionCode } : {},
        orderBy: { name: 'asc' },
      }),
  }),
);
