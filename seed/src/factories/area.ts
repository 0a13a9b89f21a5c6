import type { Area, Prisma, PrismaClient } from '@naboskab/db';
import { buildAreaPolygon, findMunicipality, loadGeography, randomPointIn } from '../geo.ts';
import { uuidv7 } from '../ids.ts';
import { createRng } from '../random.ts';
import { nextSeq } from './sequence.ts';

export type AreaInput = Partial<Prisma.AreaCreateManyInput>;

/** Row data for the five regions and the 98 municipalities (boundary = GeoJSON geometry). */
export function buildGeographyRows(): {
  regions: Prisma.RegionCreateManyInput[];
  municipalities: Prisma.MunicipalityCreateManyInput[];
} {
  const { regions, municipalities } = loadGeography();
  return {
    regions: regions.map((r) => ({ code: r.code, name: r.name, boundary: r.geometry as never })),
    municipalities: municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      regionCode: m.regionCode,
      boundary: m.geometry as never,
    })),
  };
}

/** Inserts all regions and municipalities that are missing. */
export async function createGeography(prisma: PrismaClient): Promise<void> {
  const rows = buildGeographyRows();
  await prisma.region.createMany({ data: rows.regions, skipDuplicates: true });
  await prisma.municipality.createMany({ data: rows.municipalities, skipDuplicates: true });
}

/** Inserts one municipality (and its region) when missing: cheaper than the whole country. */
export async function ensureMunicipality(prisma: PrismaClient, code: string): Promise<void> {
  if (await prisma.municipality.findUnique({ where: { code }, select: { code: true } })) return;
  const rows = buildGeographyRows();
  const municipality = rows.municipalities.find((m) => m.code === code);
  if (!municipality) throw new Error(`Unknown municipality code ${code}`);
  const region = rows.regions.find((r) => r.code === municipality.regionCode);
  if (region) await prisma.region.createMany({ data: [region], skipDuplicates: true });
  await prisma.municipality.createMany({ data: [municipality], skipDuplicates: true });
}

/**
 * Row data for an area. Without a centre, a point inside the municipality (default 0751 Aarhus)
 * is chosen; without a boundary, an irregular polygon a few hundred metres across is built around
 * the centre. Without a municipality but with a centre, the municipality is found by point in polygon.
 */
export function buildArea(input: AreaInput = {}): Prisma.AreaCreateManyInput & { id: string } {
  const n = nextSeq();
  const rng = createRng(n);
  let municipalityCode = input.municipalityCode;
  let centre =
    input.centreLat !== undefined && input.centreLon !== undefined
      ? { lat: input.centreLat, lon: input.centreLon }
      : undefined;
  if (!municipalityCode) municipalityCode = centre ? findMunicipality(centre.lat, centre.lon)?.code : '0751';
  const municipality = loadGeography().municipalities.find((m) => m.code === municipalityCode);
  if (!municipality) throw new Error(`No municipality for area ${input.name ?? n}`);
  centre ??= randomPointIn(municipality, rng);
  const name = input.name ?? `Testområdet ${n}, ${municipality.name}`;
  return {
    id: uuidv7(),
    description: '',
    ...input,
    name,
    slug: input.slug ?? `testomraadet-${n}`,
    municipalityCode: municipality.code,
    centreLat: centre.lat,
    centreLon: centre.lon,
    boundary: input.boundary ?? (buildAreaPolygon(centre.lat, centre.lon, rng) as never),
  };
}

export async function createArea(prisma: PrismaClient, input: AreaInput = {}): Promise<Area> {
  const data = buildArea(input);
  await ensureMunicipality(prisma, data.municipalityCode);
  return prisma.area.create({ data });
}
