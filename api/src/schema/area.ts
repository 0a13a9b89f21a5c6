import { AreaListing, type Prisma } from '@naboskab/db';
import { z } from 'zod';
import { builder } from '../builder.ts';

const AreaListingEnum = builder.enumType(AreaListing, {
  name: 'AreaListing',
  description: "The agency's 1 December lists an area may be on.",
});

export const GeoPointRef = builder.objectRef<{ lat: number; lon: number }>('GeoPoint').implement({
  fields: (t) => ({ lat: t.exposeFloat('lat'), lon: t.exposeFloat('lon') }),
});

export const AreaRef = builder.prismaNode('Area', {
  id: { field: 'id' },
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
  }),
});

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
