import { isValidCvr, OrganisationKind, type Prisma } from '@naboskab/db';
import { z } from 'zod';
import { globalIdField } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { audit, changedFields } from '../domain/audit.ts';
import {
  clashAsIssue,
  fieldIssue,
  InputValidationError,
  mapPrismaError,
  NotFoundError,
  parseInput,
} from '../errors.ts';
import { emailField, phoneField, requiredText } from './fields.ts';

export const OrganisationKindEnum = builder.enumType(OrganisationKind, { name: 'OrganisationKind' });

export const OrganisationRef = builder.prismaNode('Organisation', {
  id: { field: 'id' },
  // Only the asked columns (exposed fields add theirs), as for every type on a list path.
  select: { id: true },
  nullable: true,
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

const SaveOrganisationInput = builder.inputType('SaveOrganisationInput', {
  description: 'Creates an organisation without id; updates the one with that id. CVR: 8 digits, unique.',
  fields: (t) => ({
    id: t.id(),
    name: t.string({ required: true }),
    kind: t.field({ type: OrganisationKindEnum, required: true }),
    cvr: t.string(),
    municipalityCode: t.string(),
    address: t.string(),
    website: t.string(),
    email: t.string(),
    phone: t.string(),
  }),
});

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const saveInput = z.object({
  id: globalIdField('Organisation').nullish(),
  name: requiredText(160),
  kind: z.enum(OrganisationKind),
  cvr: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\s/g, '') || null : v),
    z.string().refine(isValidCvr, { error: 'cvr.invalid' }).nullish(),
  ),
  municipalityCode: z.preprocess(
    blank,
    z
      .string()
      .regex(/^\d{4}$/)
      .nullish(),
  ),
  address: z.preprocess(blank, z.string().trim().max(200).nullish()),
  website: z.preprocess(blank, z.url().max(200).nullish()),
  email: z.preprocess(blank, emailField.nullish()),
  phone: z.preprocess(blank, phoneField.nullish()),
});

builder.mutationField('saveOrganisation', (t) =>
  t.prismaField({
    type: OrganisationRef,
    description:
      'Creates or updates an organisation (CVR modulus-11 checked and unique). Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: SaveOrganisationInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'SaveOrganisationResult' },
      result: { name: 'SaveOrganisationSuccess' },
      dataField: { name: 'organisation' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { id, ...input } = parseInput(saveInput, args.input);
      const data = {
        ...input,
        cvr: input.cvr ?? null,
        municipalityCode: input.municipalityCode ?? null,
        address: input.address ?? null,
        website: input.website ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
      };
      try {
        const saved = await clashAsIssue(['input', 'cvr'], 'organisation.cvrTaken', () =>
          ctx.prisma.$transaction(async (tx) => {
            const before = id ? await tx.organisation.findUnique({ where: { id } }) : null;
            if (id && !before) throw new NotFoundError();
            if (data.cvr) {
              const clash = await tx.organisation.findFirst({
                where: { cvr: data.cvr, ...(id ? { NOT: { id } } : {}) },
                select: { id: true },
              });
              if (clash) throw fieldIssue(['input', 'cvr'], 'organisation.cvrTaken');
            }
            if (
              data.municipalityCode &&
              !(await tx.municipality.findUnique({ where: { code: data.municipalityCode } }))
            )
              throw fieldIssue(['input', 'municipalityCode'], 'id.invalid');
            const organisation = id
              ? await tx.organisation.update({ where: { id }, data })
              : await tx.organisation.create({ data });
            await audit(tx, ctx, {
              action: id ? 'update' : 'create',
              entityType: 'Organisation',
              entityId: organisation.id,
              changes: before ? changedFields(before, data) : changedFields({}, data),
            });
            return organisation;
          }),
        );
        return ctx.prisma.organisation.findUniqueOrThrow({ ...query, where: { id: saved.id } });
      } catch (error) {
        throw mapPrismaError(error);
      }
    },
  }),
);
