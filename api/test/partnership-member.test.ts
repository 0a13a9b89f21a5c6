import { createGrant, createOrganisation } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, gid, partnershipWorld, rowCounts } from './partnership-support.ts';
import { startTestApi } from './support.ts';

const ADD = /* GraphQL */ `
  mutation Add($input: AddPartnershipMemberInput!) {
    addPartnershipMember(input: $input) {
      __typename
      ... on AddPartnershipMemberSuccess { member { id role contactName organisation { name } partnership { voluntaryAssociationCount } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdatePartnershipMemberInput!) {
    updatePartnershipMember(input: $input) {
      __typename
      ... on UpdatePartnershipMemberSuccess { member { role contactName } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation Remove($input: RemovePartnershipMemberInput!) {
    removePartnershipMember(input: $input) {
      __typename
      ... on RemovePartnershipMemberSuccess { partnership { voluntaryAssociationCount members(first: 100) { totalCount } } }
      ... on Error { message }
    }
  }
`;
const FEE = /* GraphQL */ `
  mutation Fee($input: RecordSignOnFeeInput!) {
    recordSignOnFee(input: $input) {
      __typename
      ... on RecordSignOnFeeSuccess { signOnFee { amount paidOn member { organisation { name } } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  query Members($slug: String!) {
    partnership(slug: $slug) {
      voluntaryAssociationCount
      grantedAmount
      signOnFeesTotal
      members(first: 100) { totalCount edges { node { role contactName contactEmail organisation { name } signOnFee { amount } } } }
    }
  }
`;

describe('partnership members and sign-on fees', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof partnershipWorld>>;
  let memberId: string;
  beforeAll(async () => {
    app = await startTestApi();
    w = await partnershipWorld(app);
  });
  afterAll(() => app.close());

  const addInput = (organisationId: string, role = 'VOLUNTARY_ASSOCIATION') => ({
    partnershipId: gid('Partnership', w.partnership.id),
    organisationId: gid('Organisation', organisationId),
    role,
    contactName: 'Karen Holm',
    contactEmail: 'karen@example.test',
  });

  it('adds a voluntary association with a contact person; the counter moves; it is audited', async () => {
    const client = await w.as('coordinator');
    const result = await client.gql(ADD, { input: addInput(w.association.id) });
    const member = result.data?.addPartnershipMember.member;
    expect(member).toMatchObject({
      role: 'VOLUNTARY_ASSOCIATION',
      contactName: 'Karen Holm',
      organisation: { name: 'Gellerup Boldklub' },
      partnership: { voluntaryAssociationCount: 1 },
    });
    memberId = member.id;
    const housing = await client.gql(ADD, { input: addInput(w.housing.id, 'HOUSING_ORGANISATION') });
    expect(housing.data?.addPartnershipMember.member.partnership.voluntaryAssociationCount).toBe(1);
    const entries = await app.prisma.auditEntry.findMany({
      where: { partnershipId: w.partnership.id, entityType: 'PartnershipMember' },
    });
    expect(entries).toHaveLength(2);
  });

  it('hides contact persons from the ministry', async () => {
    const view = await (await w.as('ministry')).gql(MEMBERS, { slug: w.partnership.slug });
    expect(view.errors).toBeUndefined();
    expect(view.data?.partnership.members.edges[0].node).toMatchObject({
      contactName: null,
      contactEmail: null,
    });
    const own = await (await w.as('coordinator')).gql(MEMBERS, { slug: w.partnership.slug });
    expect(
      own.data?.partnership.members.edges.map((e: { node: { contactName: string } }) => e.node.contactName),
    ).toContain('Karen Holm');
  });

  it('refuses a duplicate member, a wrong role and a bad e-mail per field in Danish and English; writes nothing', async () => {
    const other = await createOrganisation(app.prisma);
    const before = await rowCounts(app);
    const da = await (await w.as('coordinator')).gql(ADD, { input: addInput(w.association.id) });
    expect(da.data?.addPartnershipMember.issues).toEqual([
      { path: ['input', 'organisationId'], message: 'Organisationen er allerede medlem af partnerskabet.' },
    ]);
    const en = await (await w.as('coordinator', EN)).gql(ADD, { input: addInput(w.housing.id) });
    expect(en.data?.addPartnershipMember.issues).toEqual([
      {
        path: ['input', 'role'],
        message: 'The role voluntary association needs an organisation of the kind voluntary association.',
      },
    ]);
    const email = await (await w.as('coordinator', EN)).gql(ADD, {
      input: { ...addInput(other.id), contactEmail: 'ikke-en-mail' },
    });
    expect(email.data?.addPartnershipMember.issues).toEqual([
      { path: ['input', 'contactEmail'], message: 'Enter a valid e-mail address.' },
    ]);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses a coordinator of another partnership, volunteers and the ministry', async () => {
    const other = await createOrganisation(app.prisma);
    const before = await rowCounts(app);
    for (const role of ['otherCoordinator', 'volunteer', 'ministry'] as const) {
      expect(
        (await (await w.as(role)).gql(ADD, { input: addInput(other.id) })).errors?.[0]?.extensions?.code,
        role,
      ).toBe('FORBIDDEN');
      expect(
        (await (await w.as(role)).gql(UPDATE, { input: { id: memberId, role: 'PARTNER' } })).errors?.[0]
          ?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await (await w.as(role)).gql(REMOVE, { input: { id: memberId } })).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    }
    expect(await rowCounts(app)).toEqual(before);
  });

  it('answers NotFound for an unknown partnership or member (admin)', async () => {
    const admin = await w.as('admin');
    const unknown = '0190a0a0-0000-7000-8000-000000000000';
    const add = await admin.gql(ADD, {
      input: { ...addInput(w.association.id), partnershipId: gid('Partnership', unknown) },
    });
    expect(add.data?.addPartnershipMember.__typename).toBe('NotFoundError');
    const remove = await admin.gql(REMOVE, { input: { id: gid('PartnershipMember', unknown) } });
    expect(remove.data?.removePartnershipMember.__typename).toBe('NotFoundError');
  });

  it('updates a member role and contact person', async () => {
    const result = await (await w.as('coordinator')).gql(UPDATE, {
      input: { id: memberId, contactName: 'Ali Hassan' },
    });
    expect(result.data?.updatePartnershipMember.member).toEqual({
      role: 'VOLUNTARY_ASSOCIATION',
      contactName: 'Ali Hassan',
    });
  });

  it('records a sign-on fee of at most 30,000 kr., one per association, never above the grant', async () => {
    const coordinator = await w.as('coordinator', EN);
    const feeInput = (id: string, amount: number) => ({ memberId: id, amount, paidOn: '2026-02-01' });
    // No grant yet: any fee exceeds it.
    const noGrant = await coordinator.gql(FEE, { input: feeInput(memberId, 1_000_000) });
    expect(noGrant.data?.recordSignOnFee).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('may not exceed the grant'),
    });
    await createGrant(app.prisma, {
      partnershipId: w.partnership.id,
      amountOre: 5_000_000n,
      status: 'GRANTED',
    });
    const tooLarge = await coordinator.gql(FEE, { input: feeInput(memberId, 3_000_001) });
    expect(tooLarge.data?.recordSignOnFee.issues).toEqual([
      { path: ['input', 'amount'], message: 'A sign-on fee may be at most 30,000 kr.' },
    ]);
    const ok = await coordinator.gql(FEE, { input: feeInput(memberId, 3_000_000) });
    expect(ok.data?.recordSignOnFee.signOnFee).toMatchObject({ amount: 3_000_000, paidOn: '2026-02-01' });
    const twice = await coordinator.gql(FEE, { input: feeInput(memberId, 100_000) });
    expect(twice.data?.recordSignOnFee).toMatchObject({
      __typename: 'ConflictError',
      message: 'The association has already received a sign-on fee.',
    });
    const housingMember = await app.prisma.partnershipMember.findFirstOrThrow({
      where: { organisationId: w.housing.id },
    });
    const notAssociation = await coordinator.gql(FEE, {
      input: feeInput(gid('PartnershipMember', housingMember.id), 100_000),
    });
    expect(notAssociation.data?.recordSignOnFee.issues[0].path).toEqual(['input', 'memberId']);
    const removeWithFee = await (await w.as('coordinator')).gql(REMOVE, { input: { id: memberId } });
    expect(removeWithFee.data?.removePartnershipMember.__typename).toBe('ConflictError');
    const view = await (await w.as('ministry')).gql(MEMBERS, { slug: w.partnership.slug });
    expect(view.data?.partnership).toMatchObject({ grantedAmount: 5_000_000, signOnFeesTotal: 3_000_000 });
    expect(
      (await (await w.as('otherCoordinator')).gql(FEE, { input: feeInput(memberId, 1) })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('does not let concurrent fees overshoot the grant (the partnership row is locked)', async () => {
    // 50,000 kr. granted, 30,000 kr. paid: 20,000 kr. left, so only one of two 15,000 kr. fees fits.
    const client = await w.as('coordinator');
    const ids: string[] = [];
    for (const name of ['Lektiecafé Gellerup', 'Gellerup Strikkeklub']) {
      const org = await createOrganisation(app.prisma, { name });
      ids.push((await client.gql(ADD, { input: addInput(org.id) })).data?.addPartnershipMember.member.id);
    }
    const results = await Promise.all(
      ids.map((id) => client.gql(FEE, { input: { memberId: id, amount: 1_500_000, paidOn: '2026-02-02' } })),
    );
    const types = results.map((r) => r.data?.recordSignOnFee.__typename).sort();
    expect(types).toEqual(['ConflictError', 'RecordSignOnFeeSuccess']);
    const total = await app.prisma.signOnFee.aggregate({
      where: { partnershipId: w.partnership.id },
      _sum: { amountOre: true },
    });
    expect(total._sum.amountOre).toBe(4_500_000n);
  });

  it('removes a member without a fee and audits it', async () => {
    const housingMember = await app.prisma.partnershipMember.findFirstOrThrow({
      where: { organisationId: w.housing.id },
    });
    const result = await (await w.as('admin')).gql(REMOVE, {
      input: { id: gid('PartnershipMember', housingMember.id) },
    });
    expect(result.data?.removePartnershipMember.__typename).toBe('RemovePartnershipMemberSuccess');
    expect(
      await app.prisma.auditEntry.count({ where: { entityId: housingMember.id, action: 'delete' } }),
    ).toBe(1);
  });
});
