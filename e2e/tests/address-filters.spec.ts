import { expect, test } from '../fixtures.ts';

// The volunteer explorer's filters live in the address: a chosen filter can be shared, survives a
// reload, and Back returns to it after opening an opportunity.

test('the volunteer filters are in the address, and Back keeps them', async ({ page }) => {
  await page.goto('/frivillig');
  await page.getByLabel('Kommune').selectOption({ label: 'Aarhus' });
  await page.getByRole('button', { name: 'Vis aktiviteter' }).click();
  await expect(page).toHaveURL(/[?&]municipalityCode=0751\b/);
  const firstCard = page.locator('.activity-card').first();
  await expect(firstCard).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Kommune')).toHaveValue('0751');

  await firstCard.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/frivillig\/[0-9a-f-]{36}$/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]municipalityCode=0751\b/);
  await expect(page.getByLabel('Kommune')).toHaveValue('0751');

  // A stale value in a shared link is left out instead of failing the list.
  await page.goto('/frivillig?arena=SWIMMING&municipalityCode=0751');
  await expect(page.locator('.activity-card').first()).toBeVisible();
});

test('the resource filters are in the address, and Back keeps them', async ({ pageAs }) => {
  const page = await pageAs('coordinator');
  await page.goto('/ressourcer');
  await page.getByLabel('Type', { exact: true }).selectOption('ROOM');
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(page).toHaveURL(/[?&]kind=ROOM\b/);
  const first = page.locator('.resource-list li').first().getByRole('link').first();
  await expect(first).toBeVisible();
  await expect(page.locator('.resource-list li', { hasNotText: 'Lokale' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('ROOM');

  await first.click();
  await expect(page).toHaveURL(/\/ressourcer\/[0-9a-f-]{36}$/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]kind=ROOM\b/);
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('ROOM');

  // A stale value in a shared link is left out instead of failing the list.
  await page.goto('/ressourcer?kind=SPACESHIP&areaId=garbage');
  await expect(page.locator('.resource-list li').first()).toBeVisible();
});
