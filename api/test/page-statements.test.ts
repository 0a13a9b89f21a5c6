import { demoAccounts, seedDemo } from '@naboskab/seed';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi } from './support.ts';

// A page of one object reads it with its relations in one statement (relationJoins, see
// prisma-selection.ts): with the session lookup, two statements whatever the relations hold.
const PARTNERSHIP = /* GraphQL */ `
  query Page($slug: String!) {
    partnership(slug: $slug) {
      id slug name description status arenas startsOn viewerCanCoordinate
      areas { id name municipality { id name } }
      members(first: 100) { totalCount edges { node { id role organisation { id name } } } }
    }
  }
`;
const MEETING = /* GraphQL */ `
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id title status startsAt endsAt address partnership { id name slug }
      agendaItems(first: 100) { edges { node { id position title owner { id name } } } }
      attendances(first: 100) { edges { node { id person { id name } onBehalfOf { id name } } } }
    }
  }
`;

const LIST = /* GraphQL */ `
  query List($first: Int!) {
    partnerships(first: $first) {
      edges { node { id name voluntaryAssociationCount members { totalCount } areas { id name municipality { id name } } } }
    }
  }
`;

let app: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  app = await startTestApi();
  await seedDemo(app.prisma, { now: new Date('2026-11-01T00:00:00Z') });
}, 300_000); // the demo data: slow on the embedded database when test files run side by side
afterAll(() => app.close());

it("reads a partnership's page and a meeting's page in one statement after the session lookup", async () => {
  const client = app.client();
  await client.signIn(demoAccounts.admin.email, demoAccounts.admin.password);
  const [busiest] = await app.prisma.$queryRaw<{ slug: string; meetingId: string }[]>`
    SELECT (SELECT p.slug FROM "Partnership" p JOIN "PartnershipMember" m ON m."partnershipId" = p.id
              GROUP BY p.id ORDER BY count(*) DESC LIMIT 1) AS slug,
      (SELECT i."meetingId"::text FROM "AgendaItem" i GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS "meetingId"`;
  app.takeStatements();
  const page = await client.gql(PARTNERSHIP, { slug: busiest?.slug });
  expect(page.errors).toBeUndefined();
  expect(page.data?.partnership.members.edges.length).toBeGreaterThan(1);
  expect(page.data?.partnership.areas.length).toBeGreaterThan(0);
  expect(app.takeStatements()).toHaveLength(2);
  const id = Buffer.from(`Meeting:${busiest?.meetingId}`).toString('base64');
  const meeting = await client.gql(MEETING, { id });
  expect(meeting.errors).toBeUndefined();
  expect(meeting.data?.meeting.agendaItems.edges.length).toBeGreaterThan(1);
  expect(app.takeStatements()).toHaveLength(2);
});

it("reads a page of a list in two statements after the session lookup: the page's keys, then its rows with their relations and counts", async () => {
  const client = app.client();
  await client.signIn(demoAccounts.coordinator.email, demoAccounts.coordinator.password);
  for (const first of [3, 50]) {
    app.takeStatements();
    const page = await client.gql(LIST, { first });
    expect(page.errors).toBeUndefined();
    const rows = page.data?.partnerships.edges.map((e: { node: unknown }) => e.node);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.some((r: { voluntaryAssociationCount: number }) => r.voluntaryAssociationCount > 0)).toBe(
      true,
    );
    expect(rows.every((r: { areas: unknown[] }) => r.areas.length > 0)).toBe(true);
    // Both counts of the same relation in the joined statement (neither loaded apart per row).
    expect(
      rows.every(
        (r: { voluntaryAssociationCount: number; members: { totalCount: number } }) =>
          r.members.totalCount > r.voluntaryAssociationCount,
      ),
    ).toBe(true);
    const statements = app.takeStatements();
    expect(statements).toHaveLength(3);
    // Counted per listed row, not by grouping the whole member table.
    expect(statements.join('\n')).not.toMatch(/GROUP BY/i);
  }
  // In the list's order, although the joined statement has none.
  const all = await client.gql(LIST, { first: 50 });
  const expected = await app.prisma.partnership.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 50,
  });
  expect(all.data?.partnerships.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
    expected.map((p) => Buffer.from(`Partnership:${p.id}`).toString('base64')),
  );
});
