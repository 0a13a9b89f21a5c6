import type { MemberRole } from '@naboskab/db';
import { buildPartnership, buildPartnershipMember } from '../factories/partnership.ts';
import { loadGeography } from '../geo.ts';
import type { Rng } from '../random.ts';
import { addDays, day } from '../time.ts';
import type { RoundIds } from './base.ts';
import type { BuiltArea } from './build-areas.ts';
import { buildFunding, buildPartnershipAudit } from './build-funding.ts';
import type { SeedContext } from './context.ts';
import { demoAccounts } from './demo-accounts.ts';
import { asciiSlug } from './names.ts';
import { associationTemplates, otherMemberTemplates } from './organisations.ts';
import type { PartnershipSpec } from './partnerships.ts';

export interface BuiltMember {
  id: string;
  organisationId: string;
  contactPersonId: string;
  role: MemberRole;
}

export interface BuiltPartnership {
  id: string;
  spec: PartnershipSpec;
  copy: number;
  local: boolean;
  rng: Rng;
  areas: BuiltArea[];
  town: string;
  leadOrganisationId: string;
  housingOrganisationIds: string[];
  coordinators: { userId: string; personId: string }[];
  members: BuiltMember[];
  startsOn: Date;
  endsOn: Date;
}

const fill = (template: string, place: string, town: string) =>
  template.replace('{place}', place).replace('{town}', town);

function coordinatorsFor(
  ctx: SeedContext,
  spec: PartnershipSpec,
  copy: number,
  rng: Rng,
  orgs: { id: string; name: string }[],
) {
  const demo =
    copy === 0
      ? { aarhus: demoAccounts.coordinator, odense: demoAccounts.coordinatorOdense }[spec.key]
      : undefined;
  return orgs.map((org, i) => {
    const name = i === 0 && demo ? demo.name : ctx.personName(rng);
    const email = i === 0 && demo ? demo.email : ctx.uniqueEmail(name, `${asciiSlug(org.name)}.example`);
    const coordinator = ctx.user({
      name,
      email,
      role: 'COORDINATOR',
      organisationId: org.id,
      createdAt: day(spec.startsOn),
    });
    ctx.setContactPerson(org.id, coordinator.personId);
    return coordinator;
  });
}

/** A partnership with its areas, coordinators and members; then its funding and audit trail. */
export function buildPartnershipCore(
  ctx: SeedContext,
  spec: PartnershipSpec,
  copy: number,
  areas: BuiltArea[],
  rounds: RoundIds,
): BuiltPartnership {
  const rng = ctx.rng.fork(`partnership:${copy}:${spec.key}`);
  const local = spec.funding.startsWith('LP');
  const town = (areas[0] as BuiltArea).town;
  const places = areas.map((a) => a.spec.place);
  const startsOn = day(spec.startsOn);
  const endsOn = day(spec.endsOn);
  const row = buildPartnership({
    name: spec.name,
    slug: spec.slug,
    description: spec.description,
    status: spec.status,
    arenas: spec.arenas,
    targetGroups: spec.targetGroups,
    startsOn,
    endsOn,
  });
  ctx.rows.partnership.push(row);
  for (const area of areas) ctx.rows.partnershipArea.push({ partnershipId: row.id, areaId: area.id });

  const municipalityCode = areas[0]?.spec.municipalityCode as string;
  const leadOrganisationId = ctx.organisation(
    copy === 0 || !local ? spec.lead.name : `${copy}:${spec.lead.name}`,
    {
      ...spec.lead,
      municipalityCode,
    },
  );
  const housingNames = [...new Set(areas.flatMap((a) => a.spec.housing))];
  const housingOrganisationIds = housingNames.map((name) => ctx.existingOrganisation(name));
  const coordinatorOrgs = [{ id: leadOrganisationId, name: spec.lead.name }];
  if (local)
    coordinatorOrgs.push({ id: housingOrganisationIds[0] as string, name: housingNames[0] as string });
  const coordinators = coordinatorsFor(ctx, spec, copy, rng, coordinatorOrgs);
  for (const c of coordinators)
    ctx.rows.partnershipCoordinator.push({ partnershipId: row.id, userId: c.userId, since: startsOn });

  const memberOrgs: [string, MemberRole][] = [[leadOrganisationId, 'LEAD']];
  for (const code of new Set(areas.map((a) => a.spec.municipalityCode)))
    memberOrgs.push([ctx.municipalityOrganisation(code), 'MUNICIPALITY']);
  for (const id of housingOrganisationIds)
    if (id !== leadOrganisationId) memberOrgs.push([id, 'HOUSING_ORGANISATION']);
  if (local) {
    const regionCode = loadGeography().municipalities.find((m) => m.code === municipalityCode)
      ?.regionCode as string;
    memberOrgs.push([ctx.regionOrganisation(regionCode), 'PARTNER']);
    memberOrgs.push([ctx.existingOrganisation('FriSe – Frivilligcentre og Selvhjælp Danmark'), 'PARTNER']);
  }
  for (const template of local ? otherMemberTemplates : otherMemberTemplates.slice(0, 2)) {
    const name = fill(template.name, rng.pick(places), town);
    memberOrgs.push([
      ctx.organisation(`${copy}:${name}`, { name, kind: template.kind, municipalityCode }),
      template.kind === 'BUSINESS' ? 'OTHER' : 'PARTNER',
    ]);
  }
  for (const template of rng.sample(associationTemplates, spec.associations)) {
    const name = fill(template, rng.pick(places), town);
    const withoutCvr = rng.chance(0.15);
    memberOrgs.push([
      ctx.organisation(`${copy}:${name}`, {
        name,
        kind: 'VOLUNTARY_ASSOCIATION',
        municipalityCode,
        withoutCvr,
      }),
      'VOLUNTARY_ASSOCIATION',
    ]);
  }
  const members = [...new Map(memberOrgs).entries()].map(([organisationId, role]) => {
    const member = buildPartnershipMember({
      partnershipId: row.id,
      organisationId,
      role,
      contactPersonId: ctx.contactPerson(organisationId, rng),
      joinedAt: addDays(startsOn, role === 'VOLUNTARY_ASSOCIATION' ? rng.int(0, 540) : 0),
    });
    ctx.rows.partnershipMember.push(member);
    return { id: member.id, organisationId, contactPersonId: member.contactPersonId as string, role };
  });

  const built: BuiltPartnership = {
    id: row.id,
    spec,
    copy,
    local,
    rng,
    areas,
    town,
    leadOrganisationId,
    housingOrganisationIds,
    coordinators,
    members,
    startsOn,
    endsOn,
  };
  buildFunding(ctx, built, rounds);
  buildPartnershipAudit(ctx, built);
  return built;
}
