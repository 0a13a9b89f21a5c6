import { expect, test } from '../fixtures.ts';
import { createOpportunity, gql, newVolunteer } from '../volunteer-journey.ts';

// A full opportunity: the coordinator and the waiting volunteer both see the place in line, and
// the volunteer moves up when the approved one withdraws.
const PARTNERSHIP = 'Fællesskaber i Gellerup, Toveshøj og Bispehaven';

test('a volunteer waits in line for a full opportunity and moves up when a place frees', async ({
  browser,
  pageAs,
}) => {
  const stamp = Date.now();
  const title = `Kagebager ${stamp}`;
  const coordinator = await pageAs('coordinator');
  const opportunityId = await createOpportunity(coordinator, title, 1);

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
