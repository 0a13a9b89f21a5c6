import {
  createGuide,
  createOrganisation,
  createOutcomeReport,
  createPartnership,
  createReferral,
  createUser,
} from '@naboskab/seed/factories';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { citizen, RECORD } from './referral-support.ts';
import { startTestApi, type TestClient } from './support.ts';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOutcomeReportInput!) {
    createOutcomeReport(input: $input) {
      __typename
      ... on CreateOutcomeReportSuccess {
        report { id periodStart periodEnd participantsReached newParticipantsBridged activitiesHeld volunteersActive loneliness { phase item answer count } }
      }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateOutcomeReportInput!) {
    updateOutcomeReport(input: $input) {
      __typename
      ... on UpdateOutcomeReportSuccess { report { id participantsReached loneliness { phase item answer count } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const REPORTS = /* GraphQL */ `
  query Reports($slug: String!) {
    partnership(slug: $slug) { outcomeReports(first: 10) { totalCount edges { node { id periodStart participantsReached } } } }
  }
`;

type Api = Awaited<ReturnType<typeof startTestApi>>;
let app: Api;
let own: { id: string; slug: string };
let other: { id: string };
const clients: Record<
  'coordinator' | 'otherCoordinator' | 'ministry' | 'volunteer' | 'admin' | 'member',
  TestClient
> = {} as never;

const ucla = (
  phase: 'BASELINE' | 'FOLLOW_UP',
  counts: [number, number, number],
  items = ['LACKS_COMPANY', 'LEFT_OUT', 'ISOLATED'],
) => items.flatMap((item) => counts.map((count, i) => ({ phase, item, answer: i + 1, count })));

const figures = (over: Record<string, unknown> = {}) => ({
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  participantsReached: 120,
  newParticipantsBridged: 30,
  activitiesHeld: 40,
  volunteersActive: 12,
  loneliness: [...ucla('BASELINE', [10, 15, 12]), ...ucla('FOLLOW_UP', [14, 15, 8])],
  ...over,
});

async function counts() {
  return {
    reports: await app.prisma.outcomeReport.count(),
    loneliness: await app.prisma.lonelinessCount.count(),
    audit: await app.prisma.auditEntry.count({ where: { entityType: 'OutcomeReport' } }),
  };
}

async function signedIn(role: 'ADMIN' | 'COORDINATOR' | 'VOLUNTEER' | 'MINISTRY', organisationId?: string) {
  const { user, password } = await createUser(app.prisma, { role, organisationId });
  const client = app.client();
  await client.signIn(user.email, password);
  return { client, user };
}

describe('outcome reports', () => {
  beforeAll(async () => {
    app = await startTestApi();
    const memberOrg = await createOrganisation(app.prisma);
    const coordinator = await createUser(app.prisma, { role: 'COORDINATOR' });
    const otherCoordinator = await createUser(app.prisma, { role: 'COORDINATOR' });
    own = await createPartnership(app.prisma, {
      coordinators: [coordinator.user.id],
      members: [memberOrg.id],
    });
    other = await createPartnership(app.prisma, { coordinators: [otherCoordinator.user.id] });
    for (const [key, u] of [
      ['coordinator', coordinator],
      ['otherCoordinator', otherCoordinator],
    ] as const) {
      clients[key] = app.client();
      await clients[key].signIn(u.user.email, u.password);
    }
    clients.ministry = (await signedIn('MINISTRY')).client;
    clients.volunteer = (await signedIn('VOLUNTEER')).client;
    clients.admin = (await signedIn('ADMIN')).client;
    clients.member = (await signedIn('COORDINATOR', memberOrg.id)).client;
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.prisma.outcomeReport.deleteMany();
    await app.prisma.auditEntry.deleteMany({ where: { entityType: 'OutcomeReport' } });
  });

  const create = (
    input: Record<string, unknown>,
    client = clients.coordinator,
    headers: Record<string, string> = {},
  ) =>
    client.gql(
      CREATE,
      { input: { partnershipId: encodeGlobalID('Partnership', own.id), ...input } },
      headers,
    );

  it('lets the coordinator enter a period with UCLA-3 counts, audited, and readable by members and the ministry', async () => {
    const result = await create(figures());
    expect(result.data?.createOutcomeReport.__typename).toBe('CreateOutcomeReportSuccess');
    const report = result.data?.createOutcomeReport.report;
    expect(report).toMatchObject({
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
      participantsReached: 120,
      newParticipantsBridged: 30,
      activitiesHeld: 40,
      volunteersActive: 12,
    });
    expect(report.loneliness).toHaveLength(18);
    const audit = await app.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'OutcomeReport' } });
    expect(audit).toMatchObject({ action: 'create', partnershipId: own.id });
    // A follow-up in a later period leans on the earlier baseline.
    const later = await create(
      figures({
        periodStart: '2025-07-01',
        periodEnd: '2025-12-31',
        loneliness: ucla('FOLLOW_UP', [20, 14, 5]),
      }),
    );
    expect(later.data?.createOutcomeReport.__typename).toBe('CreateOutcomeReportSuccess');
    for (const client of [clients.coordinator, clients.member, clients.ministry, clients.admin]) {
      const read = await client.gql(REPORTS, { slug: own.slug });
      expect(read.errors).toBeUndefined();
      expect(read.data?.partnership.outcomeReports.totalCount).toBe(2);
      expect(read.data?.partnership.outcomeReports.edges[0].node.periodStart).toBe('2025-07-01');
    }
    const outsider = await clients.otherCoordinator.gql(REPORTS, { slug: own.slug });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows UCLA-3 counts as typed to members and administrators, and suppressed to the ministry', async () => {
    const LONELINESS = /* GraphQL */ `query ($slug: String!) {
      partnership(slug: $slug) { outcomeReports(first: 1) { edges { node { loneliness { phase item answer count suppressed } } } } }
    }`;
    // Lacks company: 3 is small, and with the phase's respondents known from another item, the
    // smallest other answer (10) would give it away, so it is hidden too.
    const typed = [
      ...ucla('BASELINE', [3, 10, 24], ['LACKS_COMPANY']),
      ...ucla('BASELINE', [12, 13, 12], ['LEFT_OUT']),
      ...ucla('BASELINE', [0, 20, 17], ['ISOLATED']),
    ].filter((c) => c.count > 0);
    expect((await create(figures({ loneliness: typed }))).data?.createOutcomeReport.__typename).toBe(
      'CreateOutcomeReportSuccess',
    );
    const read = async (client: TestClient) => {
      const result = await client.gql(LONELINESS, { slug: own.slug });
      expect(result.errors).toBeUndefined();
      return result.data?.partnership.outcomeReports.edges[0].node.loneliness;
    };
    const raw = typed.map((c) => ({ ...c, suppressed: false }));
    for (const client of [clients.coordinator, clients.member, clients.admin])
      expect(await read(client)).toEqual(expect.arrayContaining(raw));
    const hidden = { count: null, suppressed: true };
    const seen = await read(clients.ministry);
    expect(seen).toHaveLength(typed.length);
    expect(seen).toEqual(
      expect.arrayContaining([
        { phase: 'BASELINE', item: 'LACKS_COMPANY', answer: 1, ...hidden },
        { phase: 'BASELINE', item: 'LACKS_COMPANY', answer: 2, ...hidden },
        { phase: 'BASELINE', item: 'LACKS_COMPANY', answer: 3, count: 24, suppressed: false },
        ...raw.filter((c) => c.item !== 'LACKS_COMPANY'),
      ]),
    );
  });

  it('refuses negative counts, an end before the start and more bridged than reached, per field in Danish and English', async () => {
    const before = await counts();
    const input = figures({
      participantsReached: -1,
      periodEnd: '2024-12-31',
      loneliness: [{ phase: 'BASELINE', item: 'LEFT_OUT', answer: 4, count: -3 }],
    });
    const da = await create(input);
    expect(da.data?.createOutcomeReport.__typename).toBe('ValidationError');
    const issues = Object.fromEntries(
      da.data?.createOutcomeReport.issues.map((i: { path: string[]; message: string }) => [
        i.path.join('.'),
        i.message,
      ]),
    );
    expect(issues).toMatchObject({
      'input.participantsReached': 'Tallet kan ikke være negativt.',
      'input.periodEnd': 'Periodens slutdato skal være samme dag som eller efter startdatoen.',
      'input.loneliness.0.answer': 'Svaret skal være 1, 2 eller 3.',
      'input.loneliness.0.count': 'Tallet kan ikke være negativt.',
    });
    const en = await create(figures({ newParticipantsBridged: 500 }), clients.coordinator, {
      'accept-language': 'en',
    });
    expect(en.data?.createOutcomeReport.issues).toEqual([
      {
        path: ['input', 'newParticipantsBridged'],
        message: 'New participants bridged cannot exceed participants reached.',
      },
    ]);
    const enNegative = await create(figures({ volunteersActive: -2 }), clients.coordinator, {
      'accept-language': 'en',
    });
    expect(enNegative.data?.createOutcomeReport.issues[0]).toEqual({
      path: ['input', 'volunteersActive'],
      message: 'The number cannot be negative.',
    });
    expect(await counts()).toEqual(before);
  });

  it('needs a baseline before a follow-up, in this report or an earlier one', async () => {
    const before = await counts();
    const alone = await create(figures({ loneliness: ucla('FOLLOW_UP', [5, 5, 5]) }));
    expect(alone.data?.createOutcomeReport.issues).toEqual([
      {
        path: ['input', 'loneliness'],
        message:
          'En opfølgende måling kræver en baseline-måling for samme spørgsmål i denne eller en tidligere indberetning.',
      },
    ]);
    // A baseline for one item does not cover another.
    const otherItem = await create(
      figures({
        loneliness: [
          ...ucla('BASELINE', [3, 3, 3], ['LEFT_OUT']),
          ...ucla('FOLLOW_UP', [3, 3, 3], ['ISOLATED']),
        ],
      }),
    );
    expect(otherItem.data?.createOutcomeReport.__typename).toBe('ValidationError');
    expect(await counts()).toEqual(before);
    // A baseline in a LATER period does not count for an earlier follow-up.
    await create(
      figures({
        periodStart: '2025-07-01',
        periodEnd: '2025-12-31',
        loneliness: ucla('BASELINE', [5, 5, 5]),
      }),
    );
    const earlier = await create(figures({ loneliness: ucla('FOLLOW_UP', [5, 5, 5]) }));
    expect(earlier.data?.createOutcomeReport.__typename).toBe('ValidationError');
  });

  it('refuses a period overlapping another report of the partnership, but not of another partnership', async () => {
    await create(figures());
    const before = await counts();
    for (const [periodStart, periodEnd] of [
      ['2025-06-30', '2025-09-30'],
      ['2024-07-01', '2025-01-01'],
      ['2025-03-01', '2025-03-31'],
    ]) {
      const result = await create(figures({ periodStart, periodEnd }), clients.coordinator, {
        'accept-language': 'en',
      });
      expect(result.data?.createOutcomeReport.issues, periodStart).toEqual([
        {
          path: ['input', 'periodStart'],
          message: "The period overlaps another of the partnership's reports.",
        },
      ]);
    }
    expect(await counts()).toEqual(before);
    const elsewhere = await clients.otherCoordinator.gql(CREATE, {
      input: { partnershipId: encodeGlobalID('Partnership', other.id), ...figures() },
    });
    expect(elsewhere.data?.createOutcomeReport.__typename).toBe('CreateOutcomeReportSuccess');
  });

  it('updates a report, and refuses an edit that leaves a later follow-up without its baseline', async () => {
    const first = (await create(figures())).data?.createOutcomeReport.report;
    await create(
      figures({
        periodStart: '2025-07-01',
        periodEnd: '2025-12-31',
        loneliness: ucla('FOLLOW_UP', [9, 9, 9]),
      }),
    );
    const updated = await clients.coordinator.gql(UPDATE, {
      input: { reportId: first.id, ...figures({ participantsReached: 150 }) },
    });
    expect(updated.data?.updateOutcomeReport.report.participantsReached).toBe(150);
    const audit = await app.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'OutcomeReport', action: 'update' },
    });
    expect(audit.changes).toMatchObject({ participantsReached: [120, 150] });
    const before = await counts();
    const removesBaseline = await clients.coordinator.gql(UPDATE, {
      input: { reportId: first.id, ...figures({ loneliness: [] }) },
    });
    expect(removesBaseline.data?.updateOutcomeReport.__typename).toBe('ValidationError');
    expect(await counts()).toEqual(before);
    const kept = await app.prisma.lonelinessCount.count({
      where: { reportId: Buffer.from(first.id, 'base64').toString().split(':')[1] },
    });
    expect(kept).toBe(18);
  });

  it('writes one history entry per edit of two at once, each against the figures the other left', async () => {
    const report = (await create(figures())).data?.createOutcomeReport.report;
    const edit = (participantsReached: number) =>
      clients.coordinator.gql(UPDATE, {
        input: { reportId: report.id, ...figures({ participantsReached }) },
      });
    for (let round = 0; round < 6; round++) {
      const pair = await Promise.all([edit(200 + 2 * round), edit(201 + 2 * round)]);
      expect(pair.map((r) => r.data?.updateOutcomeReport.__typename)).toEqual([
        'UpdateOutcomeReportSuccess',
        'UpdateOutcomeReportSuccess',
      ]);
    }
    const history = await clients.coordinator.gql(
      'query ($slug: String!) { partnership(slug: $slug) { history(first: 100) { edges { node { action entityType changes } } } } }',
      { slug: own.slug },
    );
    const steps: [number, number][] = history.data?.partnership.history.edges
      .map((e: { node: { action: string; entityType: string; changes: any } }) => e.node)
      .filter(
        (n: { action: string; entityType: string }) =>
          n.action === 'update' && n.entityType === 'OutcomeReport',
      )
      .map((n: { changes: { participantsReached: [number, number] } }) => n.changes.participantsReached);
    expect(steps).toHaveLength(12);
    // Each entry starts where another ended: 120 → … → the figure stored now, every edit once.
    let reached = 120;
    const unchained = [...steps];
    for (let next = unchained.findIndex(([from]) => from === reached); next >= 0; ) {
      reached = (unchained.splice(next, 1)[0] as [number, number])[1];
      next = unchained.findIndex(([from]) => from === reached);
    }
    expect(unchained).toEqual([]);
    const stored = await app.prisma.outcomeReport.findFirstOrThrow({ where: { partnershipId: own.id } });
    expect(stored.participantsReached).toBe(reached);
  });

  it('takes a typed new participants bridged only from a partnership without referrals: refused, nothing saved, once it records them', async () => {
    const guide = await createUser(app.prisma, { role: 'COORDINATOR' });
    const bridging = await createPartnership(app.prisma, { coordinators: [guide.user.id] });
    await createReferral(app.prisma, { partnershipId: bridging.id, guideUserId: guide.user.id });
    const COUNTS = /* GraphQL */ `query ($slug: String!) { partnership(slug: $slug) { countsBridgedParticipants } }`;
    const flag = async (slug: string) =>
      (await clients.admin.gql(COUNTS, { slug })).data?.partnership.countsBridgedParticipants;
    expect(await flag(bridging.slug)).toBe(true);
    expect(await flag(own.slug)).toBe(false);
    const forBridging = (input: Record<string, unknown>, headers: Record<string, string> = {}) =>
      create({ ...input, partnershipId: encodeGlobalID('Partnership', bridging.id) }, clients.admin, headers);

    const before = await counts();
    const da = await forBridging(figures());
    expect(da.data?.createOutcomeReport.issues).toEqual([
      {
        path: ['input', 'newParticipantsBridged'],
        message:
          'Partnerskabet registrerer henvisninger, så nye deltagere i fællesskaber tælles fra de bekræftede første fremmøder og kan ikke indtastes.',
      },
    ]);
    const en = await forBridging(figures({ newParticipantsBridged: 0 }), { 'accept-language': 'en' });
    expect(en.data?.createOutcomeReport.issues).toEqual([
      {
        path: ['input', 'newParticipantsBridged'],
        message:
          'The partnership records referrals, so new participants bridged is counted from the confirmed first attendances and cannot be typed.',
      },
    ]);
    expect(await counts()).toEqual(before);

    // Without the typed figure the report is saved; an edit may not slip one in either.
    const saved = await forBridging(figures({ newParticipantsBridged: undefined }));
    expect(saved.data?.createOutcomeReport.__typename).toBe('CreateOutcomeReportSuccess');
    const reportId = saved.data?.createOutcomeReport.report.id;
    const afterSave = await counts();
    const edit = await clients.admin.gql(UPDATE, {
      input: { reportId, ...figures({ participantsReached: 99, newParticipantsBridged: 5 }) },
    });
    expect(edit.data?.updateOutcomeReport.issues[0].path).toEqual(['input', 'newParticipantsBridged']);
    expect(await counts()).toEqual(afterSave);
    const stored = await app.prisma.outcomeReport.findFirstOrThrow({ where: { partnershipId: bridging.id } });
    expect(stored.participantsReached).toBe(120);

    // A partnership without referrals still types it, and must.
    const missing = await create(figures({ newParticipantsBridged: undefined }), clients.coordinator, {
      'accept-language': 'en',
    });
    expect(missing.data?.createOutcomeReport.issues).toEqual([
      { path: ['input', 'newParticipantsBridged'], message: 'Enter the number of new participants bridged.' },
    ]);
    const typed = await create(figures({ newParticipantsBridged: 7 }));
    expect(typed.data?.createOutcomeReport.report.newParticipantsBridged).toBe(7);
  });

  // The report locks the partnership's row (FOR UPDATE); the referral's foreign key takes a KEY
  // SHARE lock on it, so one waits for the other: never a typed figure saved beside a referral it
  // did not see.
  it('orders a first referral and a report with a typed figure made at once: refused, or saved before it', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const { user, password } = await createUser(app.prisma, { role: 'COORDINATOR' });
      const partnership = await createPartnership(app.prisma, { coordinators: [user.id] });
      await createGuide(app.prisma, partnership.id, user.id);
      const guide = app.client();
      await guide.signIn(user.email, password);
      const [recorded, reported] = await Promise.all([
        guide.gql(RECORD, { input: citizen(partnership.id) }),
        guide.gql(CREATE, {
          input: { ...figures(), partnershipId: encodeGlobalID('Partnership', partnership.id) },
        }),
      ]);
      expect(recorded.data?.recordReferral.__typename).toBe('RecordReferralSuccess');
      const outcome = reported.data?.createOutcomeReport;
      if (outcome?.__typename === 'ValidationError')
        expect(outcome.issues.map((i: { path: string[] }) => i.path)).toEqual([
          ['input', 'newParticipantsBridged'],
        ]);
      else expect(outcome?.__typename).toBe('CreateOutcomeReportSuccess');
      expect(await app.prisma.outcomeReport.count({ where: { partnershipId: partnership.id } })).toBe(
        outcome?.__typename === 'CreateOutcomeReportSuccess' ? 1 : 0,
      );
    }
  });

  it('refuses a missing partnership or report (scopes fail closed)', async () => {
    const missing = await create({
      ...figures(),
      partnershipId: encodeGlobalID('Partnership', '01a20303-0000-7000-8000-000000000000'),
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const update = await clients.coordinator.gql(UPDATE, {
      input: {
        reportId: encodeGlobalID('OutcomeReport', '01a20303-0000-7000-8000-000000000000'),
        ...figures(),
      },
    });
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrongType = await create({ ...figures(), partnershipId: encodeGlobalID('Area', own.id) });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for the coordinators of the partnership (and admins) only', async () => {
    const report = await createOutcomeReport(app.prisma, {
      partnershipId: own.id,
      periodStart: new Date('2024-01-01'),
      periodEnd: new Date('2024-06-30'),
    });
    const before = await counts();
    for (const [client, code] of [
      [clients.otherCoordinator, 'FORBIDDEN'],
      [clients.member, 'FORBIDDEN'],
      [clients.ministry, 'FORBIDDEN'],
      [clients.volunteer, 'FORBIDDEN'],
      [app.client(), 'UNAUTHENTICATED'],
    ] as const) {
      const created = await create(figures(), client);
      expect(created.errors?.[0]?.extensions?.code).toBe(code);
      const updated = await client.gql(UPDATE, {
        input: { reportId: encodeGlobalID('OutcomeReport', report.id), ...figures() },
      });
      expect(updated.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await counts()).toEqual(before);
    const admin = await create(figures(), clients.admin);
    expect(admin.data?.createOutcomeReport.__typename).toBe('CreateOutcomeReportSuccess');
  });
});
