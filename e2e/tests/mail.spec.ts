import { confirmEmailInCatcher, expect, mailCatcherUrl, test } from '../fixtures.ts';

// E-mail end to end: a new volunteer confirms their address from the e-mail in the local mail
// catcher, then gets the welcome e-mail, whose link opens the app; the administrator finds it sent.
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
  await expect(page.getByRole('heading', { name: 'Tjek din e-mail' })).toBeVisible();

  await confirmEmailInCatcher(page, email);

  await page.goto(mailCatcherUrl());
  // The subject, case-sensitive: a string filter ignores case and the address holds "velkommen" too.
  const message = page
    .getByRole('listitem')
    .filter({ hasText: email })
    .filter({ hasText: /Velkommen til Naboskab/ });
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
  // Followed by address: the catcher's sandboxed frame does not always let a click leave it.
  await page.goto(
    (await frame.getByRole('link', { name: 'Find frivilligopgaver' }).getAttribute('href')) ?? '',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Find frivilligopgaver' })).toBeVisible();

  // The administrator's outbox, on a phone.
  const admin = await pageAs('admin');
  await admin.setViewportSize({ width: 360, height: 740 });
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'Udsendelser (e-mail)' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Udsendelser' })).toBeVisible();
  await admin.getByLabel('Status').selectOption({ label: 'Sendt' });
  const row = admin.getByRole('listitem').filter({ hasText: email }).filter({ hasText: 'account.welcome' });
  await expect(row).toBeVisible();
  await expect(row.getByText('Sendt', { exact: true }).first()).toBeVisible();
  await expect(row.getByText('account.welcome')).toBeVisible();
  await admin.getByLabel('Status').selectOption({ label: 'Mislykket' });
  await expect(admin.getByText('Ingen udsendelser med status »Mislykket«.')).toBeVisible();
  const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
