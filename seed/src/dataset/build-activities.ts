import type { SignUpStatus } from '@naboskab/db';
import {
  buildActivity,
  buildOpportunity,
  buildShift,
  buildSignUp,
  buildVolunteerHours,
} from '../factories/activity.ts';
import { buildConsent } from '../factories/person-and-user.ts';
import type { Rng } from '../random.ts';
import { addDays, nextWeekday } from '../time.ts';
import type { BuiltPartnership } from './build-partnership.ts';
import type { SeedContext } from './context.ts';
import { demoAccounts } from './demo-accounts.ts';
import { volunteerLanguages, volunteerSkills } from './names.ts';
import { type ActivityTemplate, activityTemplates, scheduleText } from './texts.ts';

interface BuiltOpportunity {
  id: string;
  activityId: string;
  template: ActivityTemplate;
  published: boolean;
  pastShiftDates: Date[];
}

const jitter = (rng: Rng, value: number) => Math.round((value + (rng.next() - 0.5) * 0.002) * 1e6) / 1e6;

function signUpStatus(rng: Rng): SignUpStatus {
  const r = rng.next();
  return r < 0.6 ? 'APPROVED' : r < 0.85 ? 'APPLIED' : r < 0.9 ? 'DECLINED' : 'WITHDRAWN';
}

/** Activities with one volunteer opportunity each, weekly shifts four weeks back and six ahead. */
function buildOpportunities(ctx: SeedContext, p: BuiltPartnership): BuiltOpportunity[] {
  const { rng } = p;
  const associations = p.members.filter((m) => m.role === 'VOLUNTARY_ASSOCIATION');
  const templates = rng.sample(activityTemplates, p.local ? 6 : 3);
  return templates.map((template, i) => {
    const area = rng.pick(p.areas);
    const published = !(p.local && i === templates.length - 1);
    const activity = buildActivity({
      partnershipId: p.id,
      areaId: area.id,
      title: `${template.title} – ${area.spec.place}`,
      description: template.description.replace('{place}', area.spec.place),
      arenas: template.arenas,
      targetGroups: template.targetGroups,
      address: `Beboerhuset ${area.spec.place}, ${area.town}`,
      lat: jitter(rng, area.spec.lat),
      lon: jitter(rng, area.spec.lon),
      scheduleText: scheduleText(template),
      weekdays: [template.weekday],
      startsOn: addDays(p.startsOn, rng.int(0, 180)),
      endsOn: p.endsOn,
      published,
      createdAt: p.startsOn,
    });
    ctx.rows.activity.push(activity);
    const opportunity = buildOpportunity({
      activityId: activity.id,
      title: template.opportunity.title,
      description: template.opportunity.description,
      volunteersNeeded: template.opportunity.needed,
      skillsWanted: template.opportunity.skills,
      contactOrganisationId: (associations.length ? rng.pick(associations) : p.members[0])
        ?.organisationId as string,
      published,
      createdAt: p.startsOn,
    });
    ctx.rows.volunteerOpportunity.push(opportunity);
    const first = nextWeekday(addDays(ctx.now, -28), template.weekday);
    const dates = Array.from({ length: 10 }, (_, w) => addDays(first, 7 * w));
    for (const date of dates) {
      ctx.rows.shift.push(
        buildShift({
          opportunityId: opportunity.id,
          date,
          fromHour: template.fromHour,
          hours: template.hours,
        }),
      );
    }
    return {
      id: opportunity.id,
      activityId: activity.id,
      template,
      published,
      pastShiftDates: dates.filter((d) => d < ctx.now),
    };
  });
}

/** Hours on past shifts of an approved sign-up: approved, except the last week's, still pending. */
function logHours(
  ctx: SeedContext,
  rng: Rng,
  personId: string,
  opportunity: BuiltOpportunity,
  share: number,
) {
  for (const date of opportunity.pastShiftDates) {
    if (!rng.chance(share)) continue;
    const recent = date >= addDays(ctx.now, -7);
    ctx.rows.volunteerHours.push(
      buildVolunteerHours({
        activityId: opportunity.activityId,
        personId,
        date,
        hours: opportunity.template.hours.toFixed(2),
        status: recent ? 'PENDING' : 'APPROVED',
        decidedAt: recent ? null : addDays(date, 2),
        createdAt: addDays(date, 1),
      }),
    );
  }
}

/** Volunteers (users with consent) who sign up for the partnership's opportunities and log hours. */
export function buildActivitiesAndVolunteers(ctx: SeedContext, p: BuiltPartnership): void {
  const { rng } = p;
  const opportunities = buildOpportunities(ctx, p);
  const open = opportunities.filter((o) => o.published);
  // Approvals never exceed an opportunity's places; the rest wait in line, as the API keeps it.
  // One opportunity per partnership (the last by title) is full with a waiting list; the others
  // keep a place free (further people await a reply), so a new volunteer can be approved there.
  const full = open.toSorted((a, b) => a.template.title.localeCompare(b.template.title, 'da')).at(-1);
  const approved = new Map<string, number>();
  const placed = (o: BuiltOpportunity, wanted: SignUpStatus): SignUpStatus => {
    if (wanted !== 'APPROVED') return wanted;
    const taken = approved.get(o.id) ?? 0;
    if (o === full && taken >= o.template.opportunity.needed) return 'WAITLISTED';
    if (o !== full && taken >= o.template.opportunity.needed - 1) return 'APPLIED';
    approved.set(o.id, taken + 1);
    return 'APPROVED';
  };
  const count = p.local ? 24 : 8;
  for (let v = 0; v < count; v++) {
    const demo = p.copy === 0 && p.spec.key === 'aarhus' && v === 0 ? demoAccounts.volunteer : undefined;
    const name = demo?.name ?? ctx.personName(rng);
    const inactive = !demo && rng.chance(0.05);
    const createdAt = addDays(ctx.now, inactive ? -rng.int(900, 1200) : -rng.int(20, 500));
    const volunteer = ctx.user({
      name,
      email: demo?.email ?? ctx.uniqueEmail(name, 'frivillig.example'),
      role: 'VOLUNTEER',
      languages: ['da', ...rng.sample(volunteerLanguages.slice(1), rng.int(0, 2))],
      skills: rng.sample(volunteerSkills, rng.int(1, 3)),
      createdAt,
      lastActiveAt: inactive ? addDays(createdAt, 30) : addDays(ctx.now, -rng.int(0, 45)),
    });
    if (rng.chance(0.5)) {
      ctx.rows.consent.push(
        buildConsent({
          personId: volunteer.personId,
          purpose: 'contact-sharing',
          givenAt: createdAt,
          withdrawnAt: rng.chance(0.1) ? addDays(ctx.now, -rng.int(1, 15)) : null,
        }),
      );
    }
    if (inactive) continue;
    const chosen = demo ? open.slice(0, 3) : rng.sample(open, rng.int(1, 3));
    chosen.forEach((opportunity, i) => {
      const status = placed(opportunity, demo ? (i < 2 ? 'APPROVED' : 'APPLIED') : signUpStatus(rng));
      const signedUpAt = addDays(ctx.now, -rng.int(10, 60));
      ctx.rows.volunteerSignUp.push(
        buildSignUp({
          opportunityId: opportunity.id,
          personId: volunteer.personId,
          status,
          message: rng.chance(0.4) ? 'Jeg vil gerne hjælpe, hvor der er brug for det.' : '',
          createdAt: signedUpAt,
          decidedAt: status === 'APPROVED' || status === 'DECLINED' ? addDays(signedUpAt, 2) : null,
        }),
      );
      if (status === 'APPROVED') logHours(ctx, rng, volunteer.personId, opportunity, demo ? 1 : 0.6);
    });
  }
}
