import { createFundingRound, createSignOnFee } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, gid, partnershipWorld, rowCounts } from './partnership-support.ts';
import { startTestApi } from './support.ts';

const POOL = /* GraphQL */ `
  mutation Pool($input: FundingPoolInput!) {
    saveFundingPool(input: $input) {
      __typename
      ... on SaveFundingPoolSuccess { pool { id name stream } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const ROUND = /* GraphQL */ `
  mutation Round($input: FundingRoundInput!) {
    saveFundingRound(input: $input) {
      __typename
      ... on SaveFundingRoundSuccess { round { id name year budget pool { name } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const GRANT = /* GraphQL */ `
  mutation Grant($input: SaveGrantInput!) {
    saveGrant(input: $input) {
      __typename
      ... on SaveGrantSuccess { grant { id caseNumber amount status partnership { grantedAmount } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;

describe('funding pools, rounds and grants (admin)', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof partnershipWorld>>;
  let poolId: string;
  let roundId: string;
  let grantId: string;
  beforeAll(async () => {
    app = await startTestApi();
    w = await partnershipWorld(app);
  });
  afterAll(() => app.close());

  const grantInput = (extra: Record<string, unknown> = {}) => ({
    roundId,
    partnershipId: gid('Partnership', w.partnership.id),
    recipientOrganisationId: gid('Organisation', w.association.id),
    caseNumber: 'SBST-2024-0001',
    amount: 480_000_000,
    startsOn: '2024-09-01',
    endsOn: '2027-12-31',
    ...extra,
  });

  it('creates a pool and a round, and refuses duplicate names per field', async () => {
    const admin = await w.as('admin');
    const pool = await admin.gql(POOL, {
      input: {
        name: 'Flere ind i fællesskaber',
        stream: 'LOCAL_PARTNERSHIPS',
        funderName: 'Social- og Boligstyrelsen',
        financeAccount: '§ 15.71.11.10',
      },
    });
    poolId = pool.data?.saveFundingPool.pool.id;
    expect(pool.data?.saveFundingPool.pool.stream).toBe('LOCAL_PARTNERSHIPS');
    const round = await admin.gql(ROUND, {
      input: { poolId, name: 'Runde 2024', year: 2024, budget: 1_460_000_000 },
    });
    expect(round.data?.saveFundingRound.round).toMatchObject({
      year: 2024,
      budget: 1_460_000_000,
      pool: { name: 'Flere ind i fællesskaber' },
    });
    roundId = round.data?.saveFundingRound.round.id;
    const before = await rowCounts(app);
    const dup = await (await w.as('admin', EN)).gql(POOL, {
      input: { name: 'Flere ind i fællesskaber', stream: 'OTHER', funderName: 'X' },
    });
    expect(dup.data?.saveFundingPool.issues).toEqual([
      { path: ['input', 'name'], message: 'The name is already in use.' },
    ]);
    const bad = await admin.gql(ROUND, { input: { poolId, name: '', year: 1900, budget: -1 } });
    expect(bad.data?.saveFundingRound.issues.map((i: { path: string[] }) => i.path.at(-1)).sort()).toEqual([
      'budget',
      'name',
      'year',
    ]);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('records a grant and moves its status one step forward at a time', async () => {
    const admin = await w.as('admin');
    const created = await admin.gql(GRANT, { input: grantInput() });
    expect(created.data?.saveGrant.grant).toMatchObject({
      status: 'APPLIED',
      amount: 480_000_000,
      partnership: { grantedAmount: 0 },
    });
    grantId = created.data?.saveGrant.grant.id;
    const granted = await admin.gql(GRANT, {
      input: grantInput({ id: grantId, status: 'GRANTED', awardedOn: '2024-06-15' }),
    });
    expect(granted.data?.saveGrant.grant).toMatchObject({
      status: 'GRANTED',
      partnership: { grantedAmount: 480_000_000 },
    });
    const before = await rowCounts(app);
    const skip = await (await w.as('admin', EN)).gql(GRANT, {
      input: grantInput({ id: grantId, status: 'REPORTED' }),
    });
    expect(skip.data?.saveGrant.issues).toEqual([
      {
        path: ['input', 'status'],
        message: 'A grant goes from applied to granted to paid to reported, one step at a time.',
      },
    ]);
    const back = await admin.gql(GRANT, { input: grantInput({ id: grantId, status: 'APPLIED' }) });
    expect(back.data?.saveGrant.issues[0].path).toEqual(['input', 'status']);
    const dupCase = await admin.gql(GRANT, { input: grantInput() });
    expect(dupCase.data?.saveGrant.issues).toEqual([
      { path: ['input', 'caseNumber'], message: 'Journalnummeret er allerede i brug.' },
    ]);
    expect(await rowCounts(app)).toEqual(before);
    for (const status of ['PAID', 'REPORTED']) {
      const next = await admin.gql(GRANT, { input: grantInput({ id: grantId, status, paid: 480_000_000 }) });
      expect(next.data?.saveGrant.grant.status).toBe(status);
    }
    expect(await app.prisma.auditEntry.count({ where: { entityType: 'Grant' } })).toBe(4);
  });

  it('refuses to lower a grant below the sign-on fees already paid', async () => {
    const member = await app.prisma.partnershipMember.create({
      data: {
        partnershipId: w.partnership.id,
        organisationId: w.association.id,
        role: 'VOLUNTARY_ASSOCIATION',
      },
    });
    await createSignOnFee(app.prisma, {
      partnershipId: w.partnership.id,
      memberId: member.id,
      amountOre: 3_000_000n,
    });
    const other = await createFundingRound(app.prisma);
    const admin = await w.as('admin');
    const lowered = await admin.gql(GRANT, {
      input: grantInput({
        id: grantId,
        roundId: gid('FundingRound', other.id),
        status: 'REPORTED',
        amount: 1_000_000,
        paid: 0,
      }),
    });
    expect(lowered.data?.saveGrant.__typename).toBe('ConflictError');
    expect((await app.prisma.grant.findFirstOrThrow()).amountOre).toBe(480_000_000n);
  });

  it('answers NotFound for an unknown grant, pool or round', async () => {
    const admin = await w.as('admin');
    const unknown = '0190a0a0-0000-7000-8000-000000000000';
    expect(
      (await admin.gql(GRANT, { input: grantInput({ id: gid('Grant', unknown), caseNumber: 'X-1' }) })).data
        ?.saveGrant.__typename,
    ).toBe('NotFoundError');
    expect(
      (
        await admin.gql(POOL, {
          input: { id: gid('FundingPool', unknown), name: 'N', stream: 'OTHER', funderName: 'F' },
        })
      ).data?.saveFundingPool.__typename,
    ).toBe('NotFoundError');
    expect(
      (
        await admin.gql(ROUND, {
          input: { poolId: gid('FundingPool', unknown), name: 'R', year: 2025, budget: 0 },
        })
      ).data?.saveFundingRound.__typename,
    ).toBe('NotFoundError');
  });

  it('refuses every funding write to coordinators (own partnership too), volunteers and the ministry', async () => {
    const before = await rowCounts(app);
    for (const role of ['coordinator', 'otherCoordinator', 'volunteer', 'ministry'] as const) {
      const client = await w.as(role);
      expect(
        (await client.gql(GRANT, { input: grantInput({ caseNumber: 'NY-1' }) })).errors?.[0]?.extensions
          ?.code,
        role,
      ).toBe('FORBIDDEN');
      expect(
        (await client.gql(POOL, { input: { name: 'P', stream: 'OTHER', funderName: 'F' } })).errors?.[0]
          ?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await client.gql(ROUND, { input: { poolId, name: 'R', year: 2025, budget: 0 } })).errors?.[0]
          ?.extensions?.code,
      ).toBe('FORBIDDEN');
    }
    expect(await rowCounts(app)).toEqual(before);
  });

  it('lets anyone signed in read pools and rounds; the grant list is for admins', async () => {
    const ministry = await w.as('ministry');
    const rounds = await ministry.gql(
      '{ fundingRounds(first: 10) { totalCount edges { node { name } } } fundingPools { totalCount } }',
    );
    expect(rounds.data?.fundingRounds.totalCount).toBe(2);
    expect((await ministry.gql('{ grants { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await (await w.as('admin')).gql('{ grants { totalCount } }')).data?.grants.totalCount).toBe(1);
  });

  it('creates one pool and one round when the same name is saved many times at once', async () => {
    const admin = await w.as('admin');
    const name = `Samtidig pulje ${Date.now()}`;
    const pools = await Promise.all(
      Array.from({ length: 8 }, () =>
        admin.gql(POOL, { input: { name, stream: 'OTHER', funderName: 'Fonden' } }),
      ),
    );
    const poolResults = pools.map((r) => r.data?.saveFundingPool.__typename);
    expect(poolResults.filter((t) => t === 'SaveFundingPoolSuccess')).toHaveLength(1);
    expect(poolResults.filter((t) => t === 'ValidationError')).toHaveLength(7);
    expect(pools.flatMap((r) => r.errors ?? [])).toEqual([]);
    const racedPoolId = pools.find((r) => r.data?.saveFundingPool.pool)?.data?.saveFundingPool.pool.id;

    const rounds = await Promise.all(
      Array.from({ length: 8 }, () =>
        admin.gql(ROUND, { input: { poolId: racedPoolId, name: 'Runde 2027', year: 2027, budget: 100 } }),
      ),
    );
    const roundResults = rounds.map((r) => r.data?.saveFundingRound.__typename);
    expect(roundResults.filter((t) => t === 'SaveFundingRoundSuccess')).toHaveLength(1);
    expect(rounds.flatMap((r) => r.data?.saveFundingRound.issues ?? [])).toEqual(
      Array.from({ length: 7 }, () => ({ path: ['input', 'name'], message: 'Navnet er allerede i brug.' })),
    );
    expect(rounds.flatMap((r) => r.errors ?? [])).toEqual([]);
  });
});
