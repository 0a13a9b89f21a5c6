import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './support.ts';
import { gid, issues, outcome, volunteerWorld } from './volunteer-support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof volunteerWorld>>;
beforeAll(async () => {
  app = await startTestApi();
  w = await volunteerWorld(app);
  await app.prisma.volunteerSignUp.create({
    data: {
      opportunityId: w.opportunity.id,
      personId: w.people.volunteer.person.id,
      status: 'APPROVED',
      // Signed up a month ago: the hours below fall within the sign-up's period.
      createdAt: new Date(Date.now() - 30 * 86_400_000),
    },
  });
});
afterAll(() => app.close());

const LOG = /* GraphQL */ `
  mutation ($input: LogVolunteerHoursInput!) {
    logVolunteerHours(input: $input) {
      __typename
      ... on LogVolunteerHoursSuccess { hours { id hours date note status } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation ($input: DecideVolunteerHoursInput!) {
    decideVolunteerHours(input: $input) { __typename ... on DecideVolunteerHoursSuccess { hours { status } } ... on Error { message } }
  }
`;
const SUMMARY = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) { ... on Partnership { volunteerHoursSummary { approvedHours pendingHours activities { approvedHours pendingHours activity { title } } } } }
  }
`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const input = (extra: Record<string, unknown> = {}) => ({
  activityId: gid('Activity', w.activity.id),
  date: day(-2),
  hours: 3.5,
  note: 'Lavede suppe',
  ...extra,
});

describe('logging hours', () => {
  let hoursId: string;
  it('logs hours on an activity the volunteer is approved for, pending approval', async () => {
    const result = await w.as.volunteer.gql(LOG, { input: input() });
    expect(result.data?.logVolunteerHours.hours).toMatchObject({
      hours: 3.5,
      date: day(-2),
      status: 'PENDING',
      note: 'Lavede suppe',
    });
    hoursId = result.data?.logVolunteerHours.hours.id;
  });

  it('refuses 0, more than 24 and future dates, per field, in Danish and English, writing nothing', async () => {
    const before = await app.prisma.volunteerHours.count();
    const tooEarly = await w.as.volunteer.gql(LOG, { input: input({ date: day(-400) }) });
    // Not before they signed up (1 May 2020 for someone who joined last month).
    expect(issues(tooEarly.data?.logVolunteerHours)['input.date']).toBe(
      'Datoen ligger uden for din tilmelding: vælg en dag fra du blev tilmeldt, og inden aktiviteten sluttede.',
    );
    const da = await w.as.volunteer.gql(LOG, { input: input({ hours: 0, date: day(2) }) });
    expect(issues(da.data?.logVolunteerHours)).toEqual({
      'input.hours': 'Timer skal være mere end 0 og højst 24.',
      'input.date': 'Du kan ikke registrere timer på en dato i fremtiden.',
    });
    const en = await w.as.volunteerEn.gql(LOG, { input: input({ hours: 25 }) });
    expect(issues(en.data?.logVolunteerHours)).toEqual({
      'input.hours': 'Hours must be more than 0 and at most 24.',
    });
    expect(await app.prisma.volunteerHours.count()).toBe(before);
  });

  it('refuses more than 24 hours on one day in total', async () => {
    expect(
      (await w.as.volunteer.gql(LOG, { input: input({ hours: 20 }) })).data?.logVolunteerHours.__typename,
    ).toBe('LogVolunteerHoursSuccess');
    const before = await app.prisma.volunteerHours.count();
    const over = await w.as.volunteer.gql(LOG, { input: input({ hours: 1 }) });
    expect(issues(over.data?.logVolunteerHours)).toEqual({
      'input.hours': 'Du kan højst registrere 24 timer i alt på én dag.',
    });
    const en = await w.as.volunteerEn.gql(LOG, { input: input({ hours: 0.75 }) });
    expect(issues(en.data?.logVolunteerHours)).toEqual({
      'input.hours': 'You can log at most 24 hours in total on one day.',
    });
    expect(
      (await w.as.volunteer.gql(LOG, { input: input({ hours: 0.5 }) })).data?.logVolunteerHours.__typename,
    ).toBe('LogVolunteerHoursSuccess');
    expect(await app.prisma.volunteerHours.count()).toBe(before + 1);
  });

  it('refuses hours where the volunteer is not approved, a missing activity, and other roles', async () => {
    const notApproved = await w.as.otherVolunteer.gql(LOG, { input: input() });
    expect(notApproved.data?.logVolunteerHours).toEqual({
      __typename: 'NotAllowedError',
      message: 'Du kan kun registrere timer for aktiviteter, hvor du er godkendt som frivillig.',
    });
    const missing = await w.as.volunteer.gql(LOG, {
      input: input({ activityId: gid('Activity', '00000000-0000-7000-8000-000000000000') }),
    });
    expect(missing.data?.logVolunteerHours.__typename).toBe('NotFoundError');
    expect(outcome(await w.as.ministry.gql(LOG, { input: input() }), 'logVolunteerHours')).toBe('FORBIDDEN');
    expect(outcome(await w.as.anonymous.gql(LOG, { input: input() }), 'logVolunteerHours')).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('shows a volunteer only their own hours', async () => {
    const mine = await w.as.volunteer.gql('{ myVolunteerHours(first: 20) { totalCount } }');
    expect(mine.data?.myVolunteerHours.totalCount).toBe(3);
    expect(
      (await w.as.otherVolunteer.gql('{ myVolunteerHours(first: 20) { totalCount } }')).data?.myVolunteerHours
        .totalCount,
    ).toBe(0);
    const byNode = await w.as.otherVolunteer.gql(
      'query ($id: ID!) { node(id: $id) { ... on VolunteerHours { note } } }',
      { id: hoursId },
    );
    expect(JSON.stringify(byNode)).not.toContain('Lavede suppe');
  });

  it('lets the own coordinator approve (single and bulk); others are forbidden; all or nothing', async () => {
    const rows = await app.prisma.volunteerHours.findMany({ orderBy: { createdAt: 'asc' } });
    const ids = rows.map((r) => gid('VolunteerHours', r.id));
    for (const client of [w.as.otherCoordinator, w.as.ministry, w.as.volunteer]) {
      expect(
        outcome(
          await client.gql(DECIDE, { input: { hoursIds: ids, decision: 'APPROVED' } }),
          'decideVolunteerHours',
        ),
      ).toBe('FORBIDDEN');
    }
    const single = await w.as.coordinator.gql(DECIDE, {
      input: { hoursIds: [ids[0]], decision: 'APPROVED' },
    });
    expect(single.data?.decideVolunteerHours.hours).toEqual([{ status: 'APPROVED' }]);
    const again = await w.as.coordinator.gql(DECIDE, { input: { hoursIds: ids, decision: 'APPROVED' } });
    expect(again.data?.decideVolunteerHours.__typename).toBe('ConflictError');
    expect(await app.prisma.volunteerHours.count({ where: { status: 'APPROVED' } })).toBe(1);
    const bulk = await w.as.coordinator.gql(DECIDE, {
      input: { hoursIds: ids.slice(1), decision: 'APPROVED' },
    });
    expect(bulk.data?.decideVolunteerHours.hours).toHaveLength(2);
  });

  it('sums hours per activity and per partnership for the coordinator and (totals only) the ministry', async () => {
    const id = gid('Partnership', w.partnership.id);
    const own = await w.as.coordinator.gql(SUMMARY, { id });
    expect(own.data?.node.volunteerHoursSummary).toEqual({
      approvedHours: 24,
      pendingHours: 0,
      activities: [
        { approvedHours: 24, pendingHours: 0, activity: { title: 'Fællesspisning i Testparken' } },
      ],
    });
    expect((await w.as.ministry.gql(SUMMARY, { id })).data?.node.volunteerHoursSummary.approvedHours).toBe(
      24,
    );
    expect((await w.as.otherCoordinator.gql(SUMMARY, { id })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('never shows the ministry a volunteer: the hours list is forbidden', async () => {
    const result = await w.as.ministry.gql(
      'query ($id: ID!) { node(id: $id) { ... on Partnership { volunteerHours(first: 5) { edges { node { volunteer { name } } } } } } }',
      { id: gid('Partnership', w.partnership.id) },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(result)).not.toContain('Vera');
  });

  it('decides each entry once when two coordinators approve and reject it at once (conditional update)', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app.prisma.volunteerHours.create({
          data: {
            activityId: w.activity.id,
            personId: w.people.volunteer.person.id,
            date: new Date(`${day(-3 - i)}T00:00:00Z`),
            hours: '1.00',
          },
        }),
      ),
    );
    const decide = (id: string, decision: 'APPROVED' | 'REJECTED') =>
      w.as.coordinator.gql(DECIDE, { input: { hoursIds: [gid('VolunteerHours', id)], decision } });
    const results = await Promise.all(
      created.map((row) => Promise.all([decide(row.id, 'APPROVED'), decide(row.id, 'REJECTED')])),
    );
    for (const [index, pair] of results.entries()) {
      const kinds = pair.map((r) => outcome(r, 'decideVolunteerHours'));
      // One decision wins; the other learns it came too late instead of overwriting it.
      expect(kinds.sort()).toEqual(['ConflictError', 'DecideVolunteerHoursSuccess']);
      const winner = pair.find((r) => outcome(r, 'decideVolunteerHours') === 'DecideVolunteerHoursSuccess');
      const row = await app.prisma.volunteerHours.findUniqueOrThrow({ where: { id: created[index]?.id } });
      expect(winner?.data?.decideVolunteerHours.hours).toEqual([{ status: row.status }]);
      const audits = await app.prisma.auditEntry.count({ where: { entityId: row.id } });
      expect(audits).toBe(1);
    }
  });
});
