import {
  createArea,
  createGrant,
  createOrganisation,
  createPartnership,
  createUser,
} from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid } from './partnership-support.ts';
import { startTestApi } from './support.ts';

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $search: String, $municipalityCode: String, $regionCode: String,
    $arena: Arena, $targetGroup: TargetGroup, $status: PartnershipStatus, $fundingRoundId: ID, $orderBy: PartnershipOrder) {
    partnerships(first: $first, after: $after, search: $search, municipalityCode: $municipalityCode, regionCode: $regionCode,
      arena: $arena, targetGroup: $targetGroup, status: $status, fundingRoundId: $fundingRoundId, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        name status voluntaryAssociationCount
        areas { name municipality { name } }
        members(first: 5) { totalCount edges { node { role organisation { name } } } }
      } }
    }
  }
`;

describe('partnership list: filters, sorting, pagination, and no N+1', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let client: ReturnType<Awaited<ReturnType<typeof startTestApi>>['client']>;
  let roundId: string;
  beforeAll(async () => {
    app = await startTestApi();
    const aarhus = await createArea(app.prisma, { name: 'Bispehaven', municipalityCode: '0751' });
    const odense = await createArea(app.prisma, { name: 'Vollsmose', municipalityCode: '0461' });
    const org = await createOrganisation(app.prisma);
    const first = await createPartnership(app.prisma, {
      name: 'Aarhus sammen',
      status: 'ACTIVE',
      arenas: ['HOME_AND_HOUSING'],
      targetGroups: ['OLDER_PEOPLE'],
      areaIds: [aarhus.id],
      members: [org.id],
    });
    roundId = (await createGrant(app.prisma, { partnershipId: first.id })).roundId;
    await createPartnership(app.prisma, { name: 'Odense for alle', status: 'PLANNED', areaIds: [odense.id] });
    const viewer = await createUser(app.prisma, { role: 'MINISTRY' });
    client = app.client();
    await client.signIn(viewer.user.email, viewer.password);
  });
  afterAll(() => app.close());

  const names = async (vars: Record<string, unknown>) =>
    (await client.gql(LIST, { first: 10, ...vars })).data?.partnerships.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );

  it('filters by municipality, region, arena, target group, status, funding round and text', async () => {
    expect(await names({})).toEqual(['Aarhus sammen', 'Odense for alle']);
    expect(await names({ municipalityCode: '0461' })).toEqual(['Odense for alle']);
    expect(await names({ regionCode: '1082' })).toEqual(['Aarhus sammen']);
    expect(await names({ arena: 'HOME_AND_HOUSING' })).toEqual(['Aarhus sammen']);
    expect(await names({ targetGroup: 'OLDER_PEOPLE' })).toEqual(['Aarhus sammen']);
    expect(await names({ status: 'PLANNED' })).toEqual(['Odense for alle']);
    expect(await names({ fundingRoundId: gid('FundingRound', roundId) })).toEqual(['Aarhus sammen']);
    expect(await names({ search: 'vollsmose' })).toEqual(['Odense for alle']);
    expect(await names({ orderBy: 'NEWEST' })).toEqual(['Odense for alle', 'Aarhus sammen']);
    const bad = await client.gql(LIST, { fundingRoundId: 'nonsense' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.client().gql(LIST, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('costs the same number of SQL statements for 1 and for 100 partnerships with members and areas', async () => {
    // Only the listed partnerships differ between the two runs: start from one.
    const count = async () => {
      app.takeStatements();
      const result = await client.gql(LIST, { first: 100, search: 'Skala' });
      expect(result.errors).toBeUndefined();
      const statements = app
        .takeStatements()
        .filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|SET|SHOW)/i.test(sql.trim()));
      return { statements: statements.length, listed: result.data?.partnerships.edges.length };
    };
    const area = await createArea(app.prisma, { municipalityCode: '0751' });
    const orgs = [await createOrganisation(app.prisma), await createOrganisation(app.prisma)];
    const make = (n: number) =>
      createPartnership(app.prisma, {
        name: `Skala ${String(n).padStart(3, '0')}`,
        areaIds: [area.id],
        members: orgs.map((o) => o.id),
      });
    await make(0);
    const one = await count();
    for (let n = 1; n < 100; n++) await make(n);
    const hundred = await count();
    expect(one.listed).toBe(1);
    expect(hundred.listed).toBe(100);
    expect(hundred.statements).toBe(one.statements);
  });

  it('pages with cursors', async () => {
    const page = (await client.gql(LIST, { first: 40, search: 'Skala' })).data?.partnerships;
    expect(page.totalCount).toBe(100);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await client.gql(LIST, { first: 100, after: page.pageInfo.endCursor, search: 'Skala' }))
      .data?.partnerships;
    expect(next.edges).toHaveLength(60);
    expect(next.edges[0].node.name).toBe('Skala 040');
  });
});
