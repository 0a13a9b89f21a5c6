import type { Page } from '@playwright/test';
import { expect, mailCatcherUrl, test } from '../fixtures.ts';

// Accounts end to end: an invitation read in the local mail catcher and accepted, a forgotten
// password reset from its e-mail, and a deactivated person's session ending at once.

/** Opens the newest e-mail to `to` with `subject` in the catcher and follows its `action` link. */
async function followMail(page: Page, to: string, subject: string, action: string) {
  await page.goto(mailCatcherUrl());
  const message = page.getByRole('listitem').filter({ hasText: to });
  await expect(async () => {
    await page.reload();
    await expect(message.getByRole('link', { name: subject }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await message.getByRole('link', { name: subject }).first().click();
  // Followed by address: the catcher's sandboxed frame does not always let a click leave it.
  const href = await page
    .frameLocator(`iframe[title="${subject}"]`)
    .getByRole('link', { name: action })
    .getAttribute('href');
  await page.goto(href ?? '');
}

/** A volunteer account made through the API (registration leaves it signed out). */
async function registerVolunteer(page: Page, name: string, email: string, password: string) {
  const response = await page.request.post('/graphql', {
    headers: { 'x-graphql-yoga-csrf': '1' },
    data: {
      query: 'mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename } }',
      variables: {
        input: { name, email, password, consent: true, consentTextVersion: 'frivillig-samtykke-v1' },
      },
    },
  });
  expect((await response.json()).data.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/log-ind');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/min-side$/);
}

test('an administrator invites a coordinator, who accepts from the e-mail and lands on their partnership', async ({
  page,
  pageAs,
}) => {
  const stamp = Date.now();
  const email = `nora.${stamp}@fca.example`;
  const admin = await pageAs('admin');
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'Invitér en person' }).click();
  const invite = admin.getByRole('region', { name: 'Invitér en person' });
  await invite.getByRole('textbox', { name: 'Navn', exact: true }).fill(`Nora Ny ${stamp}`);
  await invite.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await invite.getByLabel('Rolle').selectOption('COORDINATOR');
  await invite
    .getByLabel('Partnerskab (for koordinatorer)')
    .selectOption({ label: 'Fællesskaber i Gellerup, Toveshøj og Bispehaven' });
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByText(`Invitationen er sendt til ${email}.`)).toBeVisible();
  await expect(
    admin
      .getByRole('region', { name: 'Afventende invitationer' })
      .getByRole('listitem')
      .filter({ hasText: email }),
  ).toBeVisible();

  await followMail(page, email, 'Du er inviteret til Naboskab', 'Tag imod invitationen');
  await expect(page.getByRole('heading', { level: 1, name: 'Invitation til Naboskab' })).toBeVisible();
  await expect(page.getByText('Partnerskab: Fællesskaber i Gellerup, Toveshøj og Bispehaven')).toBeVisible();
  await page.getByLabel('Adgangskode', { exact: true }).fill('Nora-kodeord-2026');
  await page.getByRole('button', { name: 'Opret konto' }).click();
  await expect(page).toHaveURL(/\/partnerskaber\/[a-z0-9-]+$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Fællesskaber i Gellerup, Toveshøj og Bispehaven' }),
  ).toBeVisible();
});

test('a person resets a forgotten password from the e-mail, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stamp = Date.now();
  const email = `glemsom.${stamp}@frivillig.example`;
  await registerVolunteer(page, `Gitte Glemsom ${stamp}`, email, 'Gammelt-kodeord-1');
  await page.goto('/log-ind');
  await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt adgangskode' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send link' }).click();
  await expect(
    page.getByText(`Hvis ${email} har en konto, har vi sendt et link.`, { exact: false }),
  ).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await followMail(page, email, 'Nulstil din adgangskode til Naboskab', 'Vælg en ny adgangskode');
  await expect(page.getByRole('heading', { level: 1, name: 'Vælg en ny adgangskode' })).toBeVisible();
  await page.getByLabel('Ny adgangskode').fill('Helt-nyt-kodeord-2026');
  await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
  await expect(page.getByText('Din adgangskode er ændret', { exact: false })).toBeVisible();
  await signIn(page, email, 'Helt-nyt-kodeord-2026');
});

test('a deactivated person’s session stops working at once', async ({ page, pageAs }) => {
  const stamp = Date.now();
  const name = `Dennis Deaktiveret ${stamp}`;
  const email = `deaktiveret.${stamp}@frivillig.example`;
  await registerVolunteer(page, name, email, 'Dennis-kodeord-1');
  await signIn(page, email, 'Dennis-kodeord-1');
  await expect(page.getByText(email).first()).toBeVisible();

  const admin = await pageAs('admin');
  await admin.goto(`/admin/brugere?q=${encodeURIComponent(email)}`);
  await admin.getByRole('button', { name: `Deaktivér: ${name}` }).click();
  await expect(admin.getByText(`${name} er deaktiveret og logget ud.`)).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/\/log-ind\?next=(%2F|\/)min-side$/);
});
