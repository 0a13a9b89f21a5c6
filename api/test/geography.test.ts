import { createArea, createGeography, createOrganisation, createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './support.ts';

const AREAS = /* GraphQL */ `
  query Areas($first: Int, $after: String, $municipalityCode: String, $regionCode: String, $search: String) {
    areas(first: $first, after: $after, municipalityCode: $municipalityCode, regionCode: $regionCode, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name slug centre { lat lon } boundary municipality { code name region { code name } } } }
    }
  }
`;

type Shape = { type: string; coordinates: unknown };

describe('regions, municipalities, areas and organisations', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi();
    await createGeography(app.prisma);
    for (const name of ['Gellerupparken', 'Bispehaven', 'Skovgårdsparken'])
      await createArea(app.prisma, { name, municipalityCode: '0751' });
    await createArea(app.prisma, { name: 'Vollsmose', municipalityCode: '0461' });
    await createArea(app.prisma, { name: 'Mjølnerparken', municipalityCode: '0101' });
  });
  afterAll(() => app.close());

  it('lists the five regions and all 98 municipalities with official codes', async () => {
    const client = app.client();
    const regions = await client.gql('{ regions { code name } }');
    expect(regions.data?.regions.map((r: { code: string }) => r.code)).toEqual([
      '1081',
      '1082',
      '1083',
      '1084',
      '1085',
    ]);
    const all = await client.gql(
      '{ municipalities(first: 100) { totalCount edges { node { code name } } } }',
    );
    expect(all.data?.municipalities.totalCount).toBe(98);
    const codes = all.data?.municipalities.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toEqual(expect.arrayContaining(['0101', '0461', '0751']));
    const midt = await client.gql('{ municipalities(regionCode: "1082", first: 100) { totalCount } }');
    expect(midt.data?.municipalities.totalCount).toBe(19);
  });

  it('serves areas publicly with GeoJSON boundaries, filters and cursor pagination', async () => {
    const client = app.client();
    const first = await client.gql(AREAS, { first: 2 });
    const page = first.data?.areas;
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Bispehaven',
      'Gellerupparken',
    ]);
    const node = page.edges[0].node;
    expect(node.boundary.type).toMatch(/Polygon/);
    expect(node.municipality).toMatchObject({ code: '0751', name: 'Aarhus', region: { code: '1082' } });
    const rest = await client.gql(AREAS, { first: 10, after: page.pageInfo.endCursor });
    expect(rest.data?.areas.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Mjølnerparken',
      'Skovgårdsparken',
      'Vollsmose',
    ]);
    expect(rest.data?.areas.pageInfo.hasNextPage).toBe(false);
    expect((await client.gql(AREAS, { municipalityCode: '0461' })).data?.areas.totalCount).toBe(1);
    expect((await client.gql(AREAS, { regionCode: '1082' })).data?.areas.totalCount).toBe(3);
    expect((await client.gql(AREAS, { search: 'PARKEN' })).data?.areas.totalCount).toBe(3);
  });

  it('serves every area in one list for the home map, outlines simplified unless HIGH is asked', async () => {
    const client = app.client(); // anonymous: the home map is public
    const res = await client.gql(
      '{ areaMap { name boundary low: outline high: outline(detail: HIGH) municipality { name } } }',
    );
    expect(res.errors).toBeUndefined();
    const areas = res.data?.areaMap as { name: string; boundary: Shape; low: Shape; high: Shape }[];
    expect(areas.map((a) => a.name)).toEqual([
      'Bispehaven',
      'Gellerupparken',
      'Mjølnerparken',
      'Skovgårdsparken',
      'Vollsmose',
    ]);
    const positions = (s: Shape) => JSON.stringify(s.coordinates).match(/\[-?\d/g)?.length ?? 0;
    for (const a of areas) {
      expect(a.low.type).toBe(a.boundary.type);
      expect(positions(a.low)).toBeLessThanOrEqual(positions(a.boundary));
      expect(JSON.stringify(a.low)).not.toMatch(/\.\d{5}/); // 4 decimals at most
      expect(positions(a.high)).toBe(positions(a.boundary));
    }
  });

  it('refuses a page larger than 100 and a malformed code with BAD_USER_INPUT', async () => {
    const client = app.client();
    const tooBig = await client.gql(AREAS, { first: 101 });
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCode = await client.gql(AREAS, { municipalityCode: "0751' OR 1=1 --" });
    expect(badCode.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves any area or municipality by its global id through node()', async () => {
    const client = app.client();
    const id = (await client.gql(AREAS, { first: 1 })).data?.areas.edges[0].node.id;
    const node = await client.gql('query($id: ID!) { node(id: $id) { __typename ... on Area { name } } }', {
      id,
    });
    expect(node.data?.node).toEqual({ __typename: 'Area', name: 'Bispehaven' });
    const unknown = await client.gql('query($id: ID!) { node(id: $id) { id } }', { id: 'not-a-global-id' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknown)).not.toMatch(/prisma|SELECT|at .*\.ts/i);
  });

  it('shows organisations only to signed-in users, searchable by name and CVR', async () => {
    const org = await createOrganisation(app.prisma, {
      name: 'Frivilligcenter Testby',
      kind: 'VOLUNTEER_CENTRE',
    });
    await createOrganisation(app.prisma, { name: 'Boldklubben Test', kind: 'VOLUNTARY_ASSOCIATION' });
    const query = '{ organisations(search: "testby") { totalCount edges { node { name kind cvr } } } }';
    const anonymous = await app.client().gql(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.organisations ?? null).toBeNull();

    const { user, password } = await createUser(app.prisma, { role: 'VOLUNTEER' });
    const client = app.client();
    await client.signIn(user.email, password);
    const found = await client.gql(query);
    expect(found.data?.organisations.edges).toEqual([
      { node: { name: org.name, kind: 'VOLUNTEER_CENTRE', cvr: org.cvr } },
    ]);
    const byCvr = await client.gql('query($s: String) { organisations(search: $s) { totalCount } }', {
      s: org.cvr,
    });
    expect(byCvr.data?.organisations.totalCount).toBe(1);
    const byKind = await client.gql('{ organisations(kind: VOLUNTARY_ASSOCIATION) { totalCount } }');
    expect(byKind.data?.organisations.totalCount).toBeGreaterThanOrEqual(1);
  });
});
