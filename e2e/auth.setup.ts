import { expect, test as setup } from '@playwright/test';
import { account, type RoleName, storageState } from './accounts.ts';

// Signs each role in once through the real form; tests reuse the browser state.
for (const role of ['admin', 'coordinator', 'volunteer', 'ministry'] satisfies RoleName[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const { email, password } = account(role);
    await page.goto('/log-ind');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
    await page.context().storageState({ path: storageState(role) });
  });
}
