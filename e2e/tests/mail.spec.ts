import { expect, mailCatcherUrl, test } from '../fixtures.ts';

// E-mail end to end: a new volunteer's welcome e-mail is read in the local mail catcher in the
// browser, its link opens the app, and the administrator finds it sent on the outbox page.
test('a welcome e-mail reaches the local mail catcher, its link opens the app, and the admin sees it sent', async ({
  page,
  pageAs,
}) => {
  const stamp = Date.now();
  const email = `velkommen.${stamp}@frivillig.example`;

  await page.goto('/bliv-frivillig');
  await page.getByRole('textbox', { name: 'Navn', exact: true }).fill(`Vilma Velkommen ${stamp}`);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill('Vilma-kode-2026');
  await page.getByLabel(/Jeg giver samtykke/).check();
  await page.getByRole('button', { name: 'Opret profil' }).click();
  await expect(page).not.toHaveURL(/bliv-frivillig/);

  // The catcher's list refreshes by itself; reload until the message is there.
  await page.goto(mailCatcherUrl());
  const message = page.getByRole('listitem').filter({ hasText: email });
  await expect(async () => {
    await page.reload();
    await expect(message).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await message.getByRole('link', { name: 'Velkommen til Naboskab' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Naboskab' })).toBeVisible();
  await expect(
    page.getByText('Du får denne e-mail, fordi du har oprettet en konto som frivillig'),
  ).toBeVisible();
  const frame = page.frameLocator('iframe[title="Velkommen til Naboskab"]');
  await expect(frame.getByRole('heading', { name: `Hej Vilma Velkommen ${stamp}` })).toBeVisible();
  // E-mail links open in a new tab (React Email's default), leaving the catcher open.
  const [app] = await Promise.all([
    page.waitForEvent('popup'),
    frame.getByRole('link', { name: 'Find frivilligopgaver' }).click(),
  ]);
  await expect(app.getByRole('heading', { level: 1, name: 'Find frivilligopgaver' })).toBeVisible();
  await app.close();

  // The administrator's outbox, on a phone.
  const admin = await pageAs('admin');
  await admin.setViewportSize({ width: 360, height: 740 });
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'Udsendelser (e-mail)' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Udsendelser' })).toBeVisible();
  await admin.getByLabel('Status').selectOption({ label: 'Sendt' });
  const row = admin.getByRole('listitem').filter({ hasText: email });
  await expect(row).toBeVisible();
  await expect(row.locator('.outbox-status')).toHaveText('Sendt');
  await expect(row.getByText('account.welcome')).toBeVisible();
  await admin.getByLabel('Status').selectOption({ label: 'Mislykket' });
  await expect(admin.getByText('Ingen udsendelser med status »Mislykket«.')).toBeVisible();
  const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
