import { demoAccounts } from '@naboskab/seed';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';

// Staff sign-in with OpenID Connect in the browser, against the real local provider that the e2e
// server starts (oidc-provider with its own login and consent pages; login = e-mail, any password).
// It vouches for the demo coordinator's address and not for the Odense coordinator's.

/** From /log-ind through the provider's own pages, signing in there as `email`. */
async function signInAtProvider(page: Page, email: string) {
  await page.goto('/log-ind');
  await page.getByRole('link', { name: 'Log ind med din organisations konto' }).click();
  await page.getByPlaceholder('Enter any login').fill(email);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a coordinator signs in at the organisation provider and lands signed in on their overview', async ({
  page,
}) => {
  const { email } = demoAccounts.coordinator;
  await signInAtProvider(page, email);
  await expect(page).toHaveURL(/\/koordinator$/);
  await expect(page.getByRole('heading', { name: 'Dit overblik' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await page.goto('/min-side');
  await expect(page.getByText(email)).toBeVisible();
});

test('an e-mail the provider has not verified is refused with a clear message and no session', async ({
  page,
}) => {
  await signInAtProvider(page, demoAccounts.coordinatorOdense.email);
  await expect(page).toHaveURL(/\/log-ind\?oidc=unverified$/);
  await expect(
    page.getByRole('alert').filter({
      hasText: 'Din organisation har ikke bekræftet din e-mailadresse, så vi kan ikke logge dig ind.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
  await page.goto('/min-side');
  await expect(page).toHaveURL(/\/log-ind\?next=(%2F|\/)min-side$/);
});
