import { buildArea } from '../factories/area.ts';
import { buildHousingDepartment } from '../factories/organisation.ts';
import {
  buildAreaPolygon,
  findMunicipality,
  type GeoMunicipality,
  loadGeography,
  randomPointIn,
} from '../geo.ts';
import type { Rng } from '../random.ts';
import { type AreaSpec, departmentSuffixes, realAreas } from './areas.ts';
import type { SeedContext } from './context.ts';
import { asciiSlug } from './names.ts';
import { housingOrganisations } from './organisations.ts';
import type { PartnershipSpec } from './partnerships.ts';

export interface BuiltArea {
  id: string;
  spec: AreaSpec;
  town: string;
}

/** Inserts an area with its polygon and 2-4 housing departments; checks its municipality. */
function addArea(ctx: SeedContext, spec: AreaSpec, rng: Rng): BuiltArea {
  const municipality = findMunicipality(spec.lat, spec.lon);
  if (municipality?.code !== spec.municipalityCode) {
    throw new Error(
      `${spec.name}: centre lies in ${municipality?.name ?? 'no municipality'}, not ${spec.municipalityCode}`,
    );
  }
  const area = buildArea({
    name: spec.name,
    slug: spec.slug,
    municipalityCode: spec.municipalityCode,
    centreLat: spec.lat,
    centreLon: spec.lon,
    boundary: buildAreaPolygon(spec.lat, spec.lon, rng) as never,
    listing: spec.listing,
    description: spec.description,
  });
  ctx.rows.area.push(area);
  const suffixes = rng.sample(departmentSuffixes, rng.int(2, 4));
  suffixes.forEach((suffix, i) => {
    const owner = spec.housing[i % spec.housing.length] as string;
    ctx.rows.housingDepartment.push(
      buildHousingDepartment({
        organisationId: ctx.existingOrganisation(owner),
        number: String(100 + ctx.next(`department:${owner}`)),
        name: `${spec.place} ${suffix}`,
        homes: rng.int(12, 60) * 10,
        areaId: area.id,
      }),
    );
  });
  return { id: area.id, spec, town: municipality.name };
}

/** The 24 real areas of domain.md, by slug. */
export function buildRealAreas(ctx: SeedContext): Map<string, BuiltArea> {
  const rng = ctx.rng.fork('areas');
  return new Map(realAreas.map((spec) => [spec.slug, addArea(ctx, spec, rng)]));
}

/**
 * Synthetic areas for copy `copy` (≥ 1) of the dataset: one per real area, named
 * "Boligområde 37, Vejle", with the areas of a partnership in one municipality.
 */
export function buildSyntheticAreas(
  ctx: SeedContext,
  copy: number,
  specs: PartnershipSpec[],
): Map<string, BuiltArea> {
  const rng = ctx.rng.fork(`synthetic-areas:${copy}`);
  const { municipalities } = loadGeography();
  const byRealSlug = new Map<string, BuiltArea>();
  for (const partnership of specs) {
    const municipality: GeoMunicipality = rng.pick(municipalities);
    for (const slug of partnership.areas) {
      if (byRealSlug.has(slug)) continue;
      const real = realAreas.find((a) => a.slug === slug) as AreaSpec;
      const n = ctx.next('synthetic-area');
      const centre = randomPointIn(municipality, rng);
      const spec: AreaSpec = {
        name: `Boligområde ${n}, ${municipality.name}`,
        slug: `boligomraade-${n}-${asciiSlug(municipality.name)}`,
        place: `Boligområde ${n}`,
        municipalityCode: municipality.code,
        lat: centre.lat,
        lon: centre.lon,
        housing: rng.sample(housingOrganisations, rng.int(1, 2)).map((o) => o.name),
        listing: real.listing,
        description: `Syntetisk boligområde i ${municipality.name} Kommune (til belastningstest).`,
      };
      byRealSlug.set(slug, addArea(ctx, spec, rng));
    }
  }
  return byRealSlug;
}
