import { expect, mailCatcherUrl, test } from '../fixtures.ts';
import { createOpportunity, gql, newVolunteer } from '../volunteer-journey.ts';

// A volunteer confirms their number with the code sent to it, chooses SMS on Min side and gets the
// sign-up approval by SMS: the app sends both through the SMS gateway's API to the local catcher
// (start.mjs points SMS_GATEWAY_URL there), whose SMS tab shows them.
test('a volunteer confirms their number by code, then gets the approval by SMS', async ({
  browser,
  pageAs,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `SMS-opgave ${stamp}`;
  const coordinator = await pageAs('coordinator');
  const opportunityId = await createOpportunity(coordinator, title, 2);
  const { page, signUp } = await newVolunteer(browser, `Sanne Sms ${stamp}`, opportunityId);

  // A number of its own per run: codes are rate-limited per number.
  const digits = `2${String(stamp).slice(-7)}`;
  await page.goto('/min-side');
  const phone = page.getByLabel('Mobilnummer');
  await phone.fill('123');
  await page.getByRole('button', { name: 'Gem nummer' }).click();
  await expect(page.getByText('Skriv et dansk telefonnummer med 8 cifre').first()).toBeVisible();
  await phone.fill(digits);
  await page.getByRole('button', { name: 'Gem nummer' }).click();
  await expect(page.getByText(`Vi har sendt en kode til +45${digits}.`)).toBeVisible();
  // Not yet confirmed: no SMS can be chosen.
  await expect(page.locator('input[name="sms-signUp.approved"]')).toBeDisabled();

  // The code arrives by SMS at the gateway's catcher.
  const catcher = await page.context().newPage();
  await catcher.goto(mailCatcherUrl('/sms'));
  const codeSms = catcher
    .getByRole('listitem')
    .filter({ hasText: `45${digits}` })
    .filter({ hasText: 'Din kode' });
  await expect(async () => {
    await catcher.reload();
    await expect(codeSms).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const code = /\b(\d{6})\b/.exec((await codeSms.textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await catcher.close();

  const codeField = page.getByLabel('Kode fra SMS');
  await expect(codeField).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(codeField).toHaveAttribute('inputmode', 'numeric');
  await codeField.fill(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
  await page.getByRole('button', { name: 'Bekræft nummer' }).click();
  await expect(page.getByText('Koden er forkert. Tjek SMS’en og prøv igen.')).toBeVisible();
  await expect(codeField).toHaveAttribute('aria-invalid', 'true');
  await codeField.fill(code);
  await page.getByRole('button', { name: 'Bekræft nummer' }).click();
  await expect(page.getByText(`SMS sendes til +45${digits}, som du har bekræftet.`).first()).toBeVisible();
  await expect(codeField).toBeHidden();
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
  await expect(message).toContainText(`45${digits}`);
  await expect(message).toContainText('/mine-opgaver');
});
