import { demoAccounts, seedDemo } from '@naboskab/seed';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi } from './support.ts';

// The volunteer explorer's query as the web asks it, with a page of 100 (the old limit let ~53 by).
const EXPLORER = /* GraphQL */ `
  query Explorer($first: Int) {
    activities(first: $first) {
      totalCount
      edges { node { id title partnershipName scheduleText arenas targetGroups address location { lat lon }
        area { id name municipality { id code name } }
        opportunities(first: 3) { edges { node { id title volunteersNeeded contactOrganisation { name } } } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const LITERAL_EXPLORER = EXPLORER.replace('($first: Int)', '').replace('first: $first', 'first: 100');

// 100 partnerships × 100 members × the members' 100 partners: a million values, whatever is stored.
const NESTED = /* GraphQL */ `
  query Nested($first: Int) {
    partnerships(first: $first) { edges { node { id members(first: 100) { edges { node { id role
      partnership { id members(first: 100) { edges { node { id role organisation { id name } } } } } } } } } } }
  }
`;

// A page of 100 partnerships with a page of 100 members each: large, and asked for by design.
const LIST = /* GraphQL */ `
  query List($first: Int) {
    partnerships(first: $first) { edges { node { id name areas { id name }
      members(first: 100) { totalCount edges { node { id role organisation { id name } } } } } } }
  }
`;

let app: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  app = await startTestApi();
  await seedDemo(app.prisma, { now: new Date('2026-11-01T00:00:00Z') });
}, 300_000); // the demo data: slow on the embedded database when test files run side by side
afterAll(() => app.close());

it('answers a page of 100 on the volunteer explorer and the partnership list, literal or variable', async () => {
  const anonymous = app.client();
  for (const [query, variables] of [
    [EXPLORER, { first: 100 }],
    [LITERAL_EXPLORER, {}],
  ] as const) {
    const result = await anonymous.gql(query, variables);
    expect(result.errors).toBeUndefined();
    expect(result.data?.activities.edges.length).toBeGreaterThan(12);
  }
  const coordinator = app.client();
  await coordinator.signIn(demoAccounts.coordinator.email, demoAccounts.coordinator.password);
  const list = await coordinator.gql(LIST, { first: 100 });
  expect(list.errors).toBeUndefined();
  expect(list.data?.partnerships.edges.length).toBeGreaterThan(10);
});

it('refuses, in Danish or English and before reading anything, a query whose pages multiply past the limit', async () => {
  const coordinator = app.client();
  await coordinator.signIn(demoAccounts.coordinator.email, demoAccounts.coordinator.password);
  app.takeStatements();
  const da = await coordinator.gql(NESTED, { first: 100 });
  expect(da.data).toBeUndefined();
  expect(da.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  expect(da.errors?.[0]?.message).toMatch(/for mange rækker .* Bed om mindre sider/);
  expect(app.takeStatements()).toHaveLength(1); // the session lookup only
  const english = app.client({ 'accept-language': 'en' });
  await english.signIn(demoAccounts.coordinator.email, demoAccounts.coordinator.password);
  const en = await english.gql(NESTED, { first: 100 });
  expect(en.errors?.[0]?.message).toMatch(/too many rows .* Ask for smaller pages/);
  // The same shape for one partnership stays under the limit.
  const small = await coordinator.gql(NESTED, { first: 1 });
  expect(small.errors).toBeUndefined();
});
