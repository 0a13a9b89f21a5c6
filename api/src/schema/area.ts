import { AreaListing, type Prisma } from '@naboskab/db';
import { z } from 'zod';
import { globalIdField } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { audit, changedFields } from '../domain/audit.ts';
import { compactGeometry } from '../domain/compact-geometry.ts';
import { findMunicipality } from '../domain/find-municipality.ts';
import { parseAreaBoundary } from '../domain/parse-area-boundary.ts';
import { slugify } from '../domain/slugify.ts';
import { clashAsIssue, fieldIssue, InputValidationError, NotFoundError, parseInput } from '../errors.ts';
import { requiredText } from './fields.ts';

const AreaListingEnum = builder.enumType(AreaListing, {
  name: 'AreaListing',
  description: "The agency's 1 December lists an area may be on.",
});

export const MapDetailEnum = builder.enumType('MapDetail', {
  description: 'LOW: simplified geometry with 4 decimals for the country view; HIGH: the stored shape.',
  values: ['LOW', 'HIGH'] as const,
});

export const GeoPointRef = builder.objectRef<{ lat: number; lon: number }>('GeoPoint').implement({
  fields: (t) => ({ lat: t.exposeFloat('lat'), lon: t.exposeFloat('lon') }),
});

export const AreaRef = builder.prismaNode('Area', {
  id: { field: 'id' },
  // Only the asked columns (exposed fields add theirs): a list never reads boundaries it does not show.
  select: { id: true },
  nullable: true,
  description: 'A housing area with boligsocial work.',
  fields: (t) => ({
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    description: t.exposeString('description'),
    listing: t.expose('listing', { type: AreaListingEnum, nullable: true }),
    municipality: t.relation('municipality'),
    centre: t.field({
      type: GeoPointRef,
      select: { centreLat: true, centreLon: true },
      resolve: (area) => ({ lat: area.centreLat, lon: area.centreLon }),
    }),
    boundary: t.expose('boundary', {
      type: 'JSON',
      description: 'GeoJSON Polygon or MultiPolygon (RFC 7946).',
    }),
    outline: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The boundary at the requested detail (LOW for maps of the whole country).',
      args: { detail: t.arg({ type: MapDetailEnum, defaultValue: 'LOW' }) },
      select: { boundary: true },
      resolve: (area, args) => compactGeometry(area.boundary, args.detail ?? 'LOW'),
    }),
  }),
});

builder.queryField('areaMap', (t) =>
  t.prismaField({
    type: ['Area'],
    description:
      'Every housing area, by name, in one list: the home map draws them all at once (a page of the ' +
      '`areas` connection holds at most 100). Public: areas hold no personal data.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.area.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);

const filters = {
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .nullable(),
  regionCode: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .nullable(),
  search: z.string().trim().max(100).optional().nullable(),
};

builder.queryField('areas', (t) =>
  t.prismaConnection({
    type: 'Area',
    cursor: 'id',
    description: 'Housing areas, by name. Public: areas hold no personal data.',
    args: {
      municipalityCode: t.arg.string({ validate: filters.municipalityCode }),
      regionCode: t.arg.string({ validate: filters.regionCode }),
      search: t.arg.string({ validate: filters.search }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.area.count({ where: areaWhere(args) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.area.findMany({
        ...query,
        where: areaWhere(args),
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
);

function areaWhere(args: {
  municipalityCode?: string | null;
  regionCode?: string | null;
  search?: string | null;
}): Prisma.AreaWhereInput {
  return {
    ...(args.municipalityCode ? { municipalityCode: args.municipalityCode } : {}),
    ...(args.regionCode ? { municipality: { regionCode: args.regionCode } } : {}),
    ...(args.search ? { name: { contains: args.search, mode: 'insensitive' } } : {}),
  };
}

const SaveAreaInput = builder.inputType('SaveAreaInput', {
  description: 'Creates an area without id; updates the one with that id. Administrators only.',
  fields: (t) => ({
    id: t.id(),
    name: t.string({ required: true }),
    slug: t.string({ description: 'Derived from the name when left out.' }),
    description: t.string(),
    listing: t.field({ type: AreaListingEnum }),
    boundary: t.string({
      description:
        'GeoJSON text (RFC 7946): a Polygon or MultiPolygon, bare or in a Feature. Required for a new area.',
    }),
  }),
});

const saveAreaInput = z.object({
  id: globalIdField('Area').nullish(),
  name: requiredText(120),
  slug: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'partnership.slugInvalid' })
      .max(80)
      .optional(),
  ),
  description: z.string().trim().max(5000).nullish(),
  listing: z.enum(AreaListing).nullish(),
  boundary: z.string().max(2_000_000).nullish(),
});

builder.mutationField('saveArea', (t) =>
  t.prismaField({
    type: AreaRef,
    description:
      'Creates or updates a housing area from a GeoJSON boundary: validated, re-oriented, its centre ' +
      'computed and its municipality found by point in polygon. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: SaveAreaInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'SaveAreaResult' },
      result: { name: 'SaveAreaSuccess' },
      dataField: { name: 'area' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { id, boundary, ...input } = parseInput(saveAreaInput, args.input);
      if (!id && !boundary) throw fieldIssue(['input', 'boundary'], 'field.required');
      const parsed = boundary ? parseAreaBoundary(boundary) : null;
      if (parsed && !parsed.ok) throw fieldIssue(['input', 'boundary'], parsed.error);
      const slugField = input.slug ? 'slug' : 'name';
      const saved = await clashAsIssue(['input', slugField], 'area.slugTaken', () =>
        ctx.prisma.$transaction(async (tx) => {
          const before = id ? await tx.area.findUnique({ where: { id } }) : null;
          if (id && !before) throw new NotFoundError();
          const slug = input.slug ?? before?.slug ?? slugify(input.name);
          const clash = await tx.area.findFirst({
            where: { slug, ...(id ? { NOT: { id } } : {}) },
            select: { id: true },
          });
          if (clash) throw fieldIssue(['input', slugField], 'area.slugTaken');
          const geo =
            parsed?.ok === true
              ? {
                  boundary: parsed.geometry as unknown as Prisma.InputJsonValue,
                  centreLat: parsed.centre.lat,
                  centreLon: parsed.centre.lon,
                  municipalityCode: await findMunicipality(tx, parsed.centre),
                }
              : null;
          if (geo && !geo.municipalityCode) throw fieldIssue(['input', 'boundary'], 'area.noMunicipality');
          const data = {
            name: input.name,
            slug,
            ...(input.description != null ? { description: input.description } : {}),
            ...(input.listing !== undefined ? { listing: input.listing } : {}),
            ...(geo ? { ...geo, municipalityCode: geo.municipalityCode as string } : {}),
          };
          const area = id
            ? await tx.area.update({ where: { id }, data })
            : await tx.area.create({ data: data as Prisma.AreaUncheckedCreateInput });
          const { boundary: _b, ...loggable } = data as typeof data & { boundary?: unknown };
          await audit(tx, ctx, {
            action: id ? 'update' : 'create',
            entityType: 'Area',
            entityId: area.id,
            changes: {
              ...(before ? changedFields(before, loggable) : changedFields({}, loggable)),
              ...(geo ? { boundary: [before ? 'previous' : null, 'new'] } : {}),
            },
          });
          return area;
        }),
      );
      return ctx.prisma.area.findUniqueOrThrow({ ...query, where: { id: saved.id } });
    },
  }),
);
