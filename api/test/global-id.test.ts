import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gid, outcome, volunteerWorldPerFile } from './volunteer-support.ts';

// Issue 10's hole: a coordinator wrote into another partnership's volunteering by spelling the
// other partnership's ids in a form PostgreSQL still reads as a UUID.

const world = volunteerWorldPerFile();

/** The same UUID as PostgreSQL also accepts it: upper case, in braces, without hyphens. */
const spellings = (uuid: string) => [uuid.toUpperCase(), `{${uuid}}`, uuid.replaceAll('-', '')];

const PUBLISH_ACTIVITY = /* GraphQL */ `
  mutation ($input: SetActivityPublishedInput!) {
    setActivityPublished(input: $input) { __typename }
  }
`;
const CREATE_OPPORTUNITY = /* GraphQL */ `
  mutation ($input: CreateVolunteerOpportunityInput!) {
    createVolunteerOpportunity(input: $input) { __typename }
  }
`;

describe('ids in non-canonical forms', () => {
  it("never let a coordinator act on another partnership's activity", async () => {
    for (const spelling of spellings(world.w.activity.id)) {
      const activityId = gid('Activity', spelling);
      const unpublish = await world.w.as.otherCoordinator.gql(PUBLISH_ACTIVITY, {
        input: { activityId, published: false },
      });
      expect(outcome(unpublish, 'setActivityPublished'), spelling).toBe('FORBIDDEN');
      const created = await world.w.as.otherCoordinator.gql(CREATE_OPPORTUNITY, {
        input: {
          activityId,
          contactOrganisationId: gid('Organisation', world.w.association.id),
          title: 'Indsmuglet opgave',
          volunteersNeeded: 2,
          published: true,
        },
      });
      expect(outcome(created, 'createVolunteerOpportunity'), spelling).toBe('FORBIDDEN');
    }
    const activity = await world.app.prisma.activity.findUniqueOrThrow({
      where: { id: world.w.activity.id },
    });
    expect(activity.published).toBe(true);
    expect(await world.app.prisma.volunteerOpportunity.count({ where: { title: 'Indsmuglet opgave' } })).toBe(
      0,
    );
  });

  it("are read as the canonical id by the partnership's own coordinator", async () => {
    const [upper = ''] = spellings(world.w.hiddenActivity.id);
    const result = await world.w.as.coordinator.gql(PUBLISH_ACTIVITY, {
      input: { activityId: gid('Activity', upper), published: false },
    });
    expect(outcome(result, 'setActivityPublished')).toBe('SetActivityPublishedSuccess');
  });
});

describe('malformed ids', () => {
  it('answer BAD_USER_INPUT naming the field, not an unexpected error', async () => {
    const result = await world.w.as.coordinator.gql(PUBLISH_ACTIVITY, {
      input: { activityId: gid('Activity', 'not-a-uuid'), published: true },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['input', 'activityId'] }],
    });
    const node = await world.w.as.coordinator.gql('query ($id: ID!) { node(id: $id) { id } }', {
      id: gid('Activity', '12345'),
    });
    expect(node.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: ['id'] }],
    });
  });
});

// Every type the `node` query can load, read from the committed schema, so a new one is covered.
const nodeTypes = [
  ...readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8').matchAll(
    /^type (\w+) implements [^{]*\bNode\b/gm,
  ),
].map((match) => match[1] as string);

/** A well-formed id no row has: municipalities are known by their 4-digit code, the rest by UUID. */
const missingId = (type: string) => (type === 'Municipality' ? '0999' : randomUUID());

describe('ids of rows that do not exist', () => {
  it('finds the node types', () => expect(nodeTypes.length).toBeGreaterThan(20));

  it.each(nodeTypes)('a %s answers null, not an unexpected error, even to an administrator', async (type) => {
    for (const client of [world.w.as.admin, world.w.as.coordinator]) {
      const result = await client.gql('query ($id: ID!) { node(id: $id) { id } }', {
        id: gid(type, missingId(type)),
      });
      expect(result.errors ?? [], type).toEqual([]);
      expect(result.data?.node, type).toBeNull();
    }
  });
});
