import { createGeography } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, gid, partnershipWorld, rowCounts } from './partnership-support.ts';
import { startTestApi } from './support.ts';

const ORG = /* GraphQL */ `
  mutation Org($input: SaveOrganisationInput!) {
    saveOrganisation(input: $input) {
      __typename
      ... on SaveOrganisationSuccess { organisation { id name cvr kind municipality { code } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const AREA = /* GraphQL */ `
  mutation Area($input: SaveAreaInput!) {
    saveArea(input: $input) {
      __typename
      ... on SaveAreaSuccess { area { id name slug centre { lat lon } boundary municipality { code } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const ROLE = /* GraphQL */ `
  mutation Role($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      __typename
      ... on SetUserRoleSuccess { user { email role name } }
      ... on Error { message }
    }
  }
`;

// A square near Gellerup, Aarhus, drawn clockwise (RFC 7946 wants counter-clockwise: re-oriented).
const clockwise = [
  [10.13, 56.15],
  [10.13, 56.156],
  [10.14, 56.156],
  [10.14, 56.15],
  [10.13, 56.15],
];
const polygon = (ring: number[][]) => JSON.stringify({ type: 'Polygon', coordinates: [ring] });

describe('admin: organisations, areas and user roles', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof partnershipWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    await createGeography(app.prisma);
    w = await partnershipWorld(app);
  });
  afterAll(() => app.close());

  it('creates and updates an organisation with a valid, unique CVR', async () => {
    const admin = await w.as('admin');
    const created = await admin.gql(ORG, {
      input: {
        name: 'FrivilligCenter Aarhus',
        kind: 'VOLUNTEER_CENTRE',
        cvr: '2868 1119',
        municipalityCode: '0751',
      },
    });
    expect(created.data?.saveOrganisation.organisation).toMatchObject({
      cvr: '28681119',
      municipality: { code: '0751' },
    });
    const id = created.data?.saveOrganisation.organisation.id;
    const updated = await admin.gql(ORG, {
      input: { id, name: 'FrivilligCenter Aarhus (FCA)', kind: 'VOLUNTEER_CENTRE', cvr: '28681119' },
    });
    expect(updated.data?.saveOrganisation.organisation.name).toBe('FrivilligCenter Aarhus (FCA)');
    expect(await app.prisma.auditEntry.count({ where: { entityType: 'Organisation' } })).toBe(2);
  });

  it('refuses an invalid or taken CVR per field in Danish and English; writes nothing', async () => {
    const before = await rowCounts(app);
    const invalid = await (await w.as('admin')).gql(ORG, {
      input: { name: 'X', kind: 'OTHER', cvr: '12345678' },
    });
    expect(invalid.data?.saveOrganisation.issues).toEqual([
      { path: ['input', 'cvr'], message: 'CVR-nummeret er ikke gyldigt (8 cifre med kontrolciffer).' },
    ]);
    const taken = await (await w.as('admin', EN)).gql(ORG, {
      input: { name: 'Y', kind: 'OTHER', cvr: '28681119' },
    });
    expect(taken.data?.saveOrganisation.issues).toEqual([
      { path: ['input', 'cvr'], message: 'An organisation with this CVR number already exists.' },
    ]);
    const empty = await (await w.as('admin', EN)).gql(ORG, {
      input: { name: '', kind: 'OTHER', email: 'nope' },
    });
    expect(empty.data?.saveOrganisation.issues.map((i: { path: string[] }) => i.path.at(-1)).sort()).toEqual([
      'email',
      'name',
    ]);
    const missing = await (await w.as('admin')).gql(ORG, {
      input: { id: gid('Organisation', '0190a0a0-0000-7000-8000-000000000000'), name: 'Z', kind: 'OTHER' },
    });
    expect(missing.data?.saveOrganisation.__typename).toBe('NotFoundError');
    expect(await rowCounts(app)).toEqual(before);
  });

  it('creates an area from pasted GeoJSON: re-oriented, centred, municipality found', async () => {
    const admin = await w.as('admin');
    const result = await admin.gql(AREA, {
      input: { name: 'Toveshøj', boundary: polygon(clockwise), listing: 'VULNERABLE' },
    });
    const area = result.data?.saveArea.area;
    expect(area).toMatchObject({
      slug: 'toveshoej',
      municipality: { code: '0751' },
      centre: { lat: 56.153, lon: 10.135 },
    });
    expect(area.boundary.coordinates[0]).toEqual([...clockwise].reverse());
    const feature = JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [[[...clockwise].reverse()]] },
    });
    const updated = await admin.gql(AREA, { input: { id: area.id, name: 'Toveshøj', boundary: feature } });
    expect(updated.data?.saveArea.area.boundary.type).toBe('MultiPolygon');
    expect(await app.prisma.auditEntry.count({ where: { entityType: 'Area' } })).toBe(2);
  });

  it('explains an open ring, a short ring, coordinates outside Denmark and a self-intersection', async () => {
    const before = await rowCounts(app);
    const areaCount = await app.prisma.area.count();
    const admin = await w.as('admin', EN);
    const issue = async (boundary: string) =>
      (await admin.gql(AREA, { input: { name: 'Prøve', boundary } })).data?.saveArea.issues?.[0]?.message;
    expect(await issue(polygon(clockwise.slice(0, 4).concat([[10.131, 56.151]])))).toMatch(/not closed/);
    expect(
      await issue(
        polygon([
          [10.13, 56.15],
          [10.14, 56.15],
          [10.13, 56.15],
        ]),
      ),
    ).toMatch(/at least 4 positions/);
    expect(await issue(polygon(clockwise.map(([lon, lat]) => [lat as number, lon as number])))).toMatch(
      /outside Denmark/,
    );
    const bowtie = [
      [10.13, 56.15],
      [10.14, 56.156],
      [10.14, 56.15],
      [10.13, 56.156],
      [10.13, 56.15],
    ];
    expect(await issue(polygon(bowtie))).toBe('The polygon’s edge crosses itself.');
    expect(await issue('{ not json')).toMatch(/could not be read/);
    expect(await issue(JSON.stringify({ type: 'Point', coordinates: [10.1, 56.1] }))).toMatch(
      /Polygon or MultiPolygon/,
    );
    const da = await (await w.as('admin')).gql(AREA, {
      input: { name: 'Prøve', boundary: polygon(clockwise.slice(0, 4).concat([[10.131, 56.151]])) },
    });
    expect(da.data?.saveArea.issues).toEqual([
      {
        path: ['input', 'boundary'],
        message: 'Polygonen er ikke lukket: første og sidste position i en ring skal være ens.',
      },
    ]);
    expect(await app.prisma.area.count()).toBe(areaCount);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('changes a user role (not your own) and audits it', async () => {
    const admin = await w.as('admin');
    const changed = await admin.gql(ROLE, {
      input: { userId: gid('User', w.users.volunteer.user.id), role: 'COORDINATOR' },
    });
    expect(changed.data?.setUserRole.user.role).toBe('COORDINATOR');
    const own = await (await w.as('admin', EN)).gql(ROLE, {
      input: { userId: gid('User', w.users.admin.user.id), role: 'VOLUNTEER' },
    });
    expect(own.data?.setUserRole).toEqual({
      __typename: 'NotAllowedError',
      message: 'You cannot change your own role.',
    });
    const missing = await admin.gql(ROLE, {
      input: { userId: gid('User', '0190a0a0-0000-7000-8000-000000000000'), role: 'ADMIN' },
    });
    expect(missing.data?.setUserRole.__typename).toBe('NotFoundError');
    expect(await app.prisma.auditEntry.count({ where: { entityType: 'User' } })).toBe(1);
    const list = await admin.gql(
      '{ users(role: COORDINATOR, first: 10) { totalCount edges { node { email role } } } }',
    );
    expect(list.data?.users.totalCount).toBe(3);
  });

  it('refuses every admin write and the user list to coordinators, volunteers and the ministry', async () => {
    const before = await rowCounts(app);
    for (const role of ['coordinator', 'ministry'] as const) {
      const client = await w.as(role);
      expect(
        (await client.gql(ORG, { input: { name: 'X', kind: 'OTHER' } })).errors?.[0]?.extensions?.code,
        role,
      ).toBe('FORBIDDEN');
      expect(
        (await client.gql(AREA, { input: { name: 'X', boundary: polygon(clockwise) } })).errors?.[0]
          ?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await client.gql(ROLE, { input: { userId: gid('User', w.users.ministry.user.id), role: 'ADMIN' } }))
          .errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await client.gql('{ users { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await rowCounts(app)).toEqual(before);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: w.users.ministry.user.id } })).role).toBe(
      'MINISTRY',
    );
  });

  it('saves one organisation per CVR and one area per slug when many are saved at once', async () => {
    const admin = await w.as('admin');
    const outcomes = (
      results: {
        data?: Record<string, { __typename: string; issues?: unknown[] }> | null;
        errors?: unknown[];
      }[],
      field: string,
    ) => ({
      saved: results.filter((r) => r.data?.[field]?.__typename.endsWith('Success')).length,
      issues: results.flatMap((r) => r.data?.[field]?.issues ?? []),
      errors: results.flatMap((r) => r.errors ?? []),
    });
    const orgs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        admin.gql(ORG, { input: { name: `Samtidig forening ${i}`, kind: 'OTHER', cvr: '31000009' } }),
      ),
    );
    expect(outcomes(orgs, 'saveOrganisation')).toEqual({
      saved: 1,
      issues: Array.from({ length: 5 }, () => ({
        path: ['input', 'cvr'],
        message: expect.stringContaining('CVR'),
      })),
      errors: [],
    });
    const areas = await Promise.all(
      Array.from({ length: 6 }, () =>
        admin.gql(AREA, { input: { name: 'Samtidigt område', boundary: polygon(clockwise) } }),
      ),
    );
    expect(outcomes(areas, 'saveArea')).toEqual({
      saved: 1,
      issues: Array.from({ length: 5 }, () => ({ path: ['input', 'name'], message: expect.any(String) })),
      errors: [],
    });
  });
});
