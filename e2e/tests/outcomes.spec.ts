import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';

const AARHUS = 'Fællesskaber i Gellerup, Toveshøj og Bispehaven';
const SLUG = 'faellesskaber-gellerup-toveshoej-bispehaven';

/** The ministry's side panel of the Aarhus partnership: its report count and summed participants. */
async function ministryFigures(page: Page) {
  await page.goto('/ministeriet');
  await page.getByRole('button', { name: `Åbn ${AARHUS}` }).click();
  const panel = page.getByRole('complementary', { name: AARHUS });
  const heading = panel.getByRole('heading', { name: /^Resultater \([\d.]+ indberetninger\)$/ });
  await expect(heading).toBeVisible();
  const figure = (term: string) =>
    panel.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  const number = async (text: string) => Number(text.replace(/\D/g, ''));
  return {
    panel,
    figure,
    reports: await number((await heading.innerText()).replace(/^\D+/, '')),
    participants: await number(await figure('Deltagere nået').innerText()),
    activities: await number(await figure('Aktiviteter').innerText()),
  };
}

// The Aarhus coordinator reports a period's outcomes (the autumn of 2022, before the seeded
// half-yearly reports from 2023 on) without typing the bridged count its referrals give, is stopped at the field by a negative count and by a follow-up
// without a baseline, fixes both and saves; the ministry then sees the new figures in the summary.
//
// Both people get their page from pageAs, and the file sets no `role`: pageAs signs in through an
// API request context that inherits the file's storageState, and a sign-in ends the session whose
// cookie it carries, so pageAs beside `test.use({ role })` would sign the file's own page out.
test('a coordinator reports outcomes for a period and the ministry sees them', async ({ pageAs }) => {
  const page = await pageAs('coordinator');
  const ministry = await pageAs('ministry');
  const before = await ministryFigures(ministry);

  await page.goto(`/partnerskaber/${SLUG}`);
  await page.getByRole('link', { name: 'Se og indberet resultater' }).click();
  await expect(page).toHaveURL(new RegExp(`/partnerskaber/${SLUG}/resultater$`));
  await expect(page.getByRole('heading', { level: 1, name: `Resultater for ${AARHUS}` })).toBeVisible();
  const reports = page.getByRole('region', { name: 'Indberetninger' }).getByRole('table');
  await expect(reports.getByRole('row')).toHaveCount(before.reports + 1);

  const form = page.getByRole('form', { name: 'Ny indberetning' });
  await form.getByLabel('Fra', { exact: true }).fill('2022-09-01');
  await form.getByLabel('Til', { exact: true }).fill('2022-12-31');
  const reached = form.getByLabel('Deltagere nået', { exact: true });
  await reached.fill('-5');
  // Aarhus records referrals: its new participants bridged is counted, so the form does not ask.
  await expect(form.getByLabel('Nye deltagere i fællesskaber', { exact: true })).toHaveCount(0);
  await expect(form.getByText(/tælles af Naboskab fra brobygningens henvisninger/)).toBeVisible();
  await form.getByLabel('Aktiviteter afholdt', { exact: true }).fill('23');
  await form.getByLabel('Aktive frivillige', { exact: true }).fill('9');
  // Follow-up answers only: the partnership has no earlier baseline for this item.
  await form.getByLabel('Opfølgning, Mangler selskab: Næsten aldrig', { exact: true }).fill('20');
  await form.getByLabel('Opfølgning, Mangler selskab: Nogle gange', { exact: true }).fill('15');
  await form.getByLabel('Opfølgning, Mangler selskab: Ofte', { exact: true }).fill('6');
  await form.getByRole('button', { name: 'Gem indberetning' }).click();

  // A negative count: the message sits at the field, which is marked invalid.
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(reached).toHaveAttribute('aria-invalid', 'true');
  await expect(reached).toHaveAccessibleDescription('Tallet kan ikke være negativt.');
  await reached.fill('71');
  await form.getByRole('button', { name: 'Gem indberetning' }).click();

  // A follow-up without a baseline: the message is at the UCLA-3 counts.
  await expect(reached).not.toHaveAttribute('aria-invalid', 'true');
  const ucla = form.getByRole('group', { name: 'Ensomhed (UCLA-3): antal svar' });
  await expect(ucla).toHaveAccessibleDescription(/En opfølgende måling kræver en baseline-måling/);
  await expect(ucla.getByText(/En opfølgende måling kræver en baseline-måling/)).toBeVisible();
  await form.getByLabel('Baseline, Mangler selskab: Næsten aldrig', { exact: true }).fill('18');
  await form.getByLabel('Baseline, Mangler selskab: Nogle gange', { exact: true }).fill('14');
  await form.getByLabel('Baseline, Mangler selskab: Ofte', { exact: true }).fill('12');
  await form.getByRole('button', { name: 'Gem indberetning' }).click();

  // Saved: confirmed, listed (oldest period last), and the form is empty for the next one.
  await expect(page.getByRole('status').filter({ hasText: 'Indberetningen er gemt.' })).toBeVisible();
  await expect(reports.getByRole('row')).toHaveCount(before.reports + 2);
  const row = reports.getByRole('row', { name: /1\. september 2022 – 31\. december 2022/ });
  await expect(row.getByRole('cell')).toHaveText(['71', 'Tælles', '23', '9', 'Ret Slet']);
  await expect(page.getByRole('form', { name: 'Ny indberetning' }).getByLabel('Deltagere nået')).toHaveValue(
    '',
  );

  // Reopening it shows the saved UCLA-3 counts.
  await row.getByRole('button', { name: /^Ret indberetningen/ }).click();
  const edit = page.getByRole('form', { name: /^Ret indberetningen/ });
  await expect(edit.getByLabel('Baseline, Mangler selskab: Ofte', { exact: true })).toHaveValue('12');
  await expect(edit.getByLabel('Opfølgning, Mangler selskab: Ofte', { exact: true })).toHaveValue('6');
  await edit.getByRole('button', { name: 'Annullér rettelse' }).click();
  await expect(page.getByRole('form', { name: 'Ny indberetning' })).toBeVisible();

  // The ministry's summary of the partnership now includes the report.
  const after = await ministryFigures(ministry);
  expect(after.reports).toBe(before.reports + 1);
  expect(after.participants).toBe(before.participants + 71);
  expect(after.activities).toBe(before.activities + 23);
});
