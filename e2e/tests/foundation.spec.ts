import { account, type RoleName } from '../accounts.ts';
import { expect, test } from '../fixtures.ts';

const roleLabel: Record<RoleName, RegExp> = {
  admin: /Administrator/i,
  coordinator: /Koordinator/i,
  volunteer: /Frivillig/i,
  ministry: /Ministeri/i,
};

test('a visitor sees the seeded housing areas on the map of Denmark and in the list', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('region', { name: /områder/i });
  await expect(list.getByText('Gellerupparken')).toBeVisible();
  await expect(list.getByText('Vollsmose')).toBeVisible();
  await expect(list.getByText('Mjølnerparken')).toBeVisible();
  const canvas = page.locator('canvas[aria-label]');
  await expect(canvas).toBeVisible();
  await expect(page.locator('[data-drawn-areas]')).toHaveAttribute(
    'data-drawn-areas',
    /^(2[4-9]|[3-9]\d|\d{3,})$/,
  );
  await expect(page.getByText('Geodatastyrelsen', { exact: false }).first()).toBeVisible();
});

// Signs in through the form itself (not the saved state): signing out ends that session.
for (const role of ['admin', 'coordinator', 'volunteer', 'ministry'] satisfies RoleName[]) {
  test(`a ${role} signs in, sees their page and the map, and signs out`, async ({ page }) => {
    const { email, password } = account(role);
    await page.goto('/log-ind');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    // A partnership's coordinator starts at their overview, everyone else at Min side.
    if (role === 'coordinator') {
      await expect(page).toHaveURL(/\/koordinator$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Dit overblik' })).toBeVisible();
      await page.getByRole('link', { name: 'Min side' }).click();
    }
    await expect(page).toHaveURL(/\/min-side$/);
    await expect(page.getByRole('heading', { name: 'Min side' })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByText(roleLabel[role]).first()).toBeVisible();

    await page.getByRole('link', { name: 'Kort', exact: true }).click();
    await expect(page.locator('[data-drawn-areas]')).toHaveAttribute('data-drawn-areas', /^[1-9]\d*$/);

    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();
    await page.goto('/min-side');
    await expect(page).toHaveURL(/\/log-ind\?next=(%2F|\/)min-side$/);
  });
}

test('a wrong password is refused with a clear message and no session', async ({ page }) => {
  await page.goto('/log-ind');
  await page.getByLabel('E-mail').fill(account('coordinator').email);
  await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
});
