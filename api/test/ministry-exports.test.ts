import { Prisma } from '@naboskab/db';
import { demoAccounts, seedDemo } from '@naboskab/seed';
import { createGrant, createPartnership } from '@naboskab/seed/factories';
import { encodeGlobalID } from '@pothos/plugin-relay';
import gjv from 'geojson-validation';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFigures, hasArena, inRegion } from './ministry-sql.ts';
import { startTestApi, type TestClient } from './support.ts';

const MAP = /* GraphQL */ `
  query Map($filter: MinistryFilter, $detail: MapDetail) {
    ministryMap(filter: $filter, detail: $detail) {
      partnerships { id name slug granted paid associations participantsReached areas { id name } }
      totals { partnerships granted paid }
    }
  }
`;

let app: Awaited<ReturnType<typeof startTestApi>>;
let ministry: TestClient;

const danishNumber = (text: string) => Number(text.replace(',', '.'));

async function download(client: TestClient, path: string) {
  const response = await client.fetch(path);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The partnership CSV's rows for a filter's query string. */
async function partnershipCsvRows(query: string) {
  const csv = new TextDecoder().decode(
    (await download(ministry, `/exports/partnerships.csv?${query}`)).bytes,
  );
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, delimiter: ';' }).data;
}

beforeAll(async () => {
  app = await startTestApi();
  await seedDemo(app.prisma, { now: new Date('2026-11-01T00:00:00Z') });
  ministry = app.client();
  await ministry.signIn(demoAccounts.ministry.email, demoAccounts.ministry.password);
}, 300_000);
afterAll(() => app.close());

describe('exports of the ministry map', () => {
  it('writes a CSV Danish Excel opens: BOM, semicolons, CRLF, Danish headers and decimal commas', async () => {
    const { response, bytes } = await download(ministry, '/exports/partnerships.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="naboskab-partnerships-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // every line ends with CRLF
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(';');
    expect(parsed.meta.linebreak).toBe('\r\n');
    expect(parsed.meta.fields).toEqual(
      expect.arrayContaining([
        'Partnerskab',
        'Status',
        'Bevilget (kr.)',
        'Udbetalt (kr.)',
        'Frivillige foreninger',
        'Mindst 30 foreninger',
        'Deltagere nået',
        'Kommuner',
        'Regioner',
      ]),
    );
    const map = (await ministry.gql(MAP)).data?.ministryMap;
    expect(parsed.data).toHaveLength(map.partnerships.length);
    const aarhus = parsed.data.find(
      (row) => row.Partnerskab === 'Fællesskaber i Gellerup, Toveshøj og Bispehaven',
    );
    expect(aarhus).toMatchObject({
      Status: 'Aktiv',
      'Bevilget (kr.)': '4850000,00',
      Kommuner: 'Aarhus',
      Regioner: 'Region Midtjylland',
      'Mindst 30 foreninger': 'Ja',
    });
    expect(aarhus?.Livsarenaer).toContain('Fritid og fællesskaber');
    const sum = parsed.data.reduce((total, row) => total + danishNumber(row['Bevilget (kr.)'] ?? ''), 0);
    expect(Math.round(sum * 100)).toBe(map.totals.granted);
  });

  it('applies the map filters from the query string to every export', async () => {
    const query = 'region=1082&arena=LEISURE_AND_COMMUNITIES';
    const expected = await expectedFigures(app.prisma, {
      partnership: (await import('@naboskab/db')).Prisma
        .sql`${inRegion('1082')} AND ${hasArena('LEISURE_AND_COMMUNITIES')}`,
    });
    const rows = await partnershipCsvRows(query);
    expect(rows.map((r) => r.Partnerskab)).toEqual(expected.rows.map((r) => r.name));
    const geo = JSON.parse(
      new TextDecoder().decode((await download(ministry, `/exports/partnerships.geojson?${query}`)).bytes),
    );
    expect(new Set(geo.features.map((f: any) => f.properties.partnership))).toEqual(
      new Set(expected.rows.map((r) => r.name)),
    );
    const giving = JSON.parse(
      new TextDecoder().decode((await download(ministry, `/exports/grants.360giving.json?${query}`)).bytes),
    );
    expect(giving.grants.reduce((s: number, g: any) => s + g.amountAwarded, 0) * 100).toBe(
      Number(expected.totals.granted),
    );
    for (const bad of [
      'region=abc',
      'arena=SWIMMING',
      'minKr=500&maxKr=100',
      `pool=${encodeGlobalID('Partnership', 'x')}`,
    ]) {
      const { response } = await download(ministry, `/exports/partnerships.csv?${bad}`);
      expect(response.status, bad).toBe(400);
    }
  });

  it('refuses a parameter that is no filter, or is given twice, naming it, and exports nothing', async () => {
    const refused = async (path: string, headers: Record<string, string> = {}) => {
      const response = await ministry.fetch(path, { headers });
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBeNull();
      return response.text();
    };
    // "arean" for "arena": without the check, every partnership was exported.
    for (const file of ['partnerships.csv', 'partnerships.geojson', 'grants.360giving.json']) {
      expect(await refused(`/exports/${file}?arean=HEALTH_AND_CARE`)).toBe(
        'Intet er eksporteret: filtrene i adressen er ikke gyldige. Filtrene er pool, round, region, ' +
          'municipality, arena, targetGroup, status, minKr, maxKr.\narean: Ukendt filter.',
      );
    }
    expect(
      await refused('/exports/partnerships.csv?status=ACTIVE&Status=ENDED', { 'accept-language': 'en' }),
    ).toBe(
      'Nothing was exported: the filters in the address are not valid. The filters are pool, round, region, ' +
        'municipality, arena, targetGroup, status, minKr, maxKr.\nStatus: Unknown filter.',
    );
    const twice = await refused('/exports/partnerships.csv?arena=HEALTH_AND_CARE&arena=HOME_AND_HOUSING');
    expect(twice).toMatch(/\narena: Filteret er angivet mere end én gang\.$/);
    // An empty value is no filter, but its name must still be one.
    expect(await refused('/exports/partnerships.csv?region=&minkr=')).toMatch(/\nminkr: Ukendt filter\.$/);
    expect(await refused('/exports/partnerships.csv?region=abc&foo=1')).toMatch(
      /\nfoo: Ukendt filter\.\nregion: /,
    );
    expect((await download(ministry, '/exports/partnerships.csv?region=&status=')).response.status).toBe(200);
  });

  it('writes RFC 7946 GeoJSON: one MultiPolygon Feature per partnership, so sums over features are right', async () => {
    const { response, bytes } = await download(ministry, '/exports/partnerships.geojson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const collection = JSON.parse(new TextDecoder().decode(bytes));
    expect(gjv.valid(collection, true)).toEqual([]);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.crs).toBeUndefined();
    const map = (await ministry.gql(MAP)).data?.ministryMap;
    const withAreas = map.partnerships.filter((p: any) => p.areas.length > 0);
    expect(collection.features).toHaveLength(withAreas.length);
    // Each grant once: the features' grants add up to the map's total (a Feature per area doubled them).
    const grantedKr = collection.features.reduce((s: number, f: any) => s + f.properties.grantedKr, 0);
    expect(Math.round(grantedKr * 100)).toBe(
      withAreas.reduce((s: number, p: any) => s + Number(p.granted), 0),
    );
    expect(collection.features.some((f: any) => f.properties.areas.length > 1)).toBe(true);
    for (const feature of collection.features) {
      expect(feature.geometry.type).toBe('MultiPolygon');
      const polygons =
        feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const rings of polygons) {
        rings.forEach((ring: number[][], i: number) => {
          expect(ring[0]).toEqual(ring.at(-1));
          expect(Math.sign(signedArea(ring))).toBe(i === 0 ? 1 : -1); // right-hand rule
          for (const [lon, lat] of ring) {
            expect(lon).toBeGreaterThan(7.5);
            expect(lon).toBeLessThan(15.5);
            expect(lat).toBeGreaterThan(54.4);
            expect(lat).toBeLessThan(58);
          }
        });
      }
      expect(feature.properties).toMatchObject({
        partnership: expect.any(String),
        status: expect.any(String),
        grantedKr: expect.any(Number),
      });
      expect(feature.properties.areas[0]).toMatchObject({
        name: expect.any(String),
        municipalityCode: expect.stringMatching(/^\d{4}$/),
      });
      // The bar is the pool's: neither met nor missed where no pool of the partnership sets one.
      expect(feature.properties.meetsAssociationBar === null).toBe(
        feature.properties.associationBar === null,
      );
    }
  });

  it('writes the grants as 360Giving JSON with the required and the location fields', async () => {
    const { response, bytes } = await download(ministry, '/exports/grants.360giving.json');
    expect(response.status).toBe(200);
    const data = JSON.parse(new TextDecoder().decode(bytes));
    const grants = await app.prisma.grant.findMany({
      where: { status: { in: ['GRANTED', 'PAID', 'REPORTED'] } },
      include: { recipientOrganisation: true },
    });
    expect(data.grants).toHaveLength(grants.length);
    expect(new Set(data.grants.map((g: any) => g.id)).size).toBe(grants.length);
    for (const g of data.grants) {
      for (const field of [
        'id',
        'title',
        'description',
        'currency',
        'amountAwarded',
        'awardDate',
        'recipientOrganization',
        'fundingOrganization',
      ])
        expect(g[field], `${g.id}.${field}`).toBeTruthy();
      expect(g.id).toMatch(/^360G-naboskab-/);
      expect(g.currency).toBe('DKK');
      expect(g.awardDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(g.recipientOrganization[0].id).toMatch(/^DK-CVR-\d{8}$/);
      expect(g.recipientOrganization[0].name).toBeTruthy();
      expect(g.fundingOrganization[0].name).toMatch(/Social- og Boligstyrelsen|Landsbyggefonden/);
      expect(g.plannedDates[0]).toMatchObject({ startDate: expect.any(String), endDate: expect.any(String) });
      expect(g.grantProgramme[0].title).toBeTruthy();
      // Danish letters transliterated, never dropped ("f-llesskaber").
      expect(g.grantProgramme[0].code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-\d{4}$/);
      if (g.grantProgramme[0].title.includes('fællesskaber'))
        expect(g.grantProgramme[0].code).toContain('faellesskaber');
      expect(g.beneficiaryLocation.length).toBeGreaterThan(0);
      expect(g.beneficiaryLocation[0]).toMatchObject({
        geoCode: expect.stringMatching(/^\d{4}$/),
        latitude: expect.any(Number),
        longitude: expect.any(Number),
      });
      const row = grants.find((r) => `360G-naboskab-${r.caseNumber}` === g.id);
      expect(g.amountAwarded).toBe(Number(row?.amountOre) / 100);
      expect(g.recipientOrganization[0].id).toBe(`DK-CVR-${row?.recipientOrganisation.cvr}`);
    }
  });

  it('serves the exports to the ministry and administrators only', async () => {
    const admin = app.client();
    await admin.signIn(demoAccounts.admin.email, demoAccounts.admin.password);
    const coordinator = app.client();
    await coordinator.signIn(demoAccounts.coordinator.email, demoAccounts.coordinator.password);
    const volunteer = app.client();
    await volunteer.signIn(demoAccounts.volunteer.email, demoAccounts.volunteer.password);
    for (const file of ['partnerships.csv', 'partnerships.geojson', 'grants.360giving.json']) {
      expect((await download(admin, `/exports/${file}`)).response.status).toBe(200);
      expect((await download(app.client(), `/exports/${file}`)).response.status).toBe(401);
      expect((await download(coordinator, `/exports/${file}`)).response.status).toBe(403);
      expect((await download(volunteer, `/exports/${file}`)).response.status).toBe(403);
    }
  });
});

describe('the ministry sees no personal data', () => {
  it('finds no person name, e-mail or phone in the map, the summaries or the exports', async () => {
    const people = await app.prisma.person.findMany({ select: { name: true, email: true, phone: true } });
    const secrets = people
      .flatMap((p) => [p.name, p.email, p.phone])
      .filter((s): s is string => Boolean(s && s.length > 4));
    expect(secrets.length).toBeGreaterThan(100);
    const payloads: string[] = [];
    const high = await ministry.gql(MAP, { detail: 'HIGH' });
    payloads.push(JSON.stringify(high.data));
    for (const p of high.data?.ministryMap.partnerships ?? []) {
      const summary = await ministry.gql(
        `query($id: ID!) { ministryPartnership(id: $id) { name description membersByKind { kind count } grants { recipientName funderName poolName } areas { name municipality } } }`,
        { id: p.id },
      );
      payloads.push(JSON.stringify(summary.data));
    }
    for (const file of ['partnerships.csv', 'partnerships.geojson', 'grants.360giving.json'])
      payloads.push(new TextDecoder().decode((await download(ministry, `/exports/${file}`)).bytes));
    const all = payloads.join('\n');
    expect(all).toContain('Vollsmose sammen'); // the check reads real payloads
    expect(secrets.filter((secret) => all.includes(secret))).toEqual([]);
  });

  it('denies the ministry people, users, sign-ups, hours, meetings and minutes', async () => {
    const ids = {
      Person: (await app.prisma.person.findFirstOrThrow()).id,
      User: (await app.prisma.user.findFirstOrThrow({ where: { role: 'VOLUNTEER' } })).id,
      VolunteerSignUp: (await app.prisma.volunteerSignUp.findFirstOrThrow()).id,
      VolunteerHours: (await app.prisma.volunteerHours.findFirstOrThrow()).id,
      Meeting: (await app.prisma.meeting.findFirstOrThrow({ where: { minutes: { some: {} } } })).id,
      Minutes: (await app.prisma.minutes.findFirstOrThrow()).id,
      Attendance: (await app.prisma.attendance.findFirstOrThrow()).id,
      ActionItem: (await app.prisma.actionItem.findFirstOrThrow()).id,
    };
    for (const [typename, id] of Object.entries(ids)) {
      const result = await ministry.gql('query($id: ID!) { node(id: $id) { __typename id } }', {
        id: encodeGlobalID(typename, id),
      });
      expect(result.errors, typename).toBeUndefined();
      expect(result.data?.node, typename).toBeNull();
    }
    const meeting = await ministry.gql('query($id: ID!) { meeting(id: $id) { __typename } }', {
      id: encodeGlobalID('Meeting', ids.Meeting),
    });
    expect(meeting.data?.meeting ?? null).toBeNull();
    const users = await ministry.gql('{ users(first: 5) { edges { node { id } } } }');
    expect(users.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|GRAPHQL_VALIDATION_FAILED/);
    expect(users.data?.users ?? null).toBeNull();
  });
});

describe('grant filters in the exports', () => {
  it('exports the grants that match them all (the same grant), of the partnerships matching the rest', async () => {
    const round = (funderName: string, year: number) =>
      app.prisma.fundingRound.findFirstOrThrow({ where: { year, pool: { funderName } } });
    const local2024 = await round('Social- og Boligstyrelsen', 2024);
    const housing2022 = await round('Landsbyggefonden', 2022);
    // Funded twice, from both pools and in different sizes, and applying a third time: a filter must
    // pick its grants one by one, not take the partnership's every grant.
    const area = await app.prisma.area.findFirstOrThrow({ where: { slug: 'vollsmose' } });
    const twice = await createPartnership(app.prisma, { name: 'To puljer', areaIds: [area.id] });
    const grant = (roundId: string, kr: bigint, status: 'GRANTED' | 'PAID' | 'APPLIED') =>
      createGrant(app.prisma, { partnershipId: twice.id, roundId, amountOre: kr * 100n, status });
    await grant(local2024.id, 4_900_000n, 'GRANTED');
    await grant(housing2022.id, 12_000_000n, 'PAID');
    await grant(local2024.id, 4_900_000n, 'APPLIED');
    const id = (typename: string, raw: string) => encodeGlobalID(typename, raw);
    const inPool = (poolId: string) =>
      Prisma.sql`g."roundId" IN (SELECT id FROM "FundingRound" WHERE "poolId" = ${poolId}::uuid)`;
    const cases: [string, { grant: Prisma.Sql; partnership?: Prisma.Sql }][] = [
      [`pool=${id('FundingPool', local2024.poolId)}`, { grant: inPool(local2024.poolId) }],
      [
        `round=${id('FundingRound', housing2022.id)}`,
        { grant: Prisma.sql`g."roundId" = ${housing2022.id}::uuid` },
      ],
      ['minKr=4750000&maxKr=5000000', { grant: Prisma.sql`g."amountOre" BETWEEN 475000000 AND 500000000` }],
      [
        `pool=${id('FundingPool', local2024.poolId)}&minKr=5000000`,
        { grant: Prisma.sql`${inPool(local2024.poolId)} AND g."amountOre" >= 500000000` },
      ],
      [
        `pool=${id('FundingPool', housing2022.poolId)}&region=1083&arena=LEISURE_AND_COMMUNITIES`,
        {
          grant: inPool(housing2022.poolId),
          partnership: Prisma.sql`${inRegion('1083')} AND ${hasArena('LEISURE_AND_COMMUNITIES')}`,
        },
      ],
      [
        `round=${id('FundingRound', local2024.id)}&status=ACTIVE&maxKr=4900000`,
        {
          grant: Prisma.sql`g."roundId" = ${local2024.id}::uuid AND g."amountOre" <= 490000000`,
          partnership: Prisma.sql`p.status = 'ACTIVE'`,
        },
      ],
    ];
    for (const [query, where] of cases) {
      const partnership = where.partnership ?? Prisma.sql`true`;
      const expected = await app.prisma.$queryRaw<{ caseNumber: string }[]>`
        SELECT g."caseNumber" FROM "Grant" g JOIN "Partnership" p ON p.id = g."partnershipId"
        WHERE g.status IN ('GRANTED', 'PAID', 'REPORTED') AND ${where.grant} AND ${partnership}
        ORDER BY 1`;
      expect(expected.length, query).toBeGreaterThan(0);
      const giving = JSON.parse(
        new TextDecoder().decode((await download(ministry, `/exports/grants.360giving.json?${query}`)).bytes),
      );
      expect(giving.grants.map((g: any) => g.id).sort(), query).toEqual(
        expected.map((g) => `360G-naboskab-${g.caseNumber}`),
      );
      const figures = await expectedFigures(app.prisma, { grant: where.grant, partnership });
      expect(
        giving.grants.reduce((sum: number, g: any) => sum + g.amountAwarded * 100, 0),
        query,
      ).toBe(Number(figures.totals.granted));
      const rows = await partnershipCsvRows(query);
      expect(
        rows.map((r) => r.Partnerskab),
        query,
      ).toEqual(figures.rows.map((r) => r.name));
    }
  });
});

function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    sum += (ring[i]?.[0] ?? 0) * (ring[i + 1]?.[1] ?? 0) - (ring[i + 1]?.[0] ?? 0) * (ring[i]?.[1] ?? 0);
  return sum / 2;
}
