import { demoAccounts, seedDemo } from '@naboskab/seed';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi } from './support.ts';

const MAP = /* GraphQL */ `
  query Map($filter: MinistryFilter) {
    ministryMap(filter: $filter) {
      partnerships { id name granted associations participantsReached volunteersActive approvedHours centre { lat lon } areas { id name geometry } }
      totals { partnerships granted associations volunteersActive loneliness { phase item answer count } }
    }
  }
`;

let app: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(() => app.close());

/** Statements the map query sends (the session lookup excluded), and the partnerships it returns. */
async function measure(filter: Record<string, unknown>) {
  const client = app.client();
  await client.signIn(demoAccounts.ministry.email, demoAccounts.ministry.password);
  app.takeStatements();
  await client.gql('{ viewer { id } }'); // what any signed-in request costs (session lookup)
  const sessionOnly = app.takeStatements().length;
  const result = await client.gql(MAP, { filter });
  expect(result.errors).toBeUndefined();
  const statements = app.takeStatements().length - sessionOnly;
  return { statements, partnerships: result.data?.ministryMap.partnerships.length };
}

it('costs the same number of SQL statements at 1× and 3× the data', async () => {
  await seedDemo(app.prisma, { now: new Date('2026-11-01T00:00:00Z') });
  const filters = [{}, { regionCode: '1082', arena: 'LEISURE_AND_COMMUNITIES', targetGroup: 'YOUNG_PEOPLE' }];
  const once = [];
  for (const filter of filters) once.push(await measure(filter));
  await seedDemo(app.prisma, { now: new Date('2026-11-01T00:00:00Z'), scale: 3, reset: true });
  const thrice = [];
  for (const filter of filters) thrice.push(await measure(filter));
  expect(once[0]?.partnerships).toBe(18);
  expect(thrice[0]?.partnerships).toBe(54);
  expect(thrice.map((m) => m.statements)).toEqual(once.map((m) => m.statements));
  // The cache's version (a miss here: every filter is read once per seed) and the map's one
  // statement, filtered or not.
  expect(once.map((m) => m.statements)).toEqual([2, 2]);
}, 300_000);
