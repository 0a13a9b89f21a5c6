import { addCoordinator } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, READ, RECORD, REMOVE_COORDINATOR, referralWorld, SET_GUIDE } from './referral-support.ts';
import { gid } from './resource-support.ts';
import { startTestApi } from './support.ts';

// A guide is a partnership's coordinator or its member organisations' staff: someone who leaves
// the partnership leaves its referrals too, and their guideship ends with the removal, so being
// added back later does not make them a guide again.

const REMOVE_MEMBER = /* GraphQL */ `
  mutation ($input: RemovePartnershipMemberInput!) { removePartnershipMember(input: $input) { __typename } }
`;
const ADD_COORDINATOR = /* GraphQL */ `
  mutation ($input: PartnershipCoordinatorInput!) { addPartnershipCoordinator(input: $input) { __typename } }
`;
const ADD_MEMBER = /* GraphQL */ `
  mutation ($input: AddPartnershipMemberInput!) { addPartnershipMember(input: $input) { __typename } }
`;
const GUIDE_VIEW = /* GraphQL */ `
  query ($id: ID!) {
    myGuidePartnerships { id }
    myReferrals(first: 10) { totalCount }
    node(id: $id) { ... on Partnership { viewerIsGuide } }
  }
`;

describe('referrals: a guide who leaves the partnership', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof referralWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await referralWorld(app);
  });
  afterAll(() => app.close());

  async function expectNoLongerGuide(client: (typeof w.as)['mette'], referralId: string) {
    const read = await client.gql(READ, { id: referralId });
    expect(JSON.stringify(read)).not.toContain('Ruth');
    expect(read.data?.node ?? null).toBeNull();
    const view = await client.gql(GUIDE_VIEW, { id: gid('Partnership', w.p.id) });
    expect(view.data?.myGuidePartnerships).toEqual([]);
    expect(view.data?.myReferrals.totalCount).toBe(0);
    expect(view.data?.node?.viewerIsGuide).toBe(false);
    const before = await app.prisma.referral.count();
    const recorded = await client.gql(RECORD, { input: citizen(w.p.id) });
    expect(recorded.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.prisma.referral.count()).toBe(before);
  }

  /** The guideship ended with the removal, in its transaction, audited as the removal is. */
  async function expectGuideshipEnded(userId: string) {
    expect(await app.prisma.partnershipGuide.count({ where: { partnershipId: w.p.id, userId } })).toBe(0);
    const ended = await app.prisma.auditEntry.findMany({
      where: { action: 'partnershipGuide.remove', entityId: userId, partnershipId: w.p.id },
    });
    expect(ended).toHaveLength(1);
  }

  it('member staff whose organisation leaves the partnership no longer reads, lists or records referrals there', async () => {
    const recorded = await w.as.ali.gql(RECORD, { input: citizen(w.p.id, { firstName: 'Ruth' }) });
    const id = recorded.data?.recordReferral.referral.id;
    expect((await w.as.ali.gql(READ, { id })).data?.node?.citizen.firstName).toBe('Ruth');

    const member = await app.prisma.partnershipMember.findFirstOrThrow({
      where: { partnershipId: w.p.id, organisationId: w.association.id },
    });
    const removed = await w.as.jonas.gql(REMOVE_MEMBER, {
      input: { id: gid('PartnershipMember', member.id) },
    });
    expect(removed.data?.removePartnershipMember.__typename).toBe('RemovePartnershipMemberSuccess');
    await expectNoLongerGuide(w.as.ali, id);
    await expectGuideshipEnded(w.people.ali.user.id);

    const back = await w.as.jonas.gql(ADD_MEMBER, {
      input: {
        partnershipId: gid('Partnership', w.p.id),
        organisationId: gid('Organisation', w.association.id),
        role: 'VOLUNTARY_ASSOCIATION',
        contactName: 'Sara Medlem',
      },
    });
    expect(back.data?.addPartnershipMember.__typename).toBe('AddPartnershipMemberSuccess');
    await expectNoLongerGuide(w.as.ali, id);
    const handed = await w.as.mette.gql(RECORD, {
      input: citizen(w.p.id, { guideId: gid('User', w.people.ali.user.id) }),
    });
    expect(handed.data?.recordReferral.issues).toEqual([
      { path: ['input', 'guideId'], message: expect.any(String) },
    ]);
  });

  it('a coordinator-guide removed as coordinator no longer reads, lists or records referrals there', async () => {
    const recorded = await w.as.mette.gql(RECORD, { input: citizen(w.p.id, { firstName: 'Ruth' }) });
    const id = recorded.data?.recordReferral.referral.id;
    expect((await w.as.mette.gql(READ, { id })).data?.node?.citizen.firstName).toBe('Ruth');

    const removed = await w.as.admin.gql(REMOVE_COORDINATOR, {
      input: { partnershipId: gid('Partnership', w.p.id), userId: gid('User', w.people.mette.user.id) },
    });
    expect(removed.data?.removePartnershipCoordinator.__typename).toBe('RemovePartnershipCoordinatorSuccess');
    await expectNoLongerGuide(w.as.mette, id);
    await expectGuideshipEnded(w.people.mette.user.id);

    const back = await w.as.admin.gql(ADD_COORDINATOR, {
      input: { partnershipId: gid('Partnership', w.p.id), userId: gid('User', w.people.mette.user.id) },
    });
    expect(back.data?.addPartnershipCoordinator.__typename).toBe('AddPartnershipCoordinatorSuccess');
    await expectNoLongerGuide(w.as.mette, id);
  });

  it('made a guide while being removed as coordinator: either way no guideship is left', async () => {
    const coordinator = {
      partnershipId: gid('Partnership', w.p.id),
      userId: gid('User', w.people.sara.user.id),
    };
    // Sara belongs to the partnership only as its coordinator, not as member staff.
    await app.prisma.partnershipMember.deleteMany({ where: { partnershipId: w.p.id } });
    for (let round = 0; round < 5; round++) {
      await addCoordinator(app.prisma, w.p.id, w.people.sara.user.id);
      const [made, removed] = await Promise.all([
        w.as.jonas.gql(SET_GUIDE, { input: { ...coordinator, guide: true } }),
        w.as.admin.gql(REMOVE_COORDINATOR, { input: coordinator }),
      ]);
      expect(removed.data?.removePartnershipCoordinator.__typename).toBe(
        'RemovePartnershipCoordinatorSuccess',
      );
      expect(['SetPartnershipGuideSuccess', 'ValidationError']).toContain(
        made.data?.setPartnershipGuide.__typename,
      );
      expect(
        await app.prisma.partnershipGuide.count({
          where: { partnershipId: w.p.id, userId: w.people.sara.user.id },
        }),
      ).toBe(0);
    }
  });
});
