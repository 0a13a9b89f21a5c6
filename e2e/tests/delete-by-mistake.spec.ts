import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';

// Undoing what was entered by mistake, each after a confirmation: a grant (nothing paid), an
// outcome report and a resource (withdrawn; whoever booked it is told). The history keeps them.
// Pages come from pageAs and the file sets no `role` (see outcomes.spec.ts for why).

const AARHUS = 'Fællesskaber i Gellerup, Toveshøj og Bispehaven';
const SLUG = 'faellesskaber-gellerup-toveshoej-bispehaven';

/** A Wednesday at least a week ahead, as YYYY-MM-DD. */
function wednesdayAhead(): string {
  const date = new Date(Date.now() + 8 * 86_400_000);
  while (date.getUTCDay() !== 3) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Clicks `open`, answers the question by `yes`, and waits for the announcement. */
async function confirm(page: Page, open: string, question: RegExp, yes: string, done: string) {
  await page.getByRole('button', { name: open }).click();
  const asking = page.getByRole('group', { name: question });
  // The safe choice has focus; Escape backs out and returns to the button.
  await expect(asking.getByRole('button', { name: 'Nej, fortryd' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: open })).toBeFocused();
  await page.getByRole('button', { name: open }).click();
  await page.getByRole('group', { name: question }).getByRole('button', { name: yes }).click();
  await expect(page.getByRole('status').filter({ hasText: done })).toBeVisible();
}

test('an admin deletes an unpaid grant; the history keeps it', async ({ pageAs }) => {
  const admin = await pageAs('admin');
  await admin.goto('/admin');
  const form = admin.getByRole('form', { name: 'Registrér bevilling' });
  await form
    .getByLabel('Ansøgningsrunde')
    .selectOption({ label: 'Flere ind i fællesskaber gennem lokale partnerskaber: Ansøgningsrunde 2024' });
  await form.getByLabel('Partnerskab', { exact: true }).selectOption({ label: AARHUS });
  await form.getByLabel('Søg organisation').fill('Dansk Røde Kors');
  const recipient = form.getByLabel('Modtager (organisation)');
  await expect(recipient.locator('option', { hasText: 'Dansk Røde Kors' })).toHaveCount(1);
  await recipient.selectOption({ label: 'Dansk Røde Kors' });
  const caseNumber = `E2E-FEJL-${Date.now()}`;
  await form.getByLabel('Journalnummer').fill(caseNumber);
  await form.getByLabel('Beløb i kr.').fill('250000');
  await form.getByLabel('Periode fra').fill('2027-01-01');
  await form.getByLabel('Periode til').fill('2027-12-31');
  await form.getByRole('button', { name: 'Registrér bevilling' }).click();
  await expect(form.getByRole('status')).toHaveText(`Bevillingen ${caseNumber} er gemt.`);

  const grants = admin.getByRole('region', { name: 'Bevillinger', exact: true });
  await expect(grants.getByRole('rowheader', { name: caseNumber })).toBeVisible();
  await confirm(
    admin,
    `Slet ${caseNumber}`,
    new RegExp(`^Slette bevillingen ${caseNumber}\\?`),
    'Ja, slet bevillingen',
    `Bevillingen ${caseNumber} er slettet.`,
  );
  await expect(grants.getByRole('rowheader', { name: caseNumber })).toHaveCount(0);
  // The seeded grants are partly paid: none offers a delete button.
  const seeded = grants
    .getByRole('row')
    .filter({ has: admin.getByRole('rowheader', { name: /^(LBF|SBST)-/ }) });
  await expect(seeded.first()).toBeVisible();
  await expect(seeded.getByRole('button', { name: /^Slet / })).toHaveCount(0);

  await admin.goto(`/partnerskaber/${SLUG}`);
  const history = admin.getByRole('region', { name: 'Historik' });
  await expect(history.getByText('Bevilling slettet: Dansk Røde Kors').first()).toBeVisible();
  await expect(history.getByText(caseNumber).first()).toBeVisible();
});

test('a coordinator deletes an outcome report entered by mistake', async ({ pageAs }) => {
  const page = await pageAs('coordinator');
  await page.goto(`/partnerskaber/${SLUG}/resultater`);
  const form = page.getByRole('form', { name: 'Ny indberetning' });
  await form.getByLabel('Fra', { exact: true }).fill('2021-01-01');
  await form.getByLabel('Til', { exact: true }).fill('2021-06-30');
  await form.getByLabel('Deltagere nået', { exact: true }).fill('12');
  await form.getByLabel('Aktiviteter afholdt', { exact: true }).fill('4');
  await form.getByRole('button', { name: 'Gem indberetning' }).click();
  const reports = page.getByRole('region', { name: 'Indberetninger' }).getByRole('table');
  const period = '1. januar 2021 – 30. juni 2021';
  await expect(reports.getByRole('row', { name: new RegExp(period) })).toBeVisible();

  await confirm(
    page,
    `Slet indberetningen for ${period}`,
    /^Slette indberetningen for 1\. januar 2021/,
    'Ja, slet indberetningen',
    `Indberetningen for ${period} er slettet.`,
  );
  await expect(reports.getByRole('row', { name: new RegExp(period) })).toHaveCount(0);
});

test('a coordinator withdraws a resource; the member who booked it is told', async ({ pageAs }) => {
  const owner = await pageAs('coordinator');
  const title = `E2E-fejltilbud ${Date.now()}`;
  await owner.goto('/ressourcer/ny');
  await owner.getByLabel('Titel', { exact: true }).fill(title);
  await owner.getByLabel('Type', { exact: true }).selectOption('ROOM');
  await owner.getByRole('radio', { name: /Alle, der er logget ind/ }).check();
  await owner.getByRole('button', { name: 'Tilbyd ressourcen' }).click();
  await expect(owner.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const resourceUrl = owner.url();

  // The guide (a coordinator elsewhere) books it for a Wednesday morning.
  const booker = await pageAs('guide');
  await booker.goto(resourceUrl);
  const booking = booker.getByRole('region', { name: 'Book et tidsrum' });
  await booking.getByLabel('Dato').fill(wednesdayAhead());
  await booking.getByLabel('Fra kl.').fill('10:00');
  await booking.getByLabel('Til kl.').fill('11:00');
  await booking.getByLabel('Formål').fill('Lån til sommerfest');
  await booking.getByRole('button', { name: 'Book' }).click();
  await expect(
    booker.getByRole('status').filter({ hasText: 'Din anmodning er sendt til ejeren.' }),
  ).toBeVisible();

  await owner.reload();
  await confirm(
    owner,
    'Træk ressourcen tilbage',
    new RegExp(`^Trække ${title} tilbage\\?`),
    'Ja, træk den tilbage',
    'Ressourcen er trukket tilbage.',
  );
  await expect(owner.getByText(/Ressourcen blev trukket tilbage den .* og kan ikke bookes\./)).toBeVisible();
  await expect(owner.getByRole('region', { name: 'Book et tidsrum' })).toHaveCount(0);

  // No longer found in the search; the booker's bell tells them.
  await owner.goto(`/ressourcer?search=${encodeURIComponent(title)}`);
  await expect(owner.getByRole('link', { name: title })).toHaveCount(0);
  await booker.goto('/varsler');
  await expect(booker.getByText(`${title} er trukket tilbage, og din booking er aflyst`)).toBeVisible();
});
