import { expect, mailCatcherUrl, test } from '../fixtures.ts';
import { createOpportunity, gql, newVolunteer } from '../volunteer-journey.ts';

// A volunteer who chose SMS on Min side gets the sign-up approval by SMS: the app sends it through
// the SMS gateway's API to the local catcher (start.mjs points SMS_GATEWAY_URL there), whose SMS
// tab shows it.
test('a volunteer who chose SMS gets the approval by SMS, shown in the catcher', async ({
  browser,
  pageAs,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `SMS-opgave ${stamp}`;
  const coordinator = await pageAs('coordinator');
  const opportunityId = await createOpportunity(coordinator, title, 2);
  const { page, signUp } = await newVolunteer(browser, `Sanne Sms ${stamp}`, opportunityId);

  await page.goto('/min-side');
  const phone = page.getByLabel('Mobilnummer');
  await phone.fill('123');
  await page.getByRole('button', { name: 'Gem nummer' }).click();
  await expect(page.getByText('Skriv et dansk telefonnummer med 8 cifre').first()).toBeVisible();
  await phone.fill('20 30 40 50');
  await page.getByRole('button', { name: 'Gem nummer' }).click();
  await expect(page.getByText('Nummeret er gemt: +4520304050.')).toBeVisible();
  const sms = page.locator('input[name="sms-signUp.approved"]');
  await expect(sms).toBeEnabled();
  // The box shows the saved choice: it turns checked once the API has saved it.
  await sms.click();
  await expect(page.getByRole('status').getByText('Gemt: Godkendte tilmeldinger.')).toBeVisible();
  await expect(sms).toBeChecked();
  await page.reload();
  await expect(page.locator('input[name="sms-signUp.approved"]')).toBeChecked();

  await gql(
    coordinator,
    'mutation ($input: DecideVolunteerSignUpsInput!) { decideVolunteerSignUps(input: $input) { __typename } }',
    { input: { signUpIds: [signUp.id], decision: 'APPROVED' } },
  );

  await page.goto(mailCatcherUrl('/sms'));
  const message = page.getByRole('listitem').filter({ hasText: `Du er godkendt som frivillig: ${title}` });
  await expect(async () => {
    await page.reload();
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(message).toContainText('4520304050');
  await expect(message).toContainText('/mine-opgaver');
});
