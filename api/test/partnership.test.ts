import { createFundingPool, createFundingRound, createGrant } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, gid, partnershipWorld, rowCounts } from './partnership-support.ts';
import { startTestApi } from './support.ts';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      __typename
      ... on CreatePartnershipSuccess { partnership { id slug name status viewerCanCoordinate areas { name } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      __typename
      ... on UpdatePartnershipSuccess { partnership { id name status endsOn areas { name } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const ONE = /* GraphQL */ `
  query One($slug: String!) {
    partnership(slug: $slug) { id name status viewerCanCoordinate voluntaryAssociationCount associationTarget }
  }
`;
const HISTORY = /* GraphQL */ `
  query History($slug: String!) {
    partnership(slug: $slug) { history(first: 10) { totalCount edges { node { action entityType actorName changes } } } }
  }
`;

describe('partnerships: create, read, update, history', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof partnershipWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await partnershipWorld(app);
  });
  afterAll(() => app.close());

  const validInput = () => ({
    name: 'Naboer i Bispehaven',
    description: 'Flere ind i fællesskaber.',
    areaIds: [gid('Area', w.area.id)],
    arenas: ['LEISURE_AND_COMMUNITIES'],
    targetGroups: ['OLDER_PEOPLE'],
    startsOn: '2026-03-01',
    endsOn: '2028-12-31',
  });

  it('lets a coordinator create a partnership, become its coordinator, and audits it', async () => {
    const client = await w.as('coordinator');
    const result = await client.gql(CREATE, { input: validInput() });
    const payload = result.data?.createPartnership;
    expect(payload.__typename).toBe('CreatePartnershipSuccess');
    expect(payload.partnership).toMatchObject({
      slug: 'naboer-i-bispehaven',
      status: 'PLANNED',
      viewerCanCoordinate: true,
      areas: [{ name: 'Gellerupparken' }],
    });
    const id = Buffer.from(payload.partnership.id, 'base64').toString().split(':')[1] as string;
    const coordinators = await app.prisma.partnershipCoordinator.findMany({ where: { partnershipId: id } });
    expect(coordinators.map((c) => c.userId)).toEqual([w.users.coordinator.user.id]);
    const entries = await app.prisma.auditEntry.findMany({ where: { partnershipId: id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'create',
      entityType: 'Partnership',
      actorUserId: w.users.coordinator.user.id,
    });
    // The same name again gets a free slug.
    const again = await client.gql(CREATE, { input: validInput() });
    expect(again.data?.createPartnership.partnership.slug).toBe('naboer-i-bispehaven-2');
  });

  it('names each invalid field in Danish and in English, and writes nothing', async () => {
    const before = await rowCounts(app);
    const input = {
      ...validInput(),
      name: ' ',
      areaIds: [],
      startsOn: null,
      endsOn: null,
      slug: 'Ikke Gyldig',
    };
    const da = (await (await w.as('coordinator')).gql(CREATE, { input })).data?.createPartnership;
    expect(da.__typename).toBe('ValidationError');
    const byField = Object.fromEntries(
      da.issues.map((i: { path: string[]; message: string }) => [i.path.at(-1), i.message]),
    );
    expect(byField).toMatchObject({
      name: 'Feltet skal udfyldes.',
      areaIds: 'Vælg mindst ét boligområde.',
      slug: 'Kortnavnet må kun indeholde små bogstaver, tal og bindestreger.',
      startsOn: 'Feltet skal udfyldes.',
    });
    const en = (await (await w.as('coordinator', EN)).gql(CREATE, { input })).data?.createPartnership;
    const enByField = Object.fromEntries(
      en.issues.map((i: { path: string[]; message: string }) => [i.path.at(-1), i.message]),
    );
    expect(enByField).toMatchObject({
      name: 'This field is required.',
      areaIds: 'Choose at least one housing area.',
    });
    const period = (
      await (await w.as('coordinator', EN)).gql(CREATE, { input: { ...validInput(), endsOn: '2020-01-01' } })
    ).data?.createPartnership;
    expect(period.issues).toEqual([
      { path: ['input', 'endsOn'], message: 'The end date must be after the start date.' },
    ]);
    const wrongId = (
      await (
        await w.as('coordinator')
      ).gql(CREATE, { input: { ...validInput(), areaIds: [gid('Organisation', w.area.id)] } })
    ).data?.createPartnership;
    expect(wrongId.issues[0]).toEqual({ path: ['input', 'areaIds', '0'], message: "Id'et er ikke gyldigt." });
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses creation to volunteers, the ministry and anonymous visitors', async () => {
    const before = await rowCounts(app);
    for (const role of ['volunteer', 'ministry'] as const) {
      const result = await (await w.as(role)).gql(CREATE, { input: validInput() });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await app.client().gql(CREATE, { input: validInput() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rowCounts(app)).toEqual(before);
  });

  it('reads one partnership by slug for anyone signed in; null when missing', async () => {
    const ministry = await w.as('ministry');
    const found = await ministry.gql(ONE, { slug: 'faellesskab-i-gellerup' });
    expect(found.data?.partnership).toMatchObject({
      name: 'Fællesskab i Gellerup',
      viewerCanCoordinate: false,
      associationTarget: null, // no grant yet, so no pool sets a bar
    });
    expect((await ministry.gql(ONE, { slug: 'findes-ikke' })).data?.partnership).toBeNull();
    expect(
      (await app.client().gql(ONE, { slug: 'faellesskab-i-gellerup' })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('takes the 30-association bar from the funding pool, not from every partnership', async () => {
    const ministry = await w.as('ministry');
    const housingPool = await createFundingPool(app.prisma, { stream: 'HOUSING_SOCIAL_PLAN' });
    const plan = await createFundingRound(app.prisma, { poolId: housingPool.id });
    await createGrant(app.prisma, { roundId: plan.id, partnershipId: w.partnership.id });
    const target = async () =>
      (await ministry.gql(ONE, { slug: 'faellesskab-i-gellerup' })).data?.partnership;
    // A boligsocial helhedsplan asks no bar of its partnerships.
    expect((await target()).associationTarget).toBeNull();
    const local = await createFundingRound(app.prisma, {
      poolId: (await createFundingPool(app.prisma, { stream: 'LOCAL_PARTNERSHIPS' })).id,
    });
    await createGrant(app.prisma, { roundId: local.id, partnershipId: w.partnership.id });
    expect((await target()).associationTarget).toBe(30);
  });

  it('lets its coordinator and admins update it; status only moves forward', async () => {
    const id = gid('Partnership', w.otherPartnership.id);
    const own = await w.as('otherCoordinator');
    const renamed = await own.gql(UPDATE, {
      input: {
        id,
        name: 'Vollsmose i fællesskab',
        areaIds: [gid('Area', w.area.id), gid('Area', w.otherArea.id)],
      },
    });
    expect(renamed.data?.updatePartnership.partnership).toMatchObject({
      name: 'Vollsmose i fællesskab',
      areas: [{ name: 'Gellerupparken' }, { name: 'Vollsmose' }],
    });
    const active = await own.gql(UPDATE, { input: { id, status: 'ACTIVE' } });
    expect(active.data?.updatePartnership.partnership.status).toBe('ACTIVE');
    const before = await rowCounts(app);
    const back = await (await w.as('otherCoordinator', EN)).gql(UPDATE, {
      input: { id, status: 'PLANNED', name: 'Tilbage' },
    });
    expect(back.data?.updatePartnership).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        {
          path: ['input', 'status'],
          message: 'The status can only go from planned to active to ended, never back.',
        },
      ],
    });
    expect(await rowCounts(app)).toEqual(before);
    expect(
      (await app.prisma.partnership.findUniqueOrThrow({ where: { id: w.otherPartnership.id } })).name,
    ).toBe('Vollsmose i fællesskab');
    const ended = await (await w.as('admin')).gql(UPDATE, { input: { id, status: 'ENDED' } });
    expect(ended.data?.updatePartnership.partnership.status).toBe('ENDED');
    const audit = await app.prisma.auditEntry.findMany({
      where: { partnershipId: w.otherPartnership.id },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((a) => Object.keys(a.changes as object).sort())).toEqual([
      ['areaIds', 'name'],
      ['status'],
      ['status'],
    ]);
  });

  it('refuses updates from a coordinator of another partnership, volunteers and the ministry', async () => {
    const before = await rowCounts(app);
    const input = { id: gid('Partnership', w.partnership.id), name: 'Overtaget' };
    for (const role of ['otherCoordinator', 'volunteer', 'ministry'] as const) {
      const result = await (await w.as(role)).gql(UPDATE, { input });
      expect(result.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    expect(await rowCounts(app)).toEqual(before);
    expect((await app.prisma.partnership.findUniqueOrThrow({ where: { id: w.partnership.id } })).name).toBe(
      'Fællesskab i Gellerup',
    );
  });

  it('answers NotFound for an unknown partnership (admin) and a validation error for a malformed id', async () => {
    const admin = await w.as('admin');
    const missing = await admin.gql(UPDATE, {
      input: { id: gid('Partnership', '0190a0a0-0000-7000-8000-000000000000'), name: 'X' },
    });
    expect(missing.data?.updatePartnership.__typename).toBe('NotFoundError');
    const malformed = await admin.gql(UPDATE, { input: { id: 'nonsense', name: 'X' } });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'id'], message: "Id'et er ikke gyldigt." }],
    });
  });

  it('shows the history to its coordinators and admins only', async () => {
    const own = await (await w.as('otherCoordinator')).gql(HISTORY, { slug: 'vollsmose-sammen' });
    expect(own.data?.partnership.history.totalCount).toBe(3);
    expect(own.data?.partnership.history.edges[0].node).toMatchObject({
      action: 'update',
      entityType: 'Partnership',
      changes: { status: ['ACTIVE', 'ENDED'] },
    });
    const admin = await (await w.as('admin')).gql(HISTORY, { slug: 'vollsmose-sammen' });
    expect(admin.data?.partnership.history.totalCount).toBe(3);
    for (const role of ['coordinator', 'volunteer', 'ministry'] as const) {
      const denied = await (await w.as(role)).gql(HISTORY, { slug: 'vollsmose-sammen' });
      expect(denied.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });
});
