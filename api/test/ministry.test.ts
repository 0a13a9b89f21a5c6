import { Prisma } from '@naboskab/db';
import { demoAccounts, seedDemo } from '@naboskab/seed';
import { createGrant, createPartnership } from '@naboskab/seed/factories';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFigures, hasArena, hasTargetGroup, inMunicipality, inRegion } from './ministry-sql.ts';
import { startTestApi, type TestClient } from './support.ts';

const MAP = /* GraphQL */ `
  query Map($filter: MinistryFilter, $detail: MapDetail) {
    ministryMap(filter: $filter, detail: $detail) {
      partnerships {
        id name slug status arenas granted paid associations meetsAssociationBar signOnFees
        participantsReached newParticipantsBridged activitiesHeld volunteersActive approvedHours
        centre { lat lon }
        areas { id name municipalityCode municipalityName regionCode regionName geometry }
      }
      totals {
        partnerships granted paid associations associationBar partnershipsMeetingAssociationBar
        signOnFees signOnFeeCount participantsReached newParticipantsBridged activitiesHeld
        volunteersActive approvedHours loneliness { phase item answer count }
      }
    }
  }
`;

const SUMMARY = /* GraphQL */ `
  query Summary($id: ID!) {
    ministryPartnership(id: $id) {
      id name slug status startsOn endsOn memberCount associations meetsAssociationBar
      membersByKind { kind count } membersByRole { role count }
      granted paid signOnFees signOnFeeCount upcomingMeetings
      grants { caseNumber amount paid status poolName roundName funderName recipientName }
      areas { name municipality }
      outcomes { reports participantsReached newParticipantsBridged activitiesHeld loneliness { phase item answer count } }
    }
  }
`;

const NOW = new Date('2026-11-01T00:00:00Z');
let app: Awaited<ReturnType<typeof startTestApi>>;
let ministry: TestClient;
let pools: { id: string; name: string; rounds: { id: string; name: string; year: number }[] }[];

async function map(filter: Record<string, unknown> = {}, client = ministry) {
  const result = await client.gql(MAP, { filter });
  expect(result.errors).toBeUndefined();
  return result.data?.ministryMap;
}

/** The API's map and totals must equal the same figures computed with SQL. */
async function expectAgreesWithSql(
  filter: Record<string, unknown>,
  sql: Parameters<typeof expectedFigures>[1],
) {
  const [api, expected] = await Promise.all([map(filter), expectedFigures(app.prisma, sql)]);
  const e = expected.totals;
  expect(api.totals).toMatchObject({
    partnerships: e.partnerships,
    granted: Number(e.granted),
    paid: Number(e.paid),
    associations: e.associations,
    partnershipsMeetingAssociationBar: e.meetingBar,
    signOnFees: Number(e.fees),
    signOnFeeCount: e.feeCount,
    participantsReached: e.reached,
    newParticipantsBridged: e.bridged,
    activitiesHeld: e.activities,
    volunteersActive: e.volunteers,
  });
  expect(api.totals.approvedHours).toBeCloseTo(Number(e.hours), 2);
  const byKey = (rows: { phase: string; item: string; answer: number }[]) =>
    [...rows].sort((a, b) =>
      `${a.phase}${a.item}${a.answer}`.localeCompare(`${b.phase}${b.item}${b.answer}`),
    );
  expect(byKey(api.totals.loneliness)).toEqual(byKey(expected.loneliness));
  expect(
    api.partnerships.map((p: Record<string, unknown>) => ({
      name: p.name,
      granted: p.granted,
      associations: p.associations,
      reached: p.participantsReached,
    })),
  ).toEqual(expected.rows.map((r) => ({ ...r, granted: Number(r.granted) })));
  return api;
}

describe('the ministry map', () => {
  beforeAll(async () => {
    app = await startTestApi();
    await seedDemo(app.prisma, { now: NOW });
    // Not funded: an application only, and no grant at all. Funded: a REPORTED grant.
    const area = await app.prisma.area.findFirstOrThrow({ where: { slug: 'vollsmose' } });
    const round = await app.prisma.fundingRound.findFirstOrThrow({ where: { name: 'Ansøgningsrunde 2024' } });
    const applied = await createPartnership(app.prisma, { name: 'Kun ansøgt', areaIds: [area.id] });
    await createGrant(app.prisma, { partnershipId: applied.id, roundId: round.id, status: 'APPLIED' });
    await createPartnership(app.prisma, { name: 'Uden tilskud', areaIds: [area.id] });
    const reported = await createPartnership(app.prisma, {
      name: 'Afrapporteret',
      areaIds: [area.id],
      status: 'ENDED',
    });
    await createGrant(app.prisma, {
      partnershipId: reported.id,
      roundId: round.id,
      status: 'REPORTED',
      amountOre: 100_000_000n,
      paidOre: 100_000_000n,
    });
    ministry = app.client();
    await ministry.signIn(demoAccounts.ministry.email, demoAccounts.ministry.password);
    pools = (await ministry.gql('{ ministryFundingPools { id name rounds { id name year } } }')).data
      ?.ministryFundingPools;
  }, 300_000);
  afterAll(() => app.close());

  it('shows every funded partnership (GRANTED, PAID or REPORTED) and totals that agree with SQL', async () => {
    const api = await expectAgreesWithSql({}, {});
    const names = api.partnerships.map((p: { name: string }) => p.name);
    expect(names).toHaveLength(19); // the 18 of the seed and the reported one
    expect(names).toContain('Afrapporteret');
    expect(names).not.toContain('Kun ansøgt');
    expect(names).not.toContain('Uden tilskud');
    // Realistic seed figures: 4 local partnerships above the 30 bar, 9.6 + 14.6 mio. kr. in that pool.
    expect(api.totals.partnershipsMeetingAssociationBar).toBe(5);
    expect(api.totals.participantsReached).toBeGreaterThan(1000);
    const aarhus = api.partnerships.find(
      (p: { slug: string }) => p.slug === 'faellesskaber-gellerup-toveshoej-bispehaven',
    );
    expect(aarhus).toMatchObject({
      granted: 485_000_000,
      associations: 34,
      meetsAssociationBar: true,
      status: 'ACTIVE',
    });
    expect(aarhus.areas.map((a: { name: string }) => a.name)).toEqual([
      'Bispehaven',
      'Gellerupparken og Toveshøj',
    ]);
    expect(aarhus.areas[0]).toMatchObject({
      municipalityCode: '0751',
      regionCode: '1082',
      regionName: 'Region Midtjylland',
    });
  });

  it('filters by region, municipality, arena, target group and status, always in agreement with SQL', async () => {
    const midt = await expectAgreesWithSql({ regionCode: '1082' }, { partnership: inRegion('1082') });
    const both = await expectAgreesWithSql(
      { regionCode: '1082', arena: 'LEISURE_AND_COMMUNITIES' },
      { partnership: Prisma.sql`${inRegion('1082')} AND ${hasArena('LEISURE_AND_COMMUNITIES')}` },
    );
    expect(both.totals.partnerships).toBeGreaterThan(0);
    expect(both.totals.partnerships).toBeLessThan(midt.totals.partnerships);
    expect(both.totals.granted).toBeLessThan(midt.totals.granted);
    await expectAgreesWithSql({ municipalityCode: '0461' }, { partnership: inMunicipality('0461') });
    await expectAgreesWithSql(
      { targetGroup: 'OLDER_PEOPLE' },
      { partnership: hasTargetGroup('OLDER_PEOPLE') },
    );
    const ended = await expectAgreesWithSql(
      { status: 'ENDED' },
      { partnership: Prisma.sql`p.status = 'ENDED'` },
    );
    expect(ended.partnerships.map((p: { name: string }) => p.name)).toEqual(['Afrapporteret']);
    const none = await map({ regionCode: '1085', arena: 'WORK_AND_EMPLOYMENT', status: 'PLANNED' });
    expect(none.partnerships).toEqual([]);
    expect(none.totals).toMatchObject({ partnerships: 0, granted: 0, associations: 0, volunteersActive: 0 });
  });

  it('filters by pool, round and grant size on the same grant, and sums only those grants', async () => {
    const local = pools.find((p) => p.name.startsWith('Flere ind'));
    const round2024 = local?.rounds.find((r) => r.year === 2024);
    expect(local && round2024).toBeTruthy();
    const byPool = await expectAgreesWithSql(
      { poolId: local?.id },
      {
        grant: Prisma.sql`g."roundId" IN (SELECT id FROM "FundingRound" WHERE "poolId" = ${rawId(local?.id)}::uuid)`,
      },
    );
    // The 2022 and 2024 rounds of the local-partnership pool: 9.6 + 14.6 mio. kr. (and the factory's REPORTED grant).
    expect(byPool.totals.granted).toBe((9_600_000 + 14_600_000 + 1_000_000) * 100);
    const byRound = await expectAgreesWithSql(
      { roundId: round2024?.id },
      { grant: Prisma.sql`g."roundId" = ${rawId(round2024?.id)}::uuid` },
    );
    expect(byRound.totals.partnerships).toBe(4);
    const range = await expectAgreesWithSql(
      { grantMin: 480_000_000, grantMax: 1_000_000_000 },
      { grant: Prisma.sql`g."amountOre" BETWEEN 480000000 AND 1000000000` },
    );
    expect(
      range.partnerships.every(
        (p: { granted: number }) => p.granted >= 480_000_000 && p.granted <= 1_000_000_000,
      ),
    ).toBe(true);
  });

  it('refuses malformed filters with BAD_USER_INPUT naming the field', async () => {
    for (const filter of [
      { regionCode: "1082' OR 1=1" },
      { poolId: 'not-an-id' },
      { poolId: encodeGlobalID('Partnership', '01a20303-1a16-7000-959f-12f7f672ecf5') },
      { grantMin: 500, grantMax: 100 },
    ]) {
      const result = await ministry.gql(MAP, { filter });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
      expect(result.data?.ministryMap ?? null).toBeNull();
    }
  });

  it('simplifies and rounds geometry at LOW detail and keeps the stored shape at HIGH', async () => {
    const [low, high] = await Promise.all([
      ministry.gql(MAP, { detail: 'LOW' }),
      ministry.gql(MAP, { detail: 'HIGH' }),
    ]);
    const coordinates = (data: any) =>
      data.ministryMap.partnerships.flatMap((p: any) =>
        p.areas.flatMap((a: any) => a.geometry.coordinates.flat()),
      );
    const lowPoints = coordinates(low.data);
    const highPoints = coordinates(high.data);
    expect(lowPoints.length).toBeLessThanOrEqual(highPoints.length);
    expect(
      lowPoints.every(
        ([x = 0, y = 0]: number[]) => Math.round(x * 1e4) / 1e4 === x && Math.round(y * 1e4) / 1e4 === y,
      ),
    ).toBe(true);
    expect(JSON.stringify(low.data).length).toBeLessThan(JSON.stringify(high.data).length);
    const stored = await app.prisma.area.findFirstOrThrow({ where: { slug: 'bispehaven' } });
    const highArea = high.data?.ministryMap.partnerships
      .flatMap((p: any) => p.areas)
      .find((a: any) => a.name === 'Bispehaven');
    expect(highArea.geometry).toEqual(stored.boundary);
  });

  it('summarises one partnership for the side panel: organisations by kind, money, outcomes, meetings', async () => {
    const p = await app.prisma.partnership.findUniqueOrThrow({ where: { slug: 'vollsmose-sammen' } });
    const result = await ministry.gql(SUMMARY, { id: encodeGlobalID('Partnership', p.id) });
    expect(result.errors).toBeUndefined();
    const s = result.data?.ministryPartnership;
    const kinds = await app.prisma.$queryRaw<{ kind: string; count: number }[]>`
      SELECT o.kind::text, count(*)::int AS count FROM "PartnershipMember" m JOIN "Organisation" o ON o.id = m."organisationId"
      WHERE m."partnershipId" = ${p.id}::uuid GROUP BY 1`;
    expect(
      Object.fromEntries(s.membersByKind.map((k: { kind: string; count: number }) => [k.kind, k.count])),
    ).toEqual(Object.fromEntries(kinds.map((k) => [k.kind, k.count])));
    const [sql] = await app.prisma.$queryRaw<Record<string, number>[]>`
      SELECT
        (SELECT count(*) FROM "Meeting" WHERE "partnershipId" = ${p.id}::uuid AND status = 'PLANNED' AND "startsAt" >= now())::int AS upcoming,
        (SELECT coalesce(sum("amountOre"), 0) FROM "SignOnFee" WHERE "partnershipId" = ${p.id}::uuid)::float8 AS fees,
        (SELECT coalesce(sum("participantsReached"), 0) FROM "OutcomeReport" WHERE "partnershipId" = ${p.id}::uuid)::int AS reached,
        (SELECT count(*) FROM "OutcomeReport" WHERE "partnershipId" = ${p.id}::uuid)::int AS reports`;
    expect(s).toMatchObject({
      name: 'Vollsmose sammen',
      status: 'ACTIVE',
      granted: 475_000_000,
      signOnFees: sql?.fees,
      upcomingMeetings: sql?.upcoming,
      outcomes: { reports: sql?.reports, participantsReached: sql?.reached },
      associations: 32,
      meetsAssociationBar: true,
    });
    expect(s.grants[0]).toMatchObject({
      poolName: 'Flere ind i fællesskaber gennem lokale partnerskaber',
      recipientName: 'Frivilligcenter Odense',
    });
    expect(s.outcomes.loneliness).toHaveLength(18);
    // Not funded, missing and malformed ids are all simply null.
    const applied = await app.prisma.partnership.findFirstOrThrow({ where: { name: 'Kun ansøgt' } });
    for (const id of [
      encodeGlobalID('Partnership', applied.id),
      encodeGlobalID('Partnership', '01a20303-0000-7000-8000-000000000000'),
    ]) {
      const missing = await ministry.gql(SUMMARY, { id });
      expect(missing.errors).toBeUndefined();
      expect(missing.data?.ministryPartnership).toBeNull();
    }
    const malformed = await ministry.gql(SUMMARY, { id: 'x' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['id'] }],
    });
  });

  it('is for the ministry and administrators only', async () => {
    const admin = app.client();
    await admin.signIn(demoAccounts.admin.email, demoAccounts.admin.password);
    expect((await map({}, admin)).totals.partnerships).toBe(19);
    const anonymous = app.client();
    const coordinator = app.client();
    await coordinator.signIn(demoAccounts.coordinator.email, demoAccounts.coordinator.password);
    const volunteer = app.client();
    await volunteer.signIn(demoAccounts.volunteer.email, demoAccounts.volunteer.password);
    const p = await app.prisma.partnership.findFirstOrThrow({ where: { slug: 'vollsmose-sammen' } });
    for (const [client, code] of [
      [anonymous, 'UNAUTHENTICATED'],
      [coordinator, 'FORBIDDEN'],
      [volunteer, 'FORBIDDEN'],
    ] as const) {
      for (const [query, variables] of [
        [MAP, {}],
        [SUMMARY, { id: encodeGlobalID('Partnership', p.id) }],
        ['{ ministryFundingPools { id } }', {}],
      ] as const) {
        const result = await client.gql(query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe(code);
        expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
      }
    }
  });
});

function rawId(globalId: string | undefined): string {
  return Buffer.from(String(globalId), 'base64').toString('utf8').split(':')[1] ?? '';
}
