import type { Rng } from '../random.ts';
import { buildBase, type RoundIds } from './base.ts';
import { buildActivitiesAndVolunteers } from './build-activities.ts';
import { type BuiltArea, buildRealAreas, buildSyntheticAreas } from './build-areas.ts';
import { buildMeetings } from './build-meetings.ts';
import { buildOutcomes } from './build-outcomes.ts';
import { buildPartnershipCore } from './build-partnership.ts';
import { buildReferrals } from './build-referrals.ts';
import { buildResources, resolveOverlaps } from './build-resources.ts';
import type { SeedContext } from './context.ts';
import { asciiSlug } from './names.ts';
import { type PartnershipSpec, partnershipSpecs } from './partnerships.ts';

/** A synthetic partnership in the image of a real one, for the areas of a synthetic copy. */
function syntheticSpec(spec: PartnershipSpec, areas: BuiltArea[], rng: Rng): PartnershipSpec {
  const town = (areas[0] as BuiltArea).town;
  const places = areas.map((a) => a.spec.place).join(' og ');
  const local = spec.funding.startsWith('LP');
  const name = local ? `Lokalt partnerskab i ${places}, ${town}` : `Helhedsplan ${places}, ${town}`;
  return {
    ...spec,
    name,
    slug: asciiSlug(name),
    description: `Syntetisk partnerskab i ${town} til belastningstest, modelleret efter "${spec.name}".`,
    lead: local
      ? { name: `Frivilligcenter ${town}`, kind: 'VOLUNTEER_CENTRE' }
      : { name: areas[0]?.spec.housing[0] as string, kind: 'HOUSING_ORGANISATION' },
    grantKr: spec.grantKr - rng.int(0, 20) * 10_000,
  };
}

function buildCopy(ctx: SeedContext, copy: number, rounds: RoundIds): void {
  const areas = copy === 0 ? buildRealAreas(ctx) : buildSyntheticAreas(ctx, copy, partnershipSpecs);
  const rng = ctx.rng.fork(`copy:${copy}`);
  for (const real of partnershipSpecs) {
    const own = real.areas.map((slug) => areas.get(slug) as BuiltArea);
    const spec = copy === 0 ? real : syntheticSpec(real, own, rng);
    const partnership = buildPartnershipCore(ctx, spec, copy, own, rounds);
    const resources = buildResources(ctx, partnership);
    buildMeetings(ctx, partnership, resources);
    ctx.rows.booking.push(...resolveOverlaps(resources.bookings));
    buildActivitiesAndVolunteers(ctx, partnership);
    buildOutcomes(ctx, partnership);
    buildReferrals(ctx, partnership);
  }
}

/**
 * The whole dataset in memory: the realistic data of domain.md, plus `scale - 1` synthetic copies
 * (24 areas and 18 partnerships each) spread over the real municipalities.
 */
export function buildDataset(ctx: SeedContext, scale: number): void {
  const rounds = buildBase(ctx);
  for (let copy = 0; copy < scale; copy++) buildCopy(ctx, copy, rounds);
}

export { DEMO_PASSWORD, type DemoAccount, demoAccounts } from './demo-accounts.ts';
