import { addCoordinator, createGuide } from '@naboskab/seed/factories';
import { describe, expect, it } from 'vitest';
import { REMOVE_COORDINATOR, referralWorldPerFile, SET_GUIDE } from './referral-support.ts';
import { gid } from './resource-support.ts';

// A fællesskabsguide whose account can guide nowhere any more (deactivated, or given another role
// than coordinator) stops being a guide everywhere in the same transaction, audited, so
// reactivating them or giving the role back does not silently make them a guide again.

const SET_ROLE = /* GraphQL */ `
  mutation ($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename } }
`;
const DEACTIVATE = /* GraphQL */ `
  mutation ($input: UserStatusInput!) { deactivateUser(input: $input) { __typename } }
`;
const REACTIVATE = /* GraphQL */ `
  mutation ($input: UserStatusInput!) { reactivateUser(input: $input) { __typename } }
`;
const GUIDE_VIEW = /* GraphQL */ `
  query { myGuidePartnerships { id } }
`;

describe('referrals: a guide whose account changes', () => {
  const world = referralWorldPerFile();
  type Person = (typeof world.w.people)['mette'];
  const user = (person: Person) => ({ input: { userId: gid('User', person.user.id) } });
  const guideships = (person: Person) =>
    world.app.prisma.partnershipGuide.count({ where: { userId: person.user.id } });

  /** Ended guideships are audited as a removal on the partnership page is, by the administrator. */
  async function expectEndedIn(person: Person, partnershipIds: string[]) {
    expect(await guideships(person)).toBe(0);
    const ended = await world.app.prisma.auditEntry.findMany({
      where: { action: 'partnershipGuide.remove', entityId: person.user.id },
      select: { partnershipId: true, actorUserId: true },
    });
    expect(ended.map((entry) => entry.partnershipId).sort()).toEqual([...partnershipIds].sort());
    expect(new Set(ended.map((entry) => entry.actorUserId))).toEqual(new Set([world.w.people.admin.user.id]));
  }

  /** Signed in again, the person guides nowhere: reads of referrals stay closed. */
  async function expectGuidesNowhere(person: Person) {
    const client = world.app.client();
    await client.signIn(person.user.email, person.password);
    expect((await client.gql(GUIDE_VIEW)).data?.myGuidePartnerships).toEqual([]);
  }

  it('deactivated and reactivated, a guide is a guide no more', async () => {
    const { mette } = world.w.people;
    expect(await guideships(mette)).toBe(1);
    const deactivated = await world.w.as.admin.gql(DEACTIVATE, user(mette));
    expect(deactivated.data?.deactivateUser.__typename).toBe('DeactivateUserSuccess');
    await expectEndedIn(mette, [world.w.p.id]);

    const back = await world.w.as.admin.gql(REACTIVATE, user(mette));
    expect(back.data?.reactivateUser.__typename).toBe('ReactivateUserSuccess');
    await expectGuidesNowhere(mette);
  });

  it('given another role and the coordinator role back, a guide of two partnerships guides in neither', async () => {
    const { other } = world.w.people;
    await addCoordinator(world.app.prisma, world.w.p.id, other.user.id);
    await createGuide(world.app.prisma, world.w.p.id, other.user.id);
    expect(await guideships(other)).toBe(2);
    const volunteer = await world.w.as.admin.gql(SET_ROLE, {
      input: { userId: gid('User', other.user.id), role: 'VOLUNTEER' },
    });
    expect(volunteer.data?.setUserRole.__typename).toBe('SetUserRoleSuccess');
    await expectEndedIn(other, [world.w.p.id, world.w.q.id]);

    const back = await world.w.as.admin.gql(SET_ROLE, {
      input: { userId: gid('User', other.user.id), role: 'COORDINATOR' },
    });
    expect(back.data?.setUserRole.__typename).toBe('SetUserRoleSuccess');
    await expectGuidesNowhere(other);
  });

  it('a reactivation or a change between roles that can guide keeps the guideship', async () => {
    const { ali } = world.w.people;
    expect(await guideships(ali)).toBe(1);
    const same = await world.w.as.admin.gql(SET_ROLE, {
      input: { userId: gid('User', ali.user.id), role: 'COORDINATOR' },
    });
    expect(same.data?.setUserRole.__typename).toBe('SetUserRoleSuccess');
    await world.w.as.admin.gql(REACTIVATE, user(ali));
    expect(await guideships(ali)).toBe(1);
  });

  it('made a guide while being deactivated or given another role: either way no guideship is left', async () => {
    const { sara } = world.w.people;
    const guide = { partnershipId: gid('Partnership', world.w.p.id), userId: gid('User', sara.user.id) };
    for (let round = 0; round < 6; round++) {
      const exit =
        round % 2 === 0
          ? world.w.as.admin.gql(DEACTIVATE, user(sara))
          : world.w.as.admin.gql(SET_ROLE, { input: { userId: guide.userId, role: 'VOLUNTEER' } });
      const [made, exited] = await Promise.all([
        world.w.as.jonas.gql(SET_GUIDE, { input: { ...guide, guide: true } }),
        exit,
      ]);
      expect(['DeactivateUserSuccess', 'SetUserRoleSuccess']).toContain(
        (exited.data?.deactivateUser ?? exited.data?.setUserRole)?.__typename,
      );
      expect(['SetPartnershipGuideSuccess', 'ValidationError']).toContain(
        made.data?.setPartnershipGuide.__typename,
      );
      expect(await guideships(sara)).toBe(0);
      // Back to where she can be made a guide, for the next round.
      if (round % 2 === 0) await world.w.as.admin.gql(REACTIVATE, user(sara));
      else await world.w.as.admin.gql(SET_ROLE, { input: { userId: guide.userId, role: 'COORDINATOR' } });
    }
  });

  it('deactivated while removed as coordinator: both succeed and the guideship ends once', async () => {
    const { jonas } = world.w.people;
    await createGuide(world.app.prisma, world.w.p.id, jonas.user.id);
    const [removed, deactivated] = await Promise.all([
      world.w.as.admin.gql(REMOVE_COORDINATOR, {
        input: { partnershipId: gid('Partnership', world.w.p.id), userId: gid('User', jonas.user.id) },
      }),
      world.w.as.admin.gql(DEACTIVATE, user(jonas)),
    ]);
    expect(removed.data?.removePartnershipCoordinator.__typename).toBe('RemovePartnershipCoordinatorSuccess');
    expect(deactivated.data?.deactivateUser.__typename).toBe('DeactivateUserSuccess');
    await expectEndedIn(jonas, [world.w.p.id]);
  });
});
