import type { Browser, Page } from '@playwright/test';
import { confirmEmailInCatcher, expect, test } from '../fixtures.ts';

// A full opportunity: the coordinator and the waiting volunteer both see the place in line, and
// the volunteer moves up when the approved one withdraws.
const SLUG = 'faellesskaber-gellerup-toveshoej-bispehaven';
const PARTNERSHIP = 'Fællesskaber i Gellerup, Toveshøj og Bispehaven';

async function gql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const response = await page.request.post('/graphql', {
    headers: { 'x-graphql-yoga-csrf': '1' },
    data: { query, variables },
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A new volunteer, registered and confirmed (and so signed in) in a browser context of their own. */
async function newVolunteer(browser: Browser, name: string, opportunityId: string) {
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

test('a volunteer waits in line for a full opportunity and moves up when a place frees', async ({
  browser,
  pageAs,
}) => {
  const stamp = Date.now();
  const title = `Kagebager ${stamp}`;
  const coordinator = await pageAs('coordinator');
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
        volunteersNeeded: 1,
        published: true,
      },
    },
  );
  const opportunityId = created.createVolunteerOpportunity.opportunity.id;

  const first = await newVolunteer(browser, `Frida Først ${stamp}`, opportunityId);
  await gql(
    coordinator,
    'mutation ($input: DecideVolunteerSignUpsInput!) { decideVolunteerSignUps(input: $input) { __typename } }',
    { input: { signUpIds: [first.signUp.id], decision: 'APPROVED' } },
  );
  const second = await newVolunteer(browser, `Sofus Senere ${stamp}`, opportunityId);
  expect(second.signUp.status).toBe('WAITLISTED');

  await second.page.goto('/mine-aftaler');
  await expect(second.page.getByText('På venteliste (nr. 1)')).toBeVisible();

  await coordinator.goto('/koordinator/frivillige');
  const select = coordinator.getByLabel('Partnerskab');
  if ((await select.count()) > 0) await select.selectOption({ label: PARTNERSHIP });
  const waiting = coordinator.getByRole('listitem').filter({ hasText: `Sofus Senere ${stamp}` });
  await expect(waiting.getByText('På venteliste (nr. 1)')).toBeVisible();

  await first.page.goto('/mine-aftaler');
  first.page.once('dialog', (dialog) => dialog.accept());
  await first.page.getByRole('button', { name: `Træk tilmelding til ${title} tilbage` }).click();
  await expect(first.page.getByText('Trukket tilbage')).toBeVisible();

  await second.page.reload();
  await expect(second.page.getByText('Godkendt', { exact: true })).toBeVisible();
  await first.page.context().close();
  await second.page.context().close();
});
