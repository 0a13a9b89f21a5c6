import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './support.ts';
import {
  DECIDE_SIGN_UPS,
  gid,
  issues,
  outcome,
  volunteerWorld,
  WITHDRAW_SIGN_UP,
} from './volunteer-support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof volunteerWorld>>;
beforeAll(async () => {
  app = await startTestApi();
  w = await volunteerWorld(app);
});
afterAll(() => app.close());

const ACTIVITIES = /* GraphQL */ `
  query ($filter: ActivityFilter) {
    activities(first: 20, filter: $filter) {
      totalCount
      edges { node { id title partnershipName location { lat lon } opportunities(first: 5) { edges { node { title contactOrganisation { name } } } } } }
    }
  }
`;
const OPPORTUNITY = /* GraphQL */ `
  query ($id: ID!) {
    volunteerOpportunity(id: $id) {
      title volunteersNeeded approvedVolunteers skillsWanted
      contactOrganisation { name email phone }
      activity { title scheduleText area { name } }
      upcomingShifts(first: 10) { totalCount edges { node { startsAt endsAt } } }
    }
  }
`;
const SIGN_UP = /* GraphQL */ `
  mutation ($input: SignUpForOpportunityInput!) {
    signUpForOpportunity(input: $input) {
      __typename
      ... on SignUpForOpportunitySuccess { signUp { id status message volunteer { name } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const DECIDE = DECIDE_SIGN_UPS;
const WITHDRAW = WITHDRAW_SIGN_UP;
const PARTNERSHIP_SIGN_UPS = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) { ... on Partnership { volunteerSignUps(first: 50) { totalCount edges { node { id status message volunteer { name email } } } } } }
  }
`;

const titles = (result: { data?: any; errors?: unknown }) =>
  (
    result.data ??
    (() => {
      throw new Error(JSON.stringify(result.errors));
    })()
  ).activities.edges
    .map((e: { node: { title: string } }) => e.node.title)
    .sort();

describe('public browsing', () => {
  it('lists only published activities and opportunities, with organisations and no person', async () => {
    const result = await w.as.anonymous.gql(ACTIVITIES);
    expect(result.errors).toBeUndefined();
    expect(titles(result)).toEqual(['Fællesspisning i Testparken', 'Lektiecafé i Andenparken']);
    const own = result.data?.activities.edges.find(
      (e: any) => e.node.title === 'Fællesspisning i Testparken',
    ).node;
    expect(own.partnershipName).toBe('Fællesskaber i Testparken');
    expect(own.location).toEqual({ lat: 56.15, lon: 10.13 });
    expect(own.opportunities.edges.map((e: any) => e.node.title)).toEqual(['Kok til fællesspisning']);
    expect(JSON.stringify(result.data)).not.toMatch(/Kirsten|Vera|Otto/);
  });

  it.each([
    [{ areaId: () => gid('Area', w.area.id) }, ['Fællesspisning i Testparken']],
    [{ municipalityCode: () => '0461' }, ['Lektiecafé i Andenparken']],
    [{ arena: () => 'DAYCARE_SCHOOL_EDUCATION' }, ['Lektiecafé i Andenparken']],
    [{ targetGroup: () => 'OLDER_PEOPLE' }, ['Fællesspisning i Testparken']],
    [{ weekday: () => 4 }, ['Lektiecafé i Andenparken']],
    [{ search: () => 'kok til' }, ['Fællesspisning i Testparken']],
    [{ search: () => 'upubliceret' }, []],
  ])('filters by %o', async (filter, expected) => {
    const values = Object.fromEntries(Object.entries(filter).map(([k, f]) => [k, f()]));
    expect(titles(await w.as.anonymous.gql(ACTIVITIES, { filter: values }))).toEqual(expected);
  });

  it('refuses a malformed filter as BAD_USER_INPUT', async () => {
    const result = await w.as.anonymous.gql(ACTIVITIES, { filter: { weekday: 9 } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows an opportunity page publicly: what, where, when, how many, contact organisation', async () => {
    const result = await w.as.anonymous.gql(OPPORTUNITY, {
      id: gid('VolunteerOpportunity', w.opportunity.id),
    });
    expect(result.data?.volunteerOpportunity).toMatchObject({
      title: 'Kok til fællesspisning',
      volunteersNeeded: 4,
      approvedVolunteers: 0,
      contactOrganisation: { name: 'Frivilligforeningen Testparken', email: 'kontakt@forening.example' },
      activity: { title: 'Fællesspisning i Testparken', area: { name: 'Testparken' } },
      upcomingShifts: { totalCount: 3 },
    });
  });

  it('hides unpublished opportunities (null) except from their coordinators', async () => {
    const id = gid('VolunteerOpportunity', w.hiddenOpportunity.id);
    for (const client of [w.as.anonymous, w.as.volunteer, w.as.otherCoordinator, w.as.ministry]) {
      expect((await client.gql(OPPORTUNITY, { id })).data?.volunteerOpportunity).toBeNull();
    }
    expect((await w.as.coordinator.gql(OPPORTUNITY, { id })).data?.volunteerOpportunity.title).toBe(
      'Skjult opgave',
    );
    const viaNode = await w.as.anonymous.gql(
      'query ($id: ID!) { node(id: $id) { id ... on Activity { title } } }',
      {
        id: gid('Activity', w.hiddenActivity.id),
      },
    );
    expect(viaNode.errors).toBeUndefined();
    expect(viaNode.data?.node).toBeNull();
  });
});

describe('signing up and deciding', () => {
  let signUpId: string;

  it('signs a volunteer up with a message', async () => {
    const result = await w.as.volunteer.gql(SIGN_UP, {
      input: {
        opportunityId: gid('VolunteerOpportunity', w.opportunity.id),
        message: 'Jeg kan lave mad til 40.',
      },
    });
    expect(result.data?.signUpForOpportunity).toMatchObject({
      __typename: 'SignUpForOpportunitySuccess',
      signUp: {
        status: 'APPLIED',
        message: 'Jeg kan lave mad til 40.',
        volunteer: { name: 'Vera Frivillig' },
      },
    });
    signUpId = result.data?.signUpForOpportunity.signUp.id;
    expect(await app.prisma.auditEntry.count({ where: { action: 'signUp.create' } })).toBe(1);
  });

  it('refuses a duplicate sign-up as a conflict (the database unique), in Danish and English', async () => {
    const input = { opportunityId: gid('VolunteerOpportunity', w.opportunity.id) };
    const da = await w.as.volunteer.gql(SIGN_UP, { input });
    expect(da.data?.signUpForOpportunity).toEqual({
      __typename: 'ConflictError',
      message: 'Du er allerede tilmeldt denne frivilligopgave.',
    });
    const en = await w.as.volunteerEn.gql(SIGN_UP, { input });
    expect(en.data?.signUpForOpportunity.message).toBe(
      'You have already signed up for this volunteer opportunity.',
    );
    expect(await app.prisma.volunteerSignUp.count()).toBe(1);
    expect(await app.prisma.auditEntry.count({ where: { action: 'signUp.create' } })).toBe(1);
  });

  it('refuses sign-up for an unpublished or missing opportunity (not found) and writes nothing', async () => {
    for (const id of [w.hiddenOpportunity.id, '00000000-0000-7000-8000-000000000000']) {
      const result = await w.as.volunteer.gql(SIGN_UP, {
        input: { opportunityId: gid('VolunteerOpportunity', id) },
      });
      expect(result.data?.signUpForOpportunity.__typename).toBe('NotFoundError');
    }
    const wrongType = await w.as.volunteer.gql(SIGN_UP, { input: { opportunityId: gid('Area', w.area.id) } });
    expect(outcome(wrongType, 'signUpForOpportunity')).toBe('BAD_USER_INPUT');
    expect(await app.prisma.volunteerSignUp.count()).toBe(1);
  });

  it('names an over-long message in Danish and English', async () => {
    const input = {
      opportunityId: gid('VolunteerOpportunity', w.otherOpportunity.id),
      message: 'x'.repeat(1001),
    };
    const da = await w.as.volunteer.gql(SIGN_UP, { input });
    expect(da.data?.signUpForOpportunity.__typename).toBe('ValidationError');
    // Written for people, not zod's own wording ("For stor: forventede streng havde <= 1000 tegn").
    expect(issues(da.data?.signUpForOpportunity)['input.message']).toBe('Højst 1.000 tegn.');
    const en = await w.as.volunteerEn.gql(SIGN_UP, { input });
    expect(issues(en.data?.signUpForOpportunity)['input.message']).toBe('At most 1,000 characters.');
    expect(await app.prisma.volunteerSignUp.count()).toBe(1);
  });

  it('refuses sign-up when not signed in, and for coordinators and the ministry', async () => {
    const input = { opportunityId: gid('VolunteerOpportunity', w.otherOpportunity.id) };
    expect(outcome(await w.as.anonymous.gql(SIGN_UP, { input }), 'signUpForOpportunity')).toBe(
      'UNAUTHENTICATED',
    );
    expect(outcome(await w.as.ministry.gql(SIGN_UP, { input }), 'signUpForOpportunity')).toBe('FORBIDDEN');
    expect(outcome(await w.as.coordinator.gql(SIGN_UP, { input }), 'signUpForOpportunity')).toBe('FORBIDDEN');
    expect(await app.prisma.volunteerSignUp.count()).toBe(1);
  });

  it('shows a volunteer only their own sign-ups; another volunteer cannot read them', async () => {
    const mine = await w.as.volunteer.gql(
      '{ mySignUps(first: 10) { totalCount edges { node { status } } } }',
    );
    expect(mine.data?.mySignUps.totalCount).toBe(1);
    const theirs = await w.as.otherVolunteer.gql('{ mySignUps(first: 10) { totalCount } }');
    expect(theirs.data?.mySignUps.totalCount).toBe(0);
    const byNode = await w.as.otherVolunteer.gql(
      'query ($id: ID!) { node(id: $id) { ... on VolunteerSignUp { message } } }',
      {
        id: signUpId,
      },
    );
    expect(byNode.errors).toBeUndefined();
    expect(byNode.data?.node).toBeNull();
    expect(JSON.stringify(byNode)).not.toContain('Jeg kan lave mad');
  });

  it('shows sign-ups with the volunteer to their partnership coordinator only; never to the ministry', async () => {
    const id = gid('Partnership', w.partnership.id);
    const own = await w.as.coordinator.gql(PARTNERSHIP_SIGN_UPS, { id });
    expect(own.data?.node.volunteerSignUps.edges[0].node.volunteer).toEqual({
      name: 'Vera Frivillig',
      email: 'vera@frivillig.example',
    });
    for (const client of [w.as.otherCoordinator, w.as.ministry, w.as.volunteer]) {
      const denied = await client.gql(PARTNERSHIP_SIGN_UPS, { id });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(denied.data ?? {})).not.toMatch(/Vera|vera@/);
    }
  });

  it('lets only the own coordinator decide; another coordinator and the ministry are forbidden', async () => {
    const input = { signUpIds: [signUpId], decision: 'APPROVED' };
    expect(outcome(await w.as.otherCoordinator.gql(DECIDE, { input }), 'decideVolunteerSignUps')).toBe(
      'FORBIDDEN',
    );
    expect(outcome(await w.as.ministry.gql(DECIDE, { input }), 'decideVolunteerSignUps')).toBe('FORBIDDEN');
    expect(outcome(await w.as.volunteer.gql(DECIDE, { input }), 'decideVolunteerSignUps')).toBe('FORBIDDEN');
    expect((await app.prisma.volunteerSignUp.findFirstOrThrow()).status).toBe('APPLIED');
    const result = await w.as.coordinator.gql(DECIDE, { input });
    expect(result.data?.decideVolunteerSignUps).toMatchObject({ signUps: [{ status: 'APPROVED' }] });
    const page = await w.as.anonymous.gql(OPPORTUNITY, { id: gid('VolunteerOpportunity', w.opportunity.id) });
    expect(page.data?.volunteerOpportunity.approvedVolunteers).toBe(1);
  });

  it('decides in bulk, all or nothing: a missing id or a withdrawn one changes nothing', async () => {
    const others = await Promise.all(
      [w.people.otherVolunteer, w.people.admin].map((p) =>
        app.prisma.volunteerSignUp.create({
          data: { opportunityId: w.opportunity.id, personId: p.person.id },
        }),
      ),
    );
    const ids = others.map((s) => gid('VolunteerSignUp', s.id));
    const missing = await w.as.coordinator.gql(DECIDE, {
      input: {
        signUpIds: [...ids, gid('VolunteerSignUp', '00000000-0000-7000-8000-000000000000')],
        decision: 'DECLINED',
      },
    });
    // A row that belongs to no partnership is refused outright (scopes fail closed).
    expect(outcome(missing, 'decideVolunteerSignUps')).toBe('FORBIDDEN');
    const empty = await w.as.coordinator.gql(DECIDE, { input: { signUpIds: [], decision: 'DECLINED' } });
    expect(empty.data?.decideVolunteerSignUps.__typename).toBe('ValidationError');
    expect(issues(empty.data?.decideVolunteerSignUps)['input.signUpIds']).toBe('Feltet skal udfyldes.');
    expect(await app.prisma.volunteerSignUp.count({ where: { status: 'DECLINED' } })).toBe(0);
    const bulk = await w.as.coordinator.gql(DECIDE, { input: { signUpIds: ids, decision: 'DECLINED' } });
    expect(bulk.data?.decideVolunteerSignUps.signUps.map((s: { status: string }) => s.status)).toEqual([
      'DECLINED',
      'DECLINED',
    ]);
    await app.prisma.volunteerSignUp.update({ where: { id: others[0]?.id }, data: { status: 'WITHDRAWN' } });
    const withdrawn = await w.as.coordinator.gql(DECIDE, { input: { signUpIds: ids, decision: 'APPROVED' } });
    expect(withdrawn.data?.decideVolunteerSignUps.__typename).toBe('ConflictError');
    expect(await app.prisma.volunteerSignUp.count({ where: { status: 'APPROVED' } })).toBe(1);
    await app.prisma.volunteerSignUp.deleteMany({ where: { id: { in: others.map((s) => s.id) } } });
  });

  it('lets a volunteer withdraw their own sign-up and sign up again; not someone else’s', async () => {
    const otherTries = await w.as.otherVolunteer.gql(WITHDRAW, { input: { signUpId } });
    expect(otherTries.data?.withdrawSignUp.__typename).toBe('NotFoundError');
    const result = await w.as.volunteer.gql(WITHDRAW, { input: { signUpId } });
    expect(result.data?.withdrawSignUp).toEqual({
      __typename: 'WithdrawSignUpSuccess',
      signUp: { status: 'WITHDRAWN' },
    });
    const again = await w.as.volunteer.gql(WITHDRAW, { input: { signUpId } });
    expect(again.data?.withdrawSignUp.__typename).toBe('ConflictError');
    const reapply = await w.as.volunteer.gql(SIGN_UP, {
      input: { opportunityId: gid('VolunteerOpportunity', w.opportunity.id) },
    });
    expect(reapply.data?.signUpForOpportunity.signUp).toMatchObject({ id: signUpId, status: 'APPLIED' });
  });
});

const CREATE_ACTIVITY = /* GraphQL */ `
  mutation ($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on CreateActivitySuccess { activity { id title published weekdays area { name } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
/** A time next year, e.g. nextYear('01-05T15:00:00Z'): always ahead, never beyond the shift horizon. */
const nextYear = (rest: string) => `${new Date().getUTCFullYear() + 1}-${rest}`;
const CREATE_OPPORTUNITY = /* GraphQL */ `
  mutation ($input: CreateVolunteerOpportunityInput!) {
    createVolunteerOpportunity(input: $input) {
      __typename
      ... on CreateVolunteerOpportunitySuccess { opportunity { id title published upcomingShifts(first: 5) { totalCount } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation ($input: SetActivityPublishedInput!) {
    setActivityPublished(input: $input) { __typename ... on SetActivityPublishedSuccess { activity { published } } ... on Error { message } }
  }
`;

describe('coordinators publish activities and opportunities', () => {
  const activityInput = () => ({
    partnershipId: gid('Partnership', w.partnership.id),
    areaId: gid('Area', w.area.id),
    title: 'Gåtur for alle',
    arenas: ['HEALTH_AND_CARE'],
    targetGroups: ['OLDER_PEOPLE'],
    weekdays: [5, 1, 5],
    scheduleText: 'Mandage og fredage 10-11',
    published: false,
  });

  it('creates an activity for their partnership, unpublished until they publish it', async () => {
    const result = await w.as.coordinator.gql(CREATE_ACTIVITY, { input: activityInput() });
    const created = result.data?.createActivity;
    expect(created).toMatchObject({
      __typename: 'CreateActivitySuccess',
      activity: { title: 'Gåtur for alle', published: false, weekdays: [1, 5], area: { name: 'Testparken' } },
    });
    expect(titles(await w.as.anonymous.gql(ACTIVITIES, { filter: { search: 'gåtur' } }))).toEqual([]);
    const published = await w.as.coordinator.gql(PUBLISH, {
      input: { activityId: created.activity.id, published: true },
    });
    expect(published.data?.setActivityPublished.activity.published).toBe(true);
    expect(titles(await w.as.anonymous.gql(ACTIVITIES, { filter: { search: 'gåtur' } }))).toEqual([
      'Gåtur for alle',
    ]);
    const dbId = Buffer.from(created.activity.id, 'base64').toString().split(':')[1];
    expect(
      await app.prisma.auditEntry.count({
        where: { entityId: dbId, action: { in: ['activity.create', 'activity.publish'] } },
      }),
    ).toBe(2);
  });

  it('names invalid fields in Danish and English and writes nothing', async () => {
    const before = await app.prisma.activity.count();
    const input = {
      ...activityInput(),
      title: ' ',
      weekdays: [8],
      lat: 56.1,
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
    };
    const da = await w.as.coordinator.gql(CREATE_ACTIVITY, { input });
    expect(issues(da.data?.createActivity)).toMatchObject({
      'input.title': 'Feltet skal udfyldes.',
      'input.weekdays.0': 'Ugedage skal være tal fra 1 (mandag) til 7 (søndag).',
    });
    const en = await w.as.volunteerEn.gql('{ viewer { id } }'); // language header check below uses coordinator
    expect(en.data?.viewer).toBeTruthy();
    const coordinatorEn = app.client({ 'accept-language': 'en' });
    await coordinatorEn.signIn(w.people.coordinator.user.email, w.people.coordinator.password);
    const english = await coordinatorEn.gql(CREATE_ACTIVITY, { input });
    expect(issues(english.data?.createActivity)).toMatchObject({
      'input.title': 'This field is required.',
      'input.weekdays.0': 'Weekdays must be numbers from 1 (Monday) to 7 (Sunday).',
    });
    const areaOutside = await w.as.coordinator.gql(CREATE_ACTIVITY, {
      input: { ...activityInput(), areaId: gid('Area', w.otherArea.id) },
    });
    expect(issues(areaOutside.data?.createActivity)).toEqual({
      'input.areaId': 'Området hører ikke til partnerskabet.',
    });
    expect(await app.prisma.activity.count()).toBe(before);
  });

  it('refuses another partnership’s coordinator, the ministry, volunteers and a missing partnership', async () => {
    for (const [client, code] of [
      [w.as.otherCoordinator, 'FORBIDDEN'],
      [w.as.ministry, 'FORBIDDEN'],
      [w.as.volunteer, 'FORBIDDEN'],
      [w.as.anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      expect(outcome(await client.gql(CREATE_ACTIVITY, { input: activityInput() }), 'createActivity')).toBe(
        code,
      );
    }
    const missing = await w.as.coordinator.gql(CREATE_ACTIVITY, {
      input: {
        ...activityInput(),
        partnershipId: gid('Partnership', '00000000-0000-7000-8000-000000000000'),
      },
    });
    expect(outcome(missing, 'createActivity')).toBe('FORBIDDEN');
    const publish = await w.as.otherCoordinator.gql(PUBLISH, {
      input: { activityId: gid('Activity', w.activity.id), published: false },
    });
    expect(publish.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates an opportunity with shifts; the contact must be a member organisation', async () => {
    const input = {
      activityId: gid('Activity', w.activity.id),
      contactOrganisationId: gid('Organisation', w.association.id),
      title: 'Opvasker',
      volunteersNeeded: 2,
      skillsWanted: ['opvask'],
      published: true,
      shifts: [{ startsAt: nextYear('01-05T15:00:00Z'), endsAt: nextYear('01-05T17:00:00Z') }],
    };
    const result = await w.as.coordinator.gql(CREATE_OPPORTUNITY, { input });
    expect(result.data?.createVolunteerOpportunity).toMatchObject({
      opportunity: { title: 'Opvasker', upcomingShifts: { totalCount: 1 } },
    });
    const before = await app.prisma.volunteerOpportunity.count();
    const bad = await w.as.coordinator.gql(CREATE_OPPORTUNITY, {
      input: {
        ...input,
        volunteersNeeded: 0,
        shifts: [{ startsAt: nextYear('01-05T15:00:00Z'), endsAt: nextYear('01-05T14:00:00Z') }],
      },
    });
    expect(issues(bad.data?.createVolunteerOpportunity)).toEqual({
      'input.volunteersNeeded': 'Antal frivillige skal være mindst 1.',
      'input.shifts.0.endsAt': 'Slutdatoen skal ligge efter startdatoen.',
    });
    // A shift after the activity's last day (it ends on 4 January here) is refused at the shift.
    await app.prisma.activity.update({
      where: { id: w.activity.id },
      data: { endsOn: new Date(nextYear('01-04')) },
    });
    const late = await w.as.coordinator.gql(CREATE_OPPORTUNITY, { input });
    expect(issues(late.data?.createVolunteerOpportunity)).toEqual({
      'input.shifts.0.startsAt': 'Vagten ligger uden for aktivitetens periode.',
    });
    await app.prisma.activity.update({ where: { id: w.activity.id }, data: { endsOn: null } });
    const outsider = await createOutsiderOrg();
    const notMember = await w.as.coordinator.gql(CREATE_OPPORTUNITY, {
      input: { ...input, contactOrganisationId: gid('Organisation', outsider) },
    });
    expect(issues(notMember.data?.createVolunteerOpportunity)).toEqual({
      'input.contactOrganisationId': 'Kontaktorganisationen skal være medlem af partnerskabet.',
    });
    expect(
      outcome(await w.as.otherCoordinator.gql(CREATE_OPPORTUNITY, { input }), 'createVolunteerOpportunity'),
    ).toBe('FORBIDDEN');
    expect(await app.prisma.volunteerOpportunity.count()).toBe(before);
  });
});

async function createOutsiderOrg() {
  const org = await app.prisma.organisation.create({
    data: { name: 'Udenforstående ApS', kind: 'BUSINESS' },
  });
  return org.id;
}

describe('registration with languages and skills', () => {
  it('stores optional languages and skills with the consent', async () => {
    const result = await app
      .client()
      .gql(`mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename } }`, {
        input: {
          name: 'Sprog Kyndig',
          email: 'sprog@frivillig.example',
          password: 'lang-nok-kode',
          languages: ['dansk', 'arabisk'],
          skills: ['madlavning'],
          consent: true,
          consentTextVersion: 'frivillig-samtykke-v1',
        },
      });
    expect(result.data?.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');
    await app.settled();
    const person = await app.prisma.person.findFirstOrThrow({ where: { email: 'sprog@frivillig.example' } });
    expect(person).toMatchObject({ languages: ['dansk', 'arabisk'], skills: ['madlavning'] });
  });
});
