import { describe, expect, it } from 'vitest';
import { gid, volunteerWorldPerFile } from './volunteer-support.ts';

// The other findings of issue 10's review, each of which failed before it was fixed.

const world = volunteerWorldPerFile();

const NODE = 'query ($id: ID!) { node(id: $id) { __typename id ... on Shift { startsAt } } }';
const MISSING = '01a20303-0000-7000-8000-000000000000';

describe('node(id:)', () => {
  it("hides an unpublished opportunity's shifts from everyone but its coordinators", async () => {
    const [shift] = world.w.hiddenOpportunity.shifts;
    const id = gid('Shift', shift?.id ?? '');
    for (const client of [
      world.w.as.anonymous,
      world.w.as.volunteer,
      world.w.as.otherCoordinator,
      world.w.as.ministry,
    ]) {
      const result = await client.gql(NODE, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toBeNull();
    }
    const own = await world.w.as.coordinator.gql(NODE, { id });
    expect(own.data?.node).toMatchObject({ __typename: 'Shift', id });
  });

  it('answers null without an error for missing rows of every node type', async () => {
    const types = ['Partnership', 'Meeting', 'Activity', 'Area', 'Resource', 'Booking', 'VolunteerSignUp'];
    for (const typename of [...types, 'Organisation', 'Shift', 'VolunteerOpportunity', 'PartnershipMember']) {
      const result = await world.w.as.admin.gql(NODE, { id: gid(typename, MISSING) });
      expect(result.errors, typename).toBeUndefined();
      expect(result.data?.node, typename).toBeNull();
    }
    const notANode = await world.w.as.admin.gql(NODE, {
      id: gid('Person', world.w.people.volunteer.person.id),
    });
    expect(notANode.errors).toBeUndefined();
    expect(notANode.data?.node).toBeNull();
  });

  it('takes at most 100 ids in nodes(ids:), null for each missing or invisible one', async () => {
    const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename } }';
    const tooMany = await world.w.as.volunteer.gql(NODES, {
      ids: Array.from({ length: 101 }, () => gid('Activity', world.w.activity.id)),
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['ids'] }],
    });
    const mixed = await world.w.as.volunteer.gql(NODES, {
      ids: [
        gid('Activity', world.w.activity.id),
        gid('Activity', world.w.hiddenActivity.id),
        gid('Activity', MISSING),
      ],
    });
    expect(mixed.errors).toBeUndefined();
    expect(mixed.data?.nodes).toEqual([{ __typename: 'Activity' }, null, null]);
  });
});

describe('volunteerOpportunity(id:)', () => {
  it('answers an administrator for an unpublished opportunity', async () => {
    const query = 'query ($id: ID!) { volunteerOpportunity(id: $id) { title } }';
    const id = gid('VolunteerOpportunity', world.w.hiddenOpportunity.id);
    expect((await world.w.as.admin.gql(query, { id })).data?.volunteerOpportunity).toEqual({
      title: 'Skjult opgave',
    });
    expect((await world.w.as.volunteer.gql(query, { id })).data?.volunteerOpportunity).toBeNull();
  });
});

describe("member organisations' contact people", () => {
  const MEMBERS = /* GraphQL */ `
    query ($id: ID!) {
      node(id: $id) {
        ... on Partnership { members(first: 5) { edges { node { id organisation { name } contactName contactEmail contactPhone } } } }
      }
    }
  `;
  it('are personal data: not for volunteers, other partnerships or the ministry', async () => {
    await world.app.prisma.partnershipMember.updateMany({
      where: { partnershipId: world.w.partnership.id },
      data: { contactPersonId: world.w.people.coordinator.person.id },
    });
    const id = gid('Partnership', world.w.partnership.id);
    for (const client of [world.w.as.volunteer, world.w.as.otherCoordinator, world.w.as.ministry]) {
      const result = await client.gql(MEMBERS, { id });
      expect(result.errors).toBeUndefined();
      const [edge] = result.data?.node.members.edges ?? [];
      expect(edge.node).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null });
      expect(edge.node.organisation.name).toBe('Frivilligforeningen Testparken');
      const direct = await client.gql(
        'query ($id: ID!) { node(id: $id) { ... on PartnershipMember { contactEmail } } }',
        {
          id: edge.node.id,
        },
      );
      expect(direct.data?.node.contactEmail).toBeNull();
    }
    for (const client of [world.w.as.coordinator, world.w.as.admin]) {
      const [edge] = (await client.gql(MEMBERS, { id })).data?.node.members.edges ?? [];
      expect(edge.node.contactName).toBe('Kirsten Koordinator');
    }
  });
});
