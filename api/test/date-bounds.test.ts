// Dates far outside any sensible window (the year 9999, before 2000) are bad input, and
// bookings, meetings and shifts each have their own horizon (src/date-bounds.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingWorld } from './meeting-support.ts';
import { gid, RESULT, resourceWorld } from './resource-support.ts';
import { startTestApi } from './support.ts';
import { volunteerWorld } from './volunteer-support.ts';

const BOOK = `mutation ($input: BookResourceInput!) { bookResource(input: $input) { ${RESULT} } }`;
const PLAN = `mutation ($input: PlanMeetingInput!) { planMeeting(input: $input) { ${RESULT} } }`;
const CREATE_OPPORTUNITY = `mutation ($input: CreateVolunteerOpportunityInput!) { createVolunteerOpportunity(input: $input) { ${RESULT} } }`;
const LOG = `mutation ($input: LogVolunteerHoursInput!) { logVolunteerHours(input: $input) { ${RESULT} } }`;

let app: Awaited<ReturnType<typeof startTestApi>>;
let resources: Awaited<ReturnType<typeof resourceWorld>>;
let meetings: Awaited<ReturnType<typeof meetingWorld>>;
let volunteers: Awaited<ReturnType<typeof volunteerWorld>>;
// Three worlds sign many people in: on the embedded database that takes longer than one world.
beforeAll(async () => {
  app = await startTestApi();
  resources = await resourceWorld(app);
  meetings = await meetingWorld(app);
  volunteers = await volunteerWorld(app);
}, 180_000);
afterAll(() => app.close());

const yearsAhead = (years: number, hour = 10) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years, 5, 10);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};
const issues = (payload: { issues?: { path: string[]; message: string }[] }) =>
  Object.fromEntries((payload.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('date inputs', () => {
  it.each([
    ['the year 9999', '9999-06-10T10:00:00.000Z', '9999-06-10T12:00:00.000Z'],
    ['before 2000', '1999-06-10T10:00:00.000Z', '1999-06-10T12:00:00.000Z'],
  ])('refuses a booking in %s as BAD_USER_INPUT naming the field', async (_when, startsAt, endsAt) => {
    const resource = await resources.resource({ requiresApproval: false });
    const result = await resources.as.member.gql(BOOK, {
      input: { resourceId: gid('Resource', resource.id), purpose: 'Fest', startsAt, endsAt },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.map((e) => e.message).join('\n')).toContain(
      'at "input.startsAt"; DateTime must lie between 2000-01-01 and',
    );
    expect(await app.prisma.booking.count()).toBe(0);
  });

  it('refuses a booking more than 2 years ahead with a field issue in Danish', async () => {
    const resource = await resources.resource({ requiresApproval: false });
    const result = await resources.as.member.gql(BOOK, {
      input: {
        resourceId: gid('Resource', resource.id),
        purpose: 'Fest',
        startsAt: yearsAhead(3),
        endsAt: yearsAhead(3, 12),
      },
    });
    expect(issues(result.data?.bookResource)).toEqual({
      'input.startsAt': 'En booking kan højst ligge 2 år ude i fremtiden.',
    });
  });

  it('refuses a meeting more than 5 years ahead', async () => {
    const result = await meetings.as.coordinator.gql(PLAN, {
      input: {
        partnershipId: gid('Partnership', meetings.partnership.id),
        title: 'Langt ude',
        startsAt: yearsAhead(6),
        endsAt: yearsAhead(6, 12),
        address: 'Beboerhuset',
      },
    });
    expect(issues(result.data?.planMeeting)).toEqual({
      'input.startsAt': 'Et møde kan højst planlægges 5 år ude i fremtiden.',
    });
  });

  it('refuses a shift more than 2 years ahead', async () => {
    const result = await volunteers.as.coordinator.gql(CREATE_OPPORTUNITY, {
      input: {
        activityId: gid('Activity', volunteers.activity.id),
        contactOrganisationId: gid('Organisation', volunteers.association.id),
        title: 'Langt ude',
        volunteersNeeded: 2,
        published: true,
        shifts: [{ startsAt: yearsAhead(3), endsAt: yearsAhead(3, 12) }],
      },
    });
    expect(issues(result.data?.createVolunteerOpportunity)).toEqual({
      'input.shifts.0.startsAt': 'En vagt kan højst ligge 2 år ude i fremtiden.',
    });
  });

  it('refuses hours dated before 2000 as BAD_USER_INPUT', async () => {
    const result = await volunteers.as.volunteer.gql(LOG, {
      input: { activityId: gid('Activity', volunteers.activity.id), date: '1990-01-01', hours: 2 },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('input.date');
  });
});
