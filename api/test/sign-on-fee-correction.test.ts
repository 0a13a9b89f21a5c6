import { createGrant, createOrganisation } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, gid, partnershipWorld, rowCounts } from './partnership-support.ts';
import { startTestApi } from './support.ts';

const CORRECT = /* GraphQL */ `
  mutation Correct($input: CorrectSignOnFeeInput!) {
    correctSignOnFee(input: $input) {
      __typename
      ... on CorrectSignOnFeeSuccess { signOnFee { amount paidOn note } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteSignOnFeeInput!) {
    deleteSignOnFee(input: $input) {
      __typename
      ... on DeleteSignOnFeeSuccess { partnership { signOnFeesTotal } }
      ... on Error { message }
    }
  }
`;

describe('correcting and deleting sign-on fees', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof partnershipWorld>>;
  let feeId: string;
  let otherFeeId: string;
  beforeAll(async () => {
    app = await startTestApi();
    w = await partnershipWorld(app);
    // 50,000 kr. granted; two associations with 20,000 kr. each: 10,000 kr. left.
    await createGrant(app.prisma, {
      partnershipId: w.partnership.id,
      amountOre: 5_000_000n,
      status: 'GRANTED',
    });
    const fees: string[] = [];
    for (const name of ['Gellerup Skakklub', 'Gellerup Løbeklub']) {
      const organisation = await createOrganisation(app.prisma, { name, kind: 'VOLUNTARY_ASSOCIATION' });
      const member = await app.prisma.partnershipMember.create({
        data: {
          partnershipId: w.partnership.id,
          organisationId: organisation.id,
          role: 'VOLUNTARY_ASSOCIATION',
        },
      });
      const fee = await app.prisma.signOnFee.create({
        data: {
          partnershipId: w.partnership.id,
          memberId: member.id,
          amountOre: 2_000_000n,
          paidOn: new Date('2026-01-10'),
        },
      });
      fees.push(gid('SignOnFee', fee.id));
    }
    [feeId = '', otherFeeId = ''] = fees;
  });
  afterAll(() => app.close());

  const input = (amount: number, extra: Record<string, unknown> = {}) => ({
    id: feeId,
    amount,
    paidOn: '2026-01-15',
    note: 'Rettet beløb',
    ...extra,
  });

  it('corrects amount, day and note within the grant and audits the changed fields', async () => {
    const result = await (await w.as('coordinator')).gql(CORRECT, { input: input(3_000_000) });
    expect(result.data?.correctSignOnFee.signOnFee).toEqual({
      amount: 3_000_000,
      paidOn: '2026-01-15',
      note: 'Rettet beløb',
    });
    const entry = await app.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'SignOnFee', action: 'update', partnershipId: w.partnership.id },
    });
    expect(entry.changes).toMatchObject({ amountOre: ['2000000', '3000000'], note: ['', 'Rettet beløb'] });
  });

  it('refuses more than 30,000 kr. and a missing day per field in Danish and English; writes nothing', async () => {
    const before = await rowCounts(app);
    const da = await (await w.as('coordinator')).gql(CORRECT, { input: input(3_000_001) });
    expect(da.data?.correctSignOnFee.issues).toEqual([
      { path: ['input', 'amount'], message: 'Et tilslutningsbidrag må højst være 30.000 kr.' },
    ]);
    const en = await (await w.as('coordinator', EN)).gql(CORRECT, { input: input(100, { paidOn: null }) });
    expect(en.data?.correctSignOnFee.issues).toEqual([
      { path: ['input', 'paidOn'], message: 'This field is required.' },
    ]);
    expect(await rowCounts(app)).toEqual(before);
    expect((await app.prisma.signOnFee.findFirstOrThrow({ where: { note: 'Rettet beløb' } })).amountOre).toBe(
      3_000_000n,
    );
  });

  it('refuses a correction that takes the total above the grant (ConflictError); writes nothing', async () => {
    // 30,000 + 20,000 = 50,000 granted: raising the other fee by 1 øre overshoots.
    const before = await rowCounts(app);
    const result = await (await w.as('coordinator', EN)).gql(CORRECT, {
      input: input(2_000_001, { id: otherFeeId }),
    });
    expect(result.data?.correctSignOnFee).toMatchObject({
      __typename: 'ConflictError',
      message: 'Sign-on fees together may not exceed the grant (50000 kr.; already paid 30000 kr.).',
    });
    expect(await rowCounts(app)).toEqual(before);
  });

  it('does not let two concurrent corrections overshoot the grant (row lock)', async () => {
    // First lower this fee to 15,000 kr. (15,000 + 20,000 of 50,000 kr.: 15,000 kr. left). Then
    // raise both by 10,000 kr. at once: each alone fits, both together would not, in any order.
    const client = await w.as('coordinator');
    const lowered = await client.gql(CORRECT, { input: input(1_500_000) });
    expect(lowered.data?.correctSignOnFee.__typename).toBe('CorrectSignOnFeeSuccess');
    const results = await Promise.all([
      client.gql(CORRECT, { input: input(2_500_000) }),
      client.gql(CORRECT, { input: input(3_000_000, { id: otherFeeId }) }),
    ]);
    const types = results.map((r) => r.data?.correctSignOnFee.__typename).sort();
    expect(types).toEqual(['ConflictError', 'CorrectSignOnFeeSuccess']);
    const total = await app.prisma.signOnFee.aggregate({
      where: { partnershipId: w.partnership.id },
      _sum: { amountOre: true },
    });
    expect(total._sum.amountOre).toBeLessThanOrEqual(5_000_000n);
  });

  it('refuses a coordinator of another partnership, volunteers and the ministry; writes nothing', async () => {
    const before = await rowCounts(app);
    for (const role of ['otherCoordinator', 'volunteer', 'ministry'] as const) {
      const client = await w.as(role);
      expect((await client.gql(CORRECT, { input: input(100) })).errors?.[0]?.extensions?.code, role).toBe(
        'FORBIDDEN',
      );
      expect((await client.gql(DELETE, { input: { id: feeId } })).errors?.[0]?.extensions?.code, role).toBe(
        'FORBIDDEN',
      );
    }
    expect(await rowCounts(app)).toEqual(before);
  });

  it('answers NotFound for an unknown fee (admin), and a malformed id per field', async () => {
    const admin = await w.as('admin', EN);
    const unknown = gid('SignOnFee', '0190a0a0-0000-7000-8000-000000000000');
    expect(
      (await admin.gql(CORRECT, { input: input(100, { id: unknown }) })).data?.correctSignOnFee.__typename,
    ).toBe('NotFoundError');
    expect((await admin.gql(DELETE, { input: { id: unknown } })).data?.deleteSignOnFee.__typename).toBe(
      'NotFoundError',
    );
    const wrongType = await admin.gql(CORRECT, {
      input: input(100, { id: gid('Partnership', w.partnership.id) }),
    });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'id'] }],
    });
  });

  it('deletes a fee and audits it; the member can then be removed', async () => {
    const total = await app.prisma.signOnFee.aggregate({
      where: { partnershipId: w.partnership.id },
      _sum: { amountOre: true },
    });
    const fee = await app.prisma.signOnFee.findFirstOrThrow({ where: { note: 'Rettet beløb' } });
    const result = await (await w.as('coordinator')).gql(DELETE, { input: { id: feeId } });
    expect(result.data?.deleteSignOnFee.partnership.signOnFeesTotal).toBe(
      Number((total._sum.amountOre ?? 0n) - fee.amountOre),
    );
    expect(await app.prisma.signOnFee.count({ where: { id: fee.id } })).toBe(0);
    expect(await app.prisma.auditEntry.count({ where: { entityId: fee.id, action: 'delete' } })).toBe(1);
  });
});
