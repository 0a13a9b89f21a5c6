import { canonicalUuid } from '../auth/partnership-access.ts';
import type { Context } from '../context.ts';
import { notFound, type Route } from './route.ts';

// An activity as Open Referral / Human Services Data Specification (HSDS 3.0) JSON, so municipal
// directories can list it: organization, service, location, service_at_location, schedule and
// contact of the organisation. Published activities only; organisations only, never a person.
const byday = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export const hsdsRoute: Route = {
  pattern: /^\/exports\/hsds\/activities\/(?<id>[^/]+)\.json$/,
  async handle(ctx, { id }) {
    const uuid = canonicalUuid(id ?? '');
    const activity = uuid ? await loadActivity(ctx, uuid) : null;
    if (!activity) return notFound();
    const publicUrl = ctx.env.PUBLIC_URL.replace(/\/$/, '');
    const lead =
      activity.partnership.members.find((m) => m.role === 'LEAD')?.organisation ??
      activity.opportunities[0]?.contactOrganisation ??
      activity.partnership.members[0]?.organisation;
    const organization = lead && {
      id: lead.id,
      name: lead.name,
      description: `Medlem af partnerskabet ${activity.partnership.name}`,
      email: lead.email,
      website: lead.website,
      tax_id: lead.cvr,
      tax_status: null,
    };
    const service = {
      id: activity.id,
      organization_id: lead?.id ?? null,
      name: activity.title,
      description: activity.description,
      url: `${publicUrl}/frivillig?aktivitet=${activity.id}`,
      email: lead?.email ?? null,
      status: 'active',
      languages: ['da'],
      attending_type: 'in_person',
      keywords: [...activity.arenas, ...activity.targetGroups],
      volunteer_opportunities: activity.opportunities.map((o) => ({
        name: o.title,
        description: o.description,
        volunteers_needed: o.volunteersNeeded,
        skills_wanted: o.skillsWanted,
        url: `${publicUrl}/frivillig/${o.id}`,
      })),
    };
    const locationId = `${activity.id}-location`;
    const lat = activity.lat ?? activity.area?.centreLat ?? null;
    const lon = activity.lon ?? activity.area?.centreLon ?? null;
    const location = {
      id: locationId,
      organization_id: lead?.id ?? null,
      location_type: 'physical',
      name: activity.area?.name ?? activity.title,
      latitude: lat,
      longitude: lon,
      addresses: activity.address
        ? [
            {
              id: `${activity.id}-address`,
              location_id: locationId,
              address_1: activity.address,
              city: activity.area?.municipality.name ?? '',
              region: null,
              state_province: '',
              postal_code: '',
              country: 'DK',
              address_type: 'physical',
            },
          ]
        : [],
    };
    const serviceAtLocationId = `${activity.id}-at-location`;
    const schedule = {
      id: `${activity.id}-schedule`,
      service_id: activity.id,
      service_at_location_id: serviceAtLocationId,
      valid_from: day(activity.startsOn),
      valid_to: day(activity.endsOn),
      freq: activity.weekdays.length ? 'WEEKLY' : null,
      byday: activity.weekdays.map((d) => byday[d]).join(',') || null,
      timezone: 'Europe/Copenhagen',
      description: activity.scheduleText,
    };
    const contact = lead && {
      id: `${lead.id}-contact`,
      organization_id: lead.id,
      service_id: activity.id,
      name: lead.name,
      email: lead.email,
      phones: lead.phone ? [{ id: `${lead.id}-phone`, number: lead.phone, type: 'voice' }] : [],
    };
    const document = {
      organization,
      service,
      location,
      service_at_location: { id: serviceAtLocationId, service_id: activity.id, location_id: locationId },
      schedule: [schedule],
      contact: contact ? [contact] : [],
    };
    return new Response(JSON.stringify(document, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'access-control-allow-origin': '*',
        'cache-control': 'public, max-age=300',
      },
    });
  },
};

const org = { select: { id: true, name: true, email: true, website: true, phone: true, cvr: true } } as const;

function loadActivity(ctx: Context, id: string) {
  return ctx.prisma.activity.findFirst({
    where: { id, published: true },
    include: {
      area: {
        select: { name: true, centreLat: true, centreLon: true, municipality: { select: { name: true } } },
      },
      partnership: {
        select: {
          name: true,
          members: { select: { role: true, organisation: org }, orderBy: { joinedAt: 'asc' } },
        },
      },
      opportunities: {
        where: { published: true },
        select: {
          id: true,
          title: true,
          description: true,
          volunteersNeeded: true,
          skillsWanted: true,
          contactOrganisation: org,
        },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
}
