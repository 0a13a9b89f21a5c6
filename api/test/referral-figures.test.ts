import { createGrant, createMeeting, createReferral } from '@naboskab/seed/factories';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressColumn, suppressCount } from '../src/domain/referral/suppression.ts';
import { referralWorld } from './referral-support.ts';
import { gid } from './resource-support.ts';
import { startTestApi } from './support.ts';

const CELL = '{ value suppression }';
const PARTNERSHIP = /* GraphQL */ `
  query P($id: ID!, $association: ID, $from: Date, $to: Date) {
    node(id: $id) {
      ... on Partnership {
        bridgeFigures(associationId: $association, from: $from, to: $to) {
          referred ${CELL} connected ${CELL} firstAttendance ${CELL} stillTakingPart ${CELL}
          medianDaysToFirstAttendance ${CELL} pairs ${CELL} tilsBaselineMean ${CELL} tilsLaterMean ${CELL}
          who5BaselinePercent ${CELL} who5LaterPercent ${CELL}
        }
        unmetNeed { areaName arena count ${CELL} }
      }
    }
  }
`;
const MINISTRY = /* GraphQL */ `
  query M($filter: MinistryFilter) {
    ministryBridgeFigures(filter: $filter) { figures { referred ${CELL} firstAttendance ${CELL} } unmetNeed { arena count ${CELL} } }
  }
`;

describe('small-cell suppression', () => {
  it('hides 1-4 as SMALL, shows 0 and 5+, and hides a figure whose difference from a parent is 1-4', () => {
    expect([0, 1, 4, 5].map((n) => suppressCount(n).suppression)).toEqual([null, 'SMALL', 'SMALL', null]);
    expect(suppressCount(10, [12])).toEqual({ value: null, suppression: 'COMPLEMENT' });
    expect(suppressCount(10, [10, 15])).toEqual({ value: 10, suppression: null });
  });

  it('in a column with a total, hides the next smallest cell when only one is suppressed', () => {
    expect(suppressColumn([20, 3, 9, 12]).map((c) => c.suppression)).toEqual([
      null,
      'SMALL',
      'COMPLEMENT',
      null,
    ]);
    expect(suppressColumn([20, 3, 2, 12]).map((c) => c.suppression)).toEqual([null, 'SMALL', 'SMALL', null]);
    expect(suppressColumn([0, 3]).map((c) => c.suppression)).toEqual([null, 'SMALL']);
  });
});

describe('bridge figures through the API', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof referralWorld>>;
  const walk = (closeDay = 125) => [
    { state: 'ACCEPTED' as const, day: 3 },
    { state: 'IN_PROGRESS' as const, day: 10 },
    { state: 'CONNECTED' as const, day: 20 },
    { state: 'ATTENDING' as const, day: 30 },
    { state: 'FOLLOW_UP' as const, day: 120 },
    { state: 'CLOSED' as const, day: closeDay },
  ];

  beforeAll(async () => {
    app = await startTestApi();
    w = await referralWorld(app);
    const guideUserId = w.people.ali.user.id;
    const referredAt = new Date('2025-03-10T10:00:00Z');
    // 7 bridged referrals of P: 5 through the association, 2 through an activity alone.
    for (let i = 0; i < 7; i++) {
      await createReferral(
        app.prisma,
        {
          partnershipId: w.p.id,
          guideUserId,
          referredAt,
          stillTakingPart: i < 6,
          organisationId: i < 5 ? w.association.id : null,
        },
        walk(),
      );
    }
    // 2 with no matching activity: unmet need in the area.
    for (let i = 0; i < 2; i++) {
      await createReferral(
        app.prisma,
        {
          partnershipId: w.p.id,
          guideUserId,
          areaId: w.area.id,
          noMatchingActivityAt: referredAt,
          referredAt,
        },
        [{ state: 'ACCEPTED', day: 20 }],
      );
    }
    await createGrant(app.prisma, { partnershipId: w.p.id, status: 'GRANTED' });
    await createGrant(app.prisma, { partnershipId: w.q.id, status: 'GRANTED' });
  });
  afterAll(() => app.close());

  const csvRows = async () =>
    Papa.parse<Record<string, string>>(
      (await (await w.as.ministry.fetch('/exports/partnerships.csv')).text()).replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true, delimiter: ';' },
    ).data;
  const figures = async (vars: Record<string, unknown> = {}) =>
    (await w.as.jonas.gql(PARTNERSHIP, { id: gid('Partnership', w.p.id), ...vars })).data?.node;

  it('counts the handover and the median days to the first attendance', async () => {
    const f = (await figures()).bridgeFigures;
    expect(f.referred).toEqual({ value: 9, suppression: null });
    expect(f.firstAttendance).toEqual({ value: 7, suppression: null });
    expect(f.medianDaysToFirstAttendance).toEqual({ value: 30, suppression: null });
    expect(f.stillTakingPart).toEqual({ value: 6, suppression: null });
  });

  it('hides an association’s figure when the rest of the partnership is under 5 (a difference would reveal it)', async () => {
    const f = (await figures({ association: gid('Organisation', w.association.id) })).bridgeFigures;
    expect(f.referred).toEqual({ value: null, suppression: 'COMPLEMENT' });
    expect(f.firstAttendance).toEqual({ value: null, suppression: 'COMPLEMENT' });
    const empty = (await figures({ from: '2026-01-01', to: '2026-02-01' })).bridgeFigures;
    expect(empty.referred).toEqual({ value: 0, suppression: null });
  });

  it('suppresses the measure means below 5 pairs and shows the change from 5', async () => {
    const before = (await figures()).bridgeFigures;
    expect(before.pairs).toEqual({ value: 0, suppression: null });
    expect(before.tilsBaselineMean.value).toBeNull();
    await app.prisma.referralMeasureTotal.create({
      data: {
        cell: `${w.p.id}|-|2025-03`,
        partnershipId: w.p.id,
        month: new Date('2025-03-01'),
        pairs: 5,
        tilsBaseline: 40,
        tilsLater: 25,
        who5Baseline: 50,
        who5Later: 75,
      },
    });
    const after = (await figures()).bridgeFigures;
    expect(after.pairs).toEqual({ value: 5, suppression: null });
    expect([after.tilsBaselineMean.value, after.tilsLaterMean.value]).toEqual([8, 5]);
    expect([after.who5BaselinePercent.value, after.who5LaterPercent.value]).toEqual([40, 60]);
  });

  it('shows unmet need by area and arena, suppressed, and puts it on the next meeting’s agenda', async () => {
    const node = await figures();
    expect(node.unmetNeed).toEqual([
      {
        areaName: w.area.name,
        arena: 'LEISURE_AND_COMMUNITIES',
        count: { value: null, suppression: 'SMALL' },
      },
    ]);
    const add = /* GraphQL */ `mutation($input: AddUnmetNeedToAgendaInput!) { addUnmetNeedToAgenda(input: $input) { __typename ... on Error { message } ... on AddUnmetNeedToAgendaSuccess { agendaItem { title description } } } }`;
    const none = await w.as.jonas.gql(add, { input: { partnershipId: gid('Partnership', w.p.id) } });
    expect(none.data?.addUnmetNeedToAgenda.__typename).toBe('ConflictError');
    await createMeeting(app.prisma, { partnershipId: w.p.id });
    const added = await w.as.jonas.gql(add, { input: { partnershipId: gid('Partnership', w.p.id) } });
    expect(added.data?.addUnmetNeedToAgenda.agendaItem).toEqual({
      title: 'Udækket behov: henvisninger uden passende aktivitet',
      description: `${w.area.name} · Fritid og fællesskaber: <5`,
    });
    const denied = await w.as.other.gql(add, { input: { partnershipId: gid('Partnership', w.p.id) } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the ministry sees the same figures for the map’s filter, suppressed against the unfiltered totals, and in the CSV', async () => {
    const all = await w.as.ministry.gql(MINISTRY);
    expect(all.data?.ministryBridgeFigures.figures.referred).toEqual({ value: 9, suppression: null });
    const filtered = await w.as.ministry.gql(MINISTRY, { filter: { status: 'ENDED' } });
    expect(filtered.data?.ministryBridgeFigures.figures.referred).toEqual({ value: 0, suppression: null });
    for (const client of [w.as.jonas, w.as.volunteer, w.as.anonymous]) {
      expect((await client.gql(MINISTRY)).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    // The partnership's "new participants bridged" is now counted: the 7 confirmed first attendances.
    const map = await w.as.ministry.gql(`{ ministryMap { partnerships { name newParticipantsBridged } } }`);
    expect(map.data?.ministryMap.partnerships).toContainEqual({ name: w.p.name, newParticipantsBridged: 7 });
    const rows = await csvRows();
    const byName = new Map(rows.map((r) => [r.Partnerskab, r]));
    // P has 9 referred and Q none: a column of two, so nothing small to hide.
    expect(byName.get(w.p.name)?.Henvist).toBe('9');
    expect(byName.get(w.p.name)?.['Første deltagelse bekræftet']).toBe('7');
    expect(byName.get(w.q.name)?.Henvist).toBe('0');
  });

  it('the CSV and GeoJSON exports carry every bridge figure per partnership, suppressed as a table', async () => {
    const rows = await csvRows();
    const p = rows.find((r) => r.Partnerskab === w.p.name);
    // The 5 pairs folded in by the measure test above: T-ILS 8 → 5, WHO-5 40 → 60.
    expect(p).toMatchObject({
      'Kontaktet inden for 14 dage': '7', // the two unmet were contacted on day 20
      Koblet: '7',
      'Deltager efter 3 måneder': '6',
      'Mediandage til første deltagelse': '30',
      'T-ILS før (3-9)': '8',
      'T-ILS efter (3-9)': '5',
      'WHO-5 før (0-100)': '40',
      'WHO-5 efter (0-100)': '60',
    });
    const q = rows.find((r) => r.Partnerskab === w.q.name);
    expect(q?.['Mediandage til første deltagelse']).toBe('');
    const geojson = await (await w.as.ministry.fetch('/exports/partnerships.geojson')).json();
    const byName = new Map(geojson.features.map((f: any) => [f.properties.partnership, f.properties]));
    expect((byName.get(w.p.name) as any).bridgeFigures).toMatchObject({
      referred: { value: 9, suppression: null },
      firstAttendance: { value: 7, suppression: null },
      medianDaysToFirstAttendance: { value: 30, suppression: null },
      tilsLaterMean: { value: 5, suppression: null },
    });
    expect((byName.get(w.q.name) as any).bridgeFigures.referred).toEqual({ value: 0, suppression: null });
  });

  it('a small partnership’s figures are "<5" in both exports, and the smallest other cell hides with it', async () => {
    // Q's one citizen comes to a first attendance.
    await createReferral(
      app.prisma,
      { partnershipId: w.q.id, guideUserId: w.people.other.user.id },
      walk().slice(0, 4),
    );
    const henvist = (await csvRows())
      .filter((r) => r.Partnerskab === w.p.name || r.Partnerskab === w.q.name)
      .map((r) => [r.Partnerskab, r.Henvist] as const);
    expect(new Map(henvist)).toEqual(
      new Map([
        [w.p.name, 'skjult'],
        [w.q.name, '<5'],
      ]),
    );
    const geojson = await (await w.as.ministry.fetch('/exports/partnerships.geojson')).json();
    const q = geojson.features.find((f: any) => f.properties.partnership === w.q.name);
    expect(q.properties.bridgeFigures.referred).toEqual({ value: null, suppression: 'SMALL' });
    expect(q.properties.newParticipantsBridged).toBeNull();
    expect(JSON.stringify(geojson)).not.toContain('Inger');
    // "New participants bridged" is the confirmed count, suppressed the same way on the map: Q's 1
    // and P's 7 beside it are hidden; their total of 8 reveals neither.
    const map = await w.as.ministry.gql(
      `{ ministryMap { partnerships { name newParticipantsBridged } totals { newParticipantsBridged } } }`,
    );
    expect(map.data?.ministryMap.partnerships).toEqual(
      expect.arrayContaining([
        { name: w.p.name, newParticipantsBridged: null },
        { name: w.q.name, newParticipantsBridged: null },
      ]),
    );
    expect(map.data?.ministryMap.totals.newParticipantsBridged).toBe(8);
    const alone = await w.as.ministry.gql(
      `query($id: ID!) { ministryPartnership(id: $id) { outcomes { newParticipantsBridged } } }`,
      { id: gid('Partnership', w.q.id) },
    );
    expect(alone.data?.ministryPartnership.outcomes.newParticipantsBridged).toBeNull();
    const csvQ = (await csvRows()).find((r) => r.Partnerskab === w.q.name);
    expect(csvQ?.['Nye deltagere i fællesskaber']).toBe('skjult');
  });

  it('the unmet-need layer hides a cell whose difference from all funded partnerships is under 5', async () => {
    const unmet = {
      areaId: w.area.id,
      noMatchingActivityAt: new Date('2025-04-01'),
      arenas: ['LEISURE_AND_COMMUNITIES' as const],
    };
    for (let i = 0; i < 5; i++)
      await createReferral(app.prisma, {
        partnershipId: w.p.id,
        guideUserId: w.people.ali.user.id,
        ...unmet,
      });
    for (let i = 0; i < 2; i++)
      await createReferral(app.prisma, {
        partnershipId: w.q.id,
        guideUserId: w.people.other.user.id,
        ...unmet,
      });
    await app.prisma.partnership.update({ where: { id: w.q.id }, data: { status: 'ENDED' } });
    const cellsOf = async (filter?: Record<string, unknown>) =>
      (await w.as.ministry.gql(MINISTRY, { filter })).data?.ministryBridgeFigures.unmetNeed;
    // All: P's 7 and Q's 2 in the same area and arena.
    expect(await cellsOf()).toEqual([
      { arena: 'LEISURE_AND_COMMUNITIES', count: { value: 9, suppression: null } },
    ]);
    // P alone would show 7, and 9 - 7 would reveal Q's 2.
    expect(await cellsOf({ status: 'ACTIVE' })).toEqual([
      { arena: 'LEISURE_AND_COMMUNITIES', count: { value: null, suppression: 'COMPLEMENT' } },
    ]);
    // The arena filter keeps that arena's cells only.
    expect(await cellsOf({ arena: 'LEISURE_AND_COMMUNITIES' })).toHaveLength(1);
    await app.prisma.partnership.update({
      where: { id: w.p.id },
      data: { arenas: ['LEISURE_AND_COMMUNITIES', 'WORK_AND_EMPLOYMENT'] },
    });
    expect(await cellsOf({ arena: 'WORK_AND_EMPLOYMENT' })).toEqual([]);
  });
});
