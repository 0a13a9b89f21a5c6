import { type Browser, expect, type Page } from '@playwright/test';
import { confirmEmailInCatcher } from './fixtures.ts';

// Steps the volunteer journeys share: the GraphQL calls a page makes with its session, a new
// published opportunity of the seeded Aarhus partnership, and a new confirmed volunteer.
const SLUG = 'faellesskaber-gellerup-toveshoej-bispehaven';

export async function gql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const response = await page.request.post('/graphql', {
    headers: { 'x-graphql-yoga-csrf': '1' },
    data: { query, variables },
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A new volunteer, registered and confirmed (and so signed in) in a browser context of their own. */
export async function newVolunteer(browser: Browser, name: string, opportunityId: string) {
  const page = await (await browser.newContext()).newPage();
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@frivillig.example`;
  const registered = await gql(
    page,
    'mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename } }',
    {
      input: {
        name,
        email,
        password: 'kaffe-cykel-maane-7',
        consent: true,
        consentTextVersion: 'frivillig-samtykke-v1',
      },
    },
  );
  expect(registered.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');
  await confirmEmailInCatcher(page, email);
  const signedUp = await gql(
    page,
    'mutation ($input: SignUpForOpportunityInput!) { signUpForOpportunity(input: $input) { ... on SignUpForOpportunitySuccess { signUp { id status } } } }',
    { input: { opportunityId } },
  );
  return { page, signUp: signedUp.signUpForOpportunity.signUp as { id: string; status: string } };
}

/** A new published opportunity with `volunteersNeeded` places, created by the coordinator's page. */
export async function createOpportunity(coordinator: Page, title: string, volunteersNeeded: number) {
  const { partnership } = await gql(
    coordinator,
    `query ($slug: String!) { partnership(slug: $slug) {
      volunteerActivities(first: 50) { edges { node { id published } } }
      members(first: 1) { edges { node { organisation { id } } } }
    } }`,
    { slug: SLUG },
  );
  const activity = partnership.volunteerActivities.edges.find(
    (e: { node: { published: boolean } }) => e.node.published,
  ).node;
  const created = await gql(
    coordinator,
    'mutation ($input: CreateVolunteerOpportunityInput!) { createVolunteerOpportunity(input: $input) { ... on CreateVolunteerOpportunitySuccess { opportunity { id } } } }',
    {
      input: {
        activityId: activity.id,
        contactOrganisationId: partnership.members.edges[0].node.organisation.id,
        title,
        volunteersNeeded,
        published: true,
      },
    },
  );
  const opportunityId = created.createVolunteerOpportunity.opportunity.id;
  return opportunityId as string;
}
