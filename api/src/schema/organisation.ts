import { OrganisationKind, type Prisma } from '@naboskab/db';
import { z } from 'zod';
import { builder } from '../builder.ts';

export const OrganisationKindEnum = builder.enumType(OrganisationKind, { name: 'OrganisationKind' });

builder.prismaNode('Organisation', {
  id: { field: 'id' },
  description: 'A housing organisation, municipality, association, centre, institution or business.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    cvr: t.exposeString('cvr', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    municipality: t.relation('municipality', { nullable: true }),
  }),
});

builder.queryField('organisations', (t) =>
  t.prismaConnection({
    type: 'Organisation',
    cursor: 'id',
    description: 'Organisations by name, filtered by kind, municipality and a search in name or CVR.',
    authScopes: { signedIn: true },
    args: {
      kind: t.arg({ type: OrganisationKindEnum }),
      municipalityCode: t.arg.string({
        validate: z
          .string()
          .regex(/^\d{4}$/)
          .optional()
          .nullable(),
      }),
      search: t.arg.string({ validate: z.string().trim().max(100).optional().nullable() }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.organisation.count({ where: organisationWhere(args) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.organisation.findMany({
        ...query,
        where: organisationWhere(args),
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
);

function organisationWhere(args: {
  kind?: OrganisationKind | null;
  municipalityCode?: string | null;
  search?: string | null;
}): Prisma.OrganisationWhereInput {
  return {
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.municipalityCode ? { municipalityCode: args.municipalityCode } : {}),
    ...(args.search
      ? {
          OR: [
            { name: { contains: args.search, mode: 'insensitive' } },
            { cvr: { startsWith: args.search } },
          ],
        }
      : {}),
  };
}
