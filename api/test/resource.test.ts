import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { futureDate, gid, RESULT, resourceWorld, slot } from './resource-support.ts';
import { startTestApi } from './support.ts';

const OFFER = /* GraphQL */ `
  mutation Offer($input: OfferResourceInput!) {
    offerResource(input: $input) {
      ${RESULT}
      ... on OfferResourceSuccess {
        resource {
          id kind title capacity audience requiresApproval address
          location { lat lon }
          owner { name } partnership { name } area { name }
          openingHours { weekday opensAt closesAt }
          exceptions { date closed opensAt closesAt note }
          viewerCanManage viewerCanBook
        }
      }
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateResourceInput!) {
    updateResource(input: $input) {
      ${RESULT}
      ... on UpdateResourceSuccess { resource { id title audience openingHours { weekday opensAt closesAt } } }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query Search($kind: ResourceKind, $areaId: ID, $partnershipId: ID, $search: String, $freeFrom: DateTime, $freeTo: DateTime) {
    resources(first: 50, kind: $kind, areaId: $areaId, partnershipId: $partnershipId, search: $search, freeFrom: $freeFrom, freeTo: $freeTo) {
      totalCount
      edges { node { id title kind audience location { lat lon } partnership { name } area { name } owner { name } } }
    }
  }
`;

describe('offering, editing and finding resources', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof resourceWorld>>;
  const input = () => ({
    partnershipId: gid('Partnership', w.p.id),
    ownerOrganisationId: gid('Organisation', w.housing.id),
    kind: 'ROOM',
    title: 'Fælleshuset i Toveshøj',
    description: 'Plads til 40, køkken og projektor.',
    capacity: 40,
    address: 'Edwin Rahrs Vej 1, 8220 Brabrand',
    lat: w.areaA.centreLat,
    lon: w.areaA.centreLon,
    areaId: gid('Area', w.areaA.id),
    audience: 'AREA',
    requiresApproval: true,
    openingHours: [
      { weekday: 1, opensAt: 540, closesAt: 1260 },
      { weekday: 6, opensAt: 600, closesAt: 960 },
    ],
    exceptions: [{ date: '2030-12-24', closed: true, note: 'Juleaften' }],
  });

  beforeAll(async () => {
    app = await startTestApi();
    w = await resourceWorld(app);
  });
  afterAll(() => app.close());

  it("lets a partnership's coordinator offer a member organisation's room, with hours, exceptions and an audit entry", async () => {
    const result = await w.as.coordinator.gql(OFFER, { input: input() });
    const resource = result.data?.offerResource.resource;
    expect(result.data?.offerResource.__typename).toBe('OfferResourceSuccess');
    expect(resource).toMatchObject({
      kind: 'ROOM',
      title: 'Fælleshuset i Toveshøj',
      capacity: 40,
      audience: 'AREA',
      requiresApproval: true,
      owner: { name: 'Boligforeningen Test' },
      area: { name: w.areaA.name },
      openingHours: [
        { weekday: 1, opensAt: 540, closesAt: 1260 },
        { weekday: 6, opensAt: 600, closesAt: 960 },
      ],
      exceptions: [{ date: '2030-12-24', closed: true, opensAt: null, closesAt: null, note: 'Juleaften' }],
      viewerCanManage: true,
      viewerCanBook: true,
    });
    const id = Buffer.from(resource.id, 'base64').toString().split(':')[1];
    const audit = await app.prisma.auditEntry.findFirst({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: 'resource.offer', partnershipId: w.p.id });
  });

  it('names every invalid field in Danish and in English, and writes nothing', async () => {
    const before = await app.prisma.resource.count();
    const bad = {
      ...input(),
      title: ' ',
      capacity: -1,
      lat: 40,
      openingHours: [
        { weekday: 1, opensAt: 600, closesAt: 540 },
        { weekday: 8, opensAt: 0, closesAt: 60 },
      ],
      exceptions: [{ date: '2030-12-24', closed: false, note: '' }],
    };
    const da = (await w.as.coordinator.gql(OFFER, { input: bad })).data?.offerResource;
    const en = (await w.as.coordinatorEn.gql(OFFER, { input: bad })).data?.offerResource;
    const byField = (payload: { issues: { path: string[]; message: string }[] }) =>
      Object.fromEntries(payload.issues.map((i) => [i.path.join('.'), i.message]));
    expect(da.__typename).toBe('ValidationError');
    expect(byField(da)).toMatchObject({
      'input.title': 'Feltet skal udfyldes.',
      'input.openingHours.0.closesAt': 'Lukketiden skal være efter åbningstiden.',
      'input.exceptions.0.opensAt': 'Angiv åbnings- og lukketid, eller markér dagen som lukket.',
      'input.lat': 'Punktet skal ligge i Danmark.',
    });
    expect(byField(da)['input.capacity']).toBe('Må ikke være negativ.');
    expect(byField(da)['input.openingHours.1.weekday']).toBeTruthy();
    expect(byField(en)).toMatchObject({
      'input.title': 'This field is required.',
      'input.openingHours.0.closesAt': 'The closing time must be after the opening time.',
      'input.lat': 'The point must be in Denmark.',
    });
    const overlap = await w.as.coordinatorEn.gql(OFFER, {
      input: {
        ...input(),
        audience: 'AREA',
        areaId: null,
        openingHours: [
          { weekday: 2, opensAt: 540, closesAt: 720 },
          { weekday: 2, opensAt: 700, closesAt: 800 },
        ],
      },
    });
    expect(byField(overlap.data?.offerResource)).toEqual({
      'input.areaId': 'Choose an area when every partnership in the area may book.',
      'input.openingHours.1.opensAt': 'Opening hours on the same weekday must not overlap.',
    });
    expect(await app.prisma.resource.count()).toBe(before);
  });

  it('refuses an owner outside the partnership, an area of another partnership and a point outside the area', async () => {
    const before = await app.prisma.resource.count();
    const result = await w.as.coordinatorEn.gql(OFFER, {
      input: { ...input(), ownerOrganisationId: gid('Organisation', w.outsiderOrg.id), lat: 56.2, lon: 9.0 },
    });
    expect(result.data?.offerResource.issues).toEqual([
      {
        path: ['input', 'ownerOrganisationId'],
        message: 'The owner must be a member organisation of the partnership.',
      },
      { path: ['input', 'lat'], message: 'The point is not inside the chosen area.' },
    ]);
    const area = await w.as.coordinator.gql(OFFER, {
      input: { ...input(), areaId: gid('Area', w.areaB.id) },
    });
    expect(area.data?.offerResource.issues).toEqual([
      { path: ['input', 'areaId'], message: 'Området skal være et af partnerskabets områder.' },
    ]);
    expect(await app.prisma.resource.count()).toBe(before);
  });

  it('denies offering to everyone but the coordinators of that partnership, and writes nothing', async () => {
    const before = await app.prisma.resource.count();
    for (const client of [w.as.other, w.as.neighbour, w.as.member, w.as.volunteer, w.as.ministry]) {
      const result = await client.gql(OFFER, { input: input() });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.offerResource ?? null).toBeNull();
    }
    const anonymous = await app.client().gql(OFFER, { input: input() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongType = await w.as.coordinator.gql(OFFER, {
      input: { ...input(), partnershipId: gid('Area', w.p.id) },
    });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'partnershipId'] }],
    });
    expect(await app.prisma.resource.count()).toBe(before);
  });

  it('lets the coordinator edit a resource, replacing its hours; others are denied or get not found', async () => {
    const resource = await w.resource({ title: 'Gammel titel' });
    const edit = {
      ...input(),
      partnershipId: undefined,
      id: gid('Resource', resource.id),
      title: 'Ny titel',
      audience: 'SIGNED_IN',
      openingHours: [{ weekday: 3, opensAt: 480, closesAt: 960 }],
      exceptions: [],
    };
    const result = await w.as.coordinator.gql(UPDATE, { input: edit });
    expect(result.data?.updateResource).toMatchObject({
      __typename: 'UpdateResourceSuccess',
      resource: {
        title: 'Ny titel',
        audience: 'SIGNED_IN',
        openingHours: [{ weekday: 3, opensAt: 480, closesAt: 960 }],
      },
    });
    const audit = await app.prisma.auditEntry.findFirst({
      where: { entityId: resource.id, action: 'resource.update' },
    });
    expect(audit?.changes).toMatchObject({ title: ['Gammel titel', 'Ny titel'] });

    for (const client of [w.as.other, w.as.member, w.as.ministry]) {
      const denied = await client.gql(UPDATE, { input: { ...edit, title: 'Kapret' } });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const missing = await w.as.coordinator.gql(UPDATE, {
      input: { ...edit, id: gid('Resource', '00000000-0000-7000-8000-000000000000') },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // no such resource: refused
    const invalid = await w.as.coordinator.gql(UPDATE, { input: { ...edit, title: '' } });
    expect(invalid.data?.updateResource.__typename).toBe('ValidationError');
    expect((await app.prisma.resource.findUniqueOrThrow({ where: { id: resource.id } })).title).toBe(
      'Ny titel',
    );
  });

  it('shows each viewer only the resources their audience allows; the ministry sees none', async () => {
    const own = await w.resource({ title: 'Synlig-partnerskab', audience: 'PARTNERSHIP' });
    const area = await w.resource({ title: 'Synlig-område', audience: 'AREA' });
    const all = await w.resource({ title: 'Synlig-alle', audience: 'SIGNED_IN' });
    const titles = async (client: typeof w.as.coordinator) =>
      ((await client.gql(SEARCH, { search: 'Synlig-' })).data?.resources.edges ?? []).map(
        (e: { node: { title: string } }) => e.node.title,
      );
    expect(await titles(w.as.coordinator)).toEqual(['Synlig-alle', 'Synlig-område', 'Synlig-partnerskab']);
    expect(await titles(w.as.member)).toEqual(['Synlig-alle', 'Synlig-område', 'Synlig-partnerskab']);
    expect(await titles(w.as.neighbour)).toEqual(['Synlig-alle', 'Synlig-område']);
    expect(await titles(w.as.other)).toEqual(['Synlig-alle']);
    expect(await titles(w.as.volunteer)).toEqual(['Synlig-alle']);
    expect(await titles(w.as.admin)).toEqual(['Synlig-alle', 'Synlig-område', 'Synlig-partnerskab']);
    const ministry = await w.as.ministry.gql(SEARCH, {});
    expect(ministry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const ONE = 'query One($id: ID!) { resource(id: $id) { title } }';
    expect((await w.as.other.gql(ONE, { id: gid('Resource', own.id) })).data?.resource).toBeNull();
    expect((await w.as.neighbour.gql(ONE, { id: gid('Resource', area.id) })).data?.resource).toEqual({
      title: 'Synlig-område',
    });
    expect((await w.as.volunteer.gql(ONE, { id: gid('Resource', all.id) })).data?.resource).toEqual({
      title: 'Synlig-alle',
    });
    const node = await w.as.other.gql('query N($id: ID!) { node(id: $id) { id } }', {
      id: gid('Resource', own.id),
    });
    expect(node.errors).toBeUndefined();
    expect(node.data?.node).toBeNull();
    expect(JSON.stringify(node)).not.toContain('Synlig-partnerskab');
  });

  it('filters by kind, area, partnership, free text and a free slot, with the count', async () => {
    const van = await w.resource({ title: 'Filter-bus', kind: 'VEHICLE', areaId: w.areaB.id });
    const room = await w.resource({ title: 'Filter-sal', kind: 'ROOM' });
    const closedRoom = await w.resource({ title: 'Filter-lukket', kind: 'ROOM', openingHours: [] });
    const date = futureDate(2);
    await app.prisma.resourceException.create({
      data: { resourceId: closedRoom.id, date: new Date(`${date}T00:00:00Z`) },
    });
    const wanted = slot(date, 10, 12);
    await app.prisma.booking.create({
      data: {
        resourceId: room.id,
        requestedById: w.people.member.user.id,
        purpose: 'Optaget',
        status: 'CONFIRMED',
        ...slot(date, 11, 13),
      },
    });
    const titles = async (vars: Record<string, unknown>) => {
      const result = await w.as.coordinator.gql(SEARCH, { search: 'Filter-', ...vars });
      expect(result.errors).toBeUndefined();
      return {
        count: result.data?.resources.totalCount,
        titles: result.data?.resources.edges.map((e: { node: { title: string } }) => e.node.title),
      };
    };
    expect(await titles({})).toEqual({ count: 3, titles: ['Filter-bus', 'Filter-lukket', 'Filter-sal'] });
    expect((await titles({ kind: 'VEHICLE' })).titles).toEqual(['Filter-bus']);
    expect((await titles({ areaId: gid('Area', w.areaB.id) })).titles).toEqual(['Filter-bus']);
    expect((await titles({ partnershipId: gid('Partnership', w.r.id) })).count).toBe(0);
    expect((await titles({ search: 'filter-SAL' })).titles).toEqual(['Filter-sal']);
    // The room is booked 11-13 and the other room closed that day: only the van is free 10-12.
    expect(await titles({ freeFrom: wanted.startsAt, freeTo: wanted.endsAt })).toEqual({
      count: 1,
      titles: ['Filter-bus'],
    });
    // Before the booking starts, the room is free too; the van is closed at 07.
    const early = slot(date, 9, 11);
    expect((await titles({ freeFrom: early.startsAt, freeTo: early.endsAt })).titles).toEqual([
      'Filter-bus',
      'Filter-sal',
    ]);
    const night = slot(date, 6, 7);
    expect((await titles({ freeFrom: night.startsAt, freeTo: night.endsAt })).titles).toEqual([]);
    void van;
  });

  it('refuses a malformed slot filter as BAD_USER_INPUT', async () => {
    const wanted = slot(futureDate(2), 10, 12);
    const reversed = await w.as.coordinatorEn.gql(SEARCH, {
      freeFrom: wanted.endsAt,
      freeTo: wanted.startsAt,
    });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['freeTo'], message: 'The end must be after the start.' }],
    });
    const half = await w.as.coordinator.gql(SEARCH, { freeFrom: wanted.startsAt });
    expect(half.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads a page of resources with their relations in a fixed number of statements', async () => {
    for (let i = 0; i < 4; i++) await w.resource({ title: `Tælle-${i}` });
    app.takeStatements();
    await w.as.admin.gql(SEARCH, { search: 'Tælle-' });
    const few = app.takeStatements().length;
    for (let i = 4; i < 12; i++) await w.resource({ title: `Tælle-${i}` });
    app.takeStatements();
    await w.as.admin.gql(SEARCH, { search: 'Tælle-' });
    expect(app.takeStatements().length).toBe(few);
  });

  it('lists the partnerships and member organisations a coordinator may offer for', async () => {
    const result = await w.as.coordinator.gql(
      '{ resourceOfferPartnerships(first: 10) { totalCount edges { node { name resourceOwnerOptions { name } } } } }',
    );
    expect(result.data?.resourceOfferPartnerships).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            name: w.p.name,
            resourceOwnerOptions: [{ name: 'Boligforeningen Test' }, { name: 'Idrætsforeningen Test' }],
          },
        },
      ],
    });
    const volunteer = await w.as.volunteer.gql('{ resourceOfferPartnerships(first: 10) { totalCount } }');
    expect(volunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
