import { createGrant, createReferral } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeClosedReferrals } from '../src/domain/referral/purge-closed-referrals.ts';
import { citizen, READ, RECORD, referralWorld } from './referral-support.ts';
import { gid } from './resource-support.ts';
import { startTestApi } from './support.ts';

const FIGURES = /* GraphQL */ `
  query Figures($id: ID!) {
    node(id: $id) {
      ... on Partnership {
        bridgeFigures { referred { value suppression } firstAttendance { value suppression } pairs { value suppression } tilsBaselineMean { value } }
        referralStates { state count suppressed }
      }
    }
  }
`;

describe('referrals: who sees personal data, the read log, erasure and retention', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof referralWorld>>;
  let id: string;
  beforeAll(async () => {
    app = await startTestApi();
    w = await referralWorld(app);
    const recorded = await w.as.ali.gql(RECORD, { input: citizen(w.p.id, { firstName: 'Ruth' }) });
    id = recorded.data?.recordReferral.referral.id;
  });
  afterAll(() => app.close());

  it('the referral’s own guide and the partnership’s coordinator-guides read it, and each read is logged', async () => {
    await app.prisma.referralRead.deleteMany();
    for (const client of [w.as.ali, w.as.mette]) {
      const read = await client.gql(READ, { id });
      expect(read.data?.node?.citizen).toEqual({
        firstName: 'Ruth',
        phone: '+45 20 30 40 50',
        whatMatters: 'At komme ud og synge igen',
      });
    }
    const reads = await app.prisma.referralRead.findMany({ orderBy: { at: 'asc' } });
    expect(reads.map((r) => [r.userId, r.via])).toEqual([
      [w.people.ali.user.id, 'GUIDE'],
      [w.people.mette.user.id, 'GUIDE'],
    ]);
    const log = await w.as.admin.gql(
      `{ referralReadLog(first: 10) { totalCount edges { node { readerName via } } } }`,
    );
    expect(log.data?.referralReadLog.totalCount).toBe(2);
    expect(log.data?.referralReadLog.edges[0].node.readerName).toMatch(/^Mette Guide </);
  });

  it('a coordinator who is no guide, member staff, another partnership, a volunteer, the ministry, an admin and anonymous get none of it', async () => {
    await app.prisma.referralRead.deleteMany();
    const outsiders = {
      jonas: w.as.jonas,
      sara: w.as.sara,
      other: w.as.other,
      volunteer: w.as.volunteer,
      ministry: w.as.ministry,
      admin: w.as.admin,
      anonymous: w.as.anonymous,
    };
    for (const [who, client] of Object.entries(outsiders)) {
      const read = await client.gql(READ, { id });
      expect([who, JSON.stringify(read)]).not.toEqual([who, expect.stringContaining('Ruth')]);
      expect([who, read.data?.node ?? null]).toEqual([who, null]);
      const list = await client.gql(
        `{ myReferrals(first: 10) { totalCount edges { node { citizen { firstName } } } } }`,
      );
      expect([who, JSON.stringify(list)]).not.toEqual([who, expect.stringContaining('Ruth')]);
      const log = await client.gql(`{ referralReadLog(first: 10) { totalCount } }`);
      expect([who, log.errors?.[0]?.extensions?.code ?? 'allowed']).toEqual([
        who,
        who === 'admin' ? 'allowed' : expect.stringMatching(/FORBIDDEN|UNAUTHENTICATED/),
      ]);
    }
    expect(await app.prisma.referralRead.count()).toBe(0);
  });

  it('coordinators see counts only, with small cells suppressed; other partnerships’ staff and volunteers see nothing', async () => {
    const figures = await w.as.jonas.gql(FIGURES, { id: gid('Partnership', w.p.id) });
    const node = figures.data?.node;
    expect(node.bridgeFigures.referred).toEqual({ value: null, suppression: 'SMALL' });
    expect(node.bridgeFigures.firstAttendance).toEqual({ value: 0, suppression: null });
    expect(node.referralStates).toEqual([{ state: 'REQUESTED', count: null, suppressed: true }]);
    for (const client of [w.as.other, w.as.volunteer, w.as.anonymous]) {
      const denied = await client.gql(FIGURES, { id: gid('Partnership', w.p.id) });
      expect(denied.data?.node?.bridgeFigures ?? null).toBeNull();
    }
  });

  it('no count, map, layer or export carries a referral’s personal data, whoever asks', async () => {
    await createGrant(app.prisma, { partnershipId: w.p.id, status: 'GRANTED' });
    await app.prisma.referral.updateMany({
      where: { firstName: 'Ruth' },
      data: { areaId: w.area.id, noMatchingActivityAt: new Date() },
    });
    // One query each: a view refused to one role must not hide the others' answers.
    const views = [
      `{ myReferralCaseload { open overdue byState { state count } } }`,
      `query($id: ID!) { node(id: $id) { ... on Partnership { unmetNeed { areaName arena count { value suppression } } referralStates { state count } } } }`,
      `{ ministryBridgeFigures { figures { referred { value } } unmetNeed { areaName count { value suppression } } } }`,
      `{ ministryMap { partnerships { name newParticipantsBridged } } }`,
    ];
    const personal = /Ruth|20 30 40 50|synge/;
    for (const [who, client] of Object.entries(w.as)) {
      for (const view of views) {
        const answer = JSON.stringify(await client.gql(view, { id: gid('Partnership', w.p.id) }));
        expect([who, answer]).not.toEqual([who, expect.stringMatching(personal)]);
      }
      for (const file of ['partnerships.csv', 'partnerships.geojson', 'grants.360giving.json']) {
        const body = await (await client.fetch(`/exports/${file}`)).text();
        expect([who, file, body]).not.toEqual([who, file, expect.stringMatching(personal)]);
      }
    }
    // The views did answer: the unmet need is there for the ministry, as a suppressed count.
    const ministry = await w.as.ministry.gql(views[2] as string);
    expect(ministry.data?.ministryBridgeFigures.unmetNeed).toEqual([
      { areaName: w.area.name, count: { value: null, suppression: 'SMALL' } },
    ]);
    expect(await app.prisma.referralRead.count()).toBe(0);
  });

  it('exports everything held on request (logged), and erases it: the referral closes and its figures stay', async () => {
    const exported = await w.as.ali.gql(
      `query($id: ID!) { node(id: $id) { ... on Referral { personalDataExport } } }`,
      { id },
    );
    expect(exported.data?.node.personalDataExport).toMatchObject({
      firstName: 'Ruth',
      fhirTaskStatus: 'requested',
      history: [{ toState: 'REQUESTED' }],
    });
    expect(await app.prisma.referralRead.count({ where: { via: 'EXPORT' } })).toBe(1);
    const erased = await w.as.ali.gql(
      `mutation($input: EraseReferralInput!) { eraseReferral(input: $input) { __typename ... on EraseReferralSuccess { referral { state closeReason citizen { firstName } personalDataDeletedAt } } } }`,
      { input: { referralId: id } },
    );
    expect(erased.data?.eraseReferral.referral).toMatchObject({
      state: 'DECLINED',
      closeReason: 'CONSENT_WITHDRAWN',
      citizen: null,
    });
    const row = await app.prisma.referral.findFirstOrThrow({ where: { partnershipId: w.p.id } });
    expect([row.firstName, row.phone, row.whatMatters, row.source, row.ageBand]).toEqual([
      null,
      null,
      null,
      'HOUSING_SOCIAL_STAFF',
      'AGE_65_79',
    ]);
  });

  it('retention clears personal data of referrals closed longer ago than REFERRAL_RETENTION_MONTHS and keeps the figures', async () => {
    const guide = w.people.ali.user.id;
    const long = new Date(Date.now() - 400 * 86_400_000);
    const walk = [
      { state: 'ACCEPTED' as const, day: 3 },
      { state: 'IN_PROGRESS' as const, day: 10 },
      { state: 'CONNECTED' as const, day: 20 },
      { state: 'ATTENDING' as const, day: 30 },
      { state: 'FOLLOW_UP' as const, day: 120 },
      { state: 'CLOSED' as const, day: 125 },
    ];
    for (let i = 0; i < 6; i++) {
      await createReferral(
        app.prisma,
        {
          partnershipId: w.p.id,
          guideUserId: guide,
          referredAt: long,
          stillTakingPart: true,
          hostName: 'Vært',
        },
        walk,
      );
    }
    await createReferral(app.prisma, { partnershipId: w.p.id, guideUserId: guide, firstName: 'Nyere' }, [
      { state: 'DECLINED', day: 0 },
    ]);
    const before = (await w.as.jonas.gql(FIGURES, { id: gid('Partnership', w.p.id) })).data?.node
      .bridgeFigures;
    expect(before.firstAttendance).toEqual({ value: 6, suppression: null });
    const dry = await purgeClosedReferrals(app.prisma, { months: 6, dryRun: true });
    expect(dry.purged).toBe(6);
    expect(
      await app.prisma.referral.count({ where: { firstName: { not: null }, closedAt: { lt: dry.cutoff } } }),
    ).toBe(6);
    const { purged } = await purgeClosedReferrals(app.prisma, { months: 6 });
    expect(purged).toBe(6);
    expect(
      await app.prisma.referral.count({
        where: {
          OR: [{ firstName: { not: null } }, { hostName: { not: null } }],
          closedAt: { lt: dry.cutoff },
        },
      }),
    ).toBe(0);
    expect(await app.prisma.referral.count({ where: { firstName: 'Nyere' } })).toBe(1);
    const after = (await w.as.jonas.gql(FIGURES, { id: gid('Partnership', w.p.id) })).data?.node
      .bridgeFigures;
    expect(after).toEqual(before);
    expect((await purgeClosedReferrals(app.prisma, { months: 6 })).purged).toBe(0);
  });
});
