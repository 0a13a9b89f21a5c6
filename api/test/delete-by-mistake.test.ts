import { createFundingRound, createGrant, createSignOnFee } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, gid, partnershipWorld, rowCounts } from './partnership-support.ts';
import { startTestApi } from './support.ts';

// Deleting what was entered by mistake: a grant (nothing paid) and an outcome report (no later
// follow-up needs its baseline). The history keeps the record of both.
const DELETE_GRANT = /* GraphQL */ `
  mutation ($input: DeleteGrantInput!) {
    deleteGrant(input: $input) {
      __typename
      ... on DeleteGrantSuccess { partnership { id } }
      ... on Error { message }
    }
  }
`;
const SAVE_GRANT = /* GraphQL */ `
  mutation ($input: SaveGrantInput!) {
    saveGrant(input: $input) { __typename ... on Error { message } }
  }
`;
const DELETE_REPORT = /* GraphQL */ `
  mutation ($input: DeleteOutcomeReportInput!) {
    deleteOutcomeReport(input: $input) {
      __typename
      ... on DeleteOutcomeReportSuccess { partnership { outcomeReports(first: 10) { totalCount } } }
      ... on Error { message }
    }
  }
`;
const CREATE_REPORT = /* GraphQL */ `
  mutation ($input: CreateOutcomeReportInput!) {
    createOutcomeReport(input: $input) {
      __typename
      ... on CreateOutcomeReportSuccess { report { id } }
    }
  }
`;
const UPDATE_REPORT = /* GraphQL */ `
  mutation ($input: UpdateOutcomeReportInput!) {
    updateOutcomeReport(input: $input) { __typename }
  }
`;

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof partnershipWorld>>;
beforeAll(async () => {
  app = await startTestApi();
  w = await partnershipWorld(app);
});
afterAll(() => app.close());

const grantOf = (over: Parameters<typeof createGrant>[1] = {}) =>
  createGrant(app.prisma, { partnershipId: w.partnership.id, amountOre: 5_000_000n, ...over });

describe('deleting a grant', () => {
  it('deletes an unpaid grant; the history keeps its case number and amount', async () => {
    const grant = await grantOf({ status: 'GRANTED', caseNumber: 'SM-2026-0001' });
    const result = await (await w.as('admin')).gql(DELETE_GRANT, { input: { id: gid('Grant', grant.id) } });
    expect(result.data?.deleteGrant.__typename).toBe('DeleteGrantSuccess');
    expect(await app.prisma.grant.count({ where: { id: grant.id } })).toBe(0);
    const entry = await app.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'Grant', entityId: grant.id, action: 'delete' },
    });
    expect(entry.partnershipId).toBe(w.partnership.id);
    expect(entry.changes).toMatchObject({ caseNumber: ['SM-2026-0001', null], amountOre: ['5000000', null] });
  });

  it('refuses a grant of which something is paid, in Danish and English; writes nothing', async () => {
    const grant = await grantOf({ status: 'PAID', paidOre: 100_000n });
    const before = await rowCounts(app);
    const da = await (await w.as('admin')).gql(DELETE_GRANT, { input: { id: gid('Grant', grant.id) } });
    expect(da.data?.deleteGrant).toEqual({
      __typename: 'ConflictError',
      message: 'Der er udbetalt af bevillingen, så den kan ikke slettes. Ret den i stedet.',
    });
    const en = await (await w.as('admin', EN)).gql(DELETE_GRANT, { input: { id: gid('Grant', grant.id) } });
    expect(en.data?.deleteGrant.message).toBe(
      'Part of the grant is paid, so it cannot be deleted. Correct it instead.',
    );
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses a grant the sign-on fees need; writes nothing', async () => {
    const partnership = w.otherPartnership.id;
    const grant = await createGrant(app.prisma, {
      partnershipId: partnership,
      amountOre: 3_000_000n,
      status: 'GRANTED',
    });
    await createSignOnFee(app.prisma, { partnershipId: partnership, amountOre: 2_000_000n });
    const before = await rowCounts(app);
    const result = await (await w.as('admin')).gql(DELETE_GRANT, { input: { id: gid('Grant', grant.id) } });
    expect(result.data?.deleteGrant.__typename).toBe('ConflictError');
    expect(result.data?.deleteGrant.message).toContain('20000 kr.');
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses coordinators (FORBIDDEN) and answers NotFound for an unknown grant', async () => {
    const grant = await grantOf();
    const coordinator = await w.as('coordinator');
    const refused = await coordinator.gql(DELETE_GRANT, { input: { id: gid('Grant', grant.id) } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = gid('Grant', '0190a0a0-0000-7000-8000-000000000000');
    const missing = await (await w.as('admin')).gql(DELETE_GRANT, { input: { id: unknown } });
    expect(missing.data?.deleteGrant.__typename).toBe('NotFoundError');
    expect(await app.prisma.grant.count({ where: { id: grant.id } })).toBe(1);
  });

  it('never deletes a grant that a concurrent save marks paid (row lock, conditional delete)', async () => {
    const round = await createFundingRound(app.prisma);
    for (let attempt = 0; attempt < 3; attempt++) {
      const grant = await grantOf({ status: 'GRANTED', roundId: round.id });
      const admin = await w.as('admin');
      const [saved, deleted] = await Promise.all([
        admin.gql(SAVE_GRANT, {
          input: {
            id: gid('Grant', grant.id),
            roundId: gid('FundingRound', round.id),
            partnershipId: gid('Partnership', w.partnership.id),
            recipientOrganisationId: gid('Organisation', grant.recipientOrganisationId),
            caseNumber: grant.caseNumber,
            amount: 5_000_000,
            paid: 100_000,
            status: 'PAID',
            startsOn: '2026-01-01',
            endsOn: '2026-12-31',
          },
        }),
        admin.gql(DELETE_GRANT, { input: { id: gid('Grant', grant.id) } }),
      ]);
      const outcome = [saved.data?.saveGrant.__typename, deleted.data?.deleteGrant.__typename];
      const left = await app.prisma.grant.findUnique({ where: { id: grant.id } });
      if (left) {
        expect(outcome).toEqual(['SaveGrantSuccess', 'ConflictError']);
        expect(left.paidOre).toBe(100_000n);
      } else {
        expect(outcome).toEqual(['NotFoundError', 'DeleteGrantSuccess']);
      }
    }
  });
});

describe('deleting an outcome report', () => {
  const counts = (phase: 'BASELINE' | 'FOLLOW_UP') =>
    [1, 2, 3].map((answer) => ({ phase, item: 'LACKS_COMPANY', answer, count: 4 }));
  const report = async (periodStart: string, periodEnd: string, loneliness: unknown[] = []) => {
    const result = await (await w.as('coordinator')).gql(CREATE_REPORT, {
      input: {
        partnershipId: gid('Partnership', w.partnership.id),
        periodStart,
        periodEnd,
        participantsReached: 40,
        newParticipantsBridged: 10,
        activitiesHeld: 12,
        loneliness,
      },
    });
    return result.data?.createOutcomeReport.report.id as string;
  };
  const remove = async (reportId: string, role: 'coordinator' | 'otherCoordinator' = 'coordinator') =>
    (await w.as(role)).gql(DELETE_REPORT, { input: { reportId } });

  it('deletes a report with its counts; the history keeps its figures', async () => {
    const id = await report('2024-01-01', '2024-06-30', counts('BASELINE'));
    const result = await remove(id);
    expect(result.data?.deleteOutcomeReport.partnership.outcomeReports.totalCount).toBe(0);
    expect(await app.prisma.lonelinessCount.count()).toBe(0);
    const entry = await app.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'OutcomeReport', action: 'delete' },
    });
    expect(entry.changes).toMatchObject({ participantsReached: [40, null], activitiesHeld: [12, null] });
  });

  it('refuses the report whose baseline a later follow-up needs, and other coordinators', async () => {
    const baseline = await report('2024-07-01', '2024-12-31', counts('BASELINE'));
    const followUp = await report('2025-01-01', '2025-06-30', counts('FOLLOW_UP'));
    const before = await rowCounts(app);
    const refused = await remove(baseline);
    expect(refused.data?.deleteOutcomeReport).toEqual({
      __typename: 'ConflictError',
      message: 'Indberetningen kan ikke slettes: en senere opfølgende måling bygger på dens baseline.',
    });
    expect((await remove(followUp, 'otherCoordinator')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts(app)).toEqual(before);
    // The follow-up goes first; then the baseline may go too.
    expect((await remove(followUp)).data?.deleteOutcomeReport.__typename).toBe('DeleteOutcomeReportSuccess');
    expect((await remove(baseline)).data?.deleteOutcomeReport.__typename).toBe('DeleteOutcomeReportSuccess');
  });

  it('never leaves a follow-up without its baseline when both change at once (row lock)', async () => {
    const baseline = await report('2023-01-01', '2023-06-30', counts('BASELINE'));
    const later = await report('2023-07-01', '2023-12-31');
    const coordinator = await w.as('coordinator');
    const [updated, deleted] = await Promise.all([
      coordinator.gql(UPDATE_REPORT, {
        input: {
          reportId: later,
          periodStart: '2023-07-01',
          periodEnd: '2023-12-31',
          participantsReached: 40,
          newParticipantsBridged: 10,
          activitiesHeld: 12,
          loneliness: counts('FOLLOW_UP'),
        },
      }),
      coordinator.gql(DELETE_REPORT, { input: { reportId: baseline } }),
    ]);
    const outcome = [
      updated.data?.updateOutcomeReport.__typename,
      deleted.data?.deleteOutcomeReport.__typename,
    ];
    expect([
      ['UpdateOutcomeReportSuccess', 'ConflictError'],
      ['ValidationError', 'DeleteOutcomeReportSuccess'],
    ]).toContainEqual(outcome);
  });
});
