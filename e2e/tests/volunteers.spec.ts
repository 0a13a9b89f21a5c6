import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { confirmEmailInCatcher, expect, test } from '../fixtures.ts';

// One journey across three people: a visitor who becomes a volunteer, the Aarhus coordinator who
// approves them and their hours, and the volunteer taking their data out and deleting it. The
// coordinator works in a page of their own (pageAs), beside the volunteer's.
test('a visitor finds an opportunity on the map, volunteers, gets approved, logs hours and takes their data', async ({
  page,
  pageAs,
}) => {
  const stamp = Date.now();
  const name = `Nanna Nabo ${stamp}`;
  const email = `nanna.${stamp}@frivillig.example`;

  // Find: filter the public map to Aarhus and open an activity's marker with the keyboard.
  await page.goto('/frivillig');
  await expect(page.getByRole('heading', { level: 1, name: 'Find frivilligopgaver' })).toBeVisible();
  await page.getByLabel('Kommune').selectOption({ label: 'Aarhus' });
  await page.getByRole('button', { name: 'Vis aktiviteter' }).click();
  // The list shows every activity until the filtered page arrives: read a card once it is Aarhus'.
  const firstCard = page.locator('.activity-card').first();
  await expect(firstCard).toContainText('Aarhus');
  const activityTitle = (await firstCard.getByRole('heading').textContent())?.trim() ?? '';
  const map = page.getByRole('region', { name: /^Kort med \d+ aktiviteter/ });
  await expect(page.locator('[data-drawn-activities]')).toHaveAttribute(
    'data-drawn-activities',
    /^[1-9]\d*$/,
  );
  const marker = map.getByRole('button', { name: activityTitle, exact: true });
  await marker.focus();
  await page.keyboard.press('Enter');
  const popupLink = page.locator('.activity-popup a').first();
  await expect(popupLink).toBeVisible();
  const opportunityTitle = (await popupLink.textContent())?.trim() ?? '';
  await popupLink.click();
  await expect(page.getByRole('heading', { level: 1, name: opportunityTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kontakt' })).toBeVisible();
  await expect(page.getByText(/Der søges \d+ frivillige/)).toBeVisible();
  const opportunityUrl = new URL(page.url()).pathname;

  // Register (with consent, languages and skills) and come back to the opportunity.
  await page.getByRole('link', { name: 'Opret en frivilligprofil' }).click();
  await page.getByRole('textbox', { name: 'Navn', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill('Nanna-kode-2026');
  await page.getByLabel('Sprog (valgfrit)').fill('dansk, engelsk');
  await page.getByLabel('Kompetencer (valgfrit)').fill('madlavning');
  await page.getByLabel(/Jeg giver samtykke/).check();
  await page.getByRole('button', { name: 'Opret profil' }).click();
  await expect(page.getByRole('heading', { name: 'Tjek din e-mail' })).toBeVisible();
  // Sign-ups reach coordinators only from confirmed addresses: confirm from the e-mail.
  await confirmEmailInCatcher(page, email);
  await page.goto(opportunityUrl);

  // Sign up with a message.
  await page.getByLabel('Besked til koordinatoren (valgfri)').fill('Jeg kan hjælpe tirsdage.');
  await page.getByRole('button', { name: 'Meld mig til' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Du er meldt til' })).toBeVisible();
  await page.getByRole('link', { name: 'Se mine aftaler' }).click();
  await expect(page.getByText('Afventer svar')).toBeVisible();

  // The coordinator approves the sign-up.
  const coordinator = await pageAs('coordinator');
  await openCoordinatorScreen(coordinator);
  await coordinator.getByRole('button', { name: `Godkend ${name}` }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: '1 tilmelding godkendt.' })).toBeVisible();

  // The volunteer sees the approval and logs hours.
  await page.reload();
  await expect(page.getByText('Godkendt', { exact: true })).toBeVisible();
  await page.getByLabel('Timer', { exact: true }).fill('2,5');
  await page.getByLabel('Note (valgfri)').fill('Hjalp med maden');
  await page.getByRole('button', { name: 'Registrér timer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Timerne er registreret' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Afventer godkendelse' })).toBeVisible();

  // The coordinator approves the hours.
  await coordinator.reload();
  await coordinator.getByRole('button', { name: `Godkend 2,5 timer for ${name}` }).click();
  await expect(coordinator.getByRole('status').filter({ hasText: '1 registrering godkendt.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('cell', { name: 'Godkendt' })).toBeVisible();

  // The volunteer downloads their data, then deletes it.
  await page.getByRole('link', { name: 'Mine data' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Alle mine data (JSON)' }).click();
  const data = JSON.parse(await readFile((await (await downloading).path()) as string, 'utf8'));
  expect(data.person).toMatchObject({ name, email, languages: ['dansk', 'engelsk'], skills: ['madlavning'] });
  expect(data.signUps).toHaveLength(1);
  expect(data.hours).toMatchObject([{ hours: 2.5, status: 'APPROVED', note: 'Hjalp med maden' }]);
  expect(data.consents).toHaveLength(1);
  const csv = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Timer (CSV)' }).click();
  expect(await readFile((await (await csv).path()) as string, 'utf8')).toContain('Hjalp med maden');

  await page.getByLabel('Skriv din e-mail for at bekræfte').fill(email);
  await page.getByRole('button', { name: 'Slet min profil og mine data' }).click();
  await expect(page).toHaveURL(/\/\?slettet=1$/);
  await expect(page.getByRole('link', { name: 'Log ind' })).toBeVisible();
  await page.goto('/log-ind');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill('Nanna-kode-2026');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode.' }),
  ).toBeVisible();
});

// The opportunity belongs to the seeded Aarhus partnership. Other tests may give the demo
// coordinator more partnerships, so pick that one by name when there is a choice.
async function openCoordinatorScreen(page: Page) {
  await page.goto('/koordinator/frivillige');
  await expect(page.getByRole('heading', { level: 1, name: 'Frivillige' })).toBeVisible();
  const select = page.getByLabel('Partnerskab');
  if ((await select.count()) > 0) {
    await select.selectOption({ label: 'Fællesskaber i Gellerup, Toveshøj og Bispehaven' });
  }
  await expect(
    page.getByRole('heading', { level: 2, name: 'Fællesskaber i Gellerup, Toveshøj og Bispehaven' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /Tilmeldinger der venter/ })).toBeVisible();
}
