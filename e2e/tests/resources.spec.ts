import { demoAccounts } from '@naboskab/seed';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';

test.use({ role: 'coordinator' });

/** A Tuesday at least a week ahead, as YYYY-MM-DD (the browser runs in Copenhagen time). */
function tuesdayAhead(): string {
  const date = new Date(Date.now() + 8 * 86_400_000);
  while (date.getUTCDay() !== 2) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** How many weeks the Tuesday `date` lies after this week (Copenhagen time): clicks on "Næste uge". */
function weeksUntil(date: string): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`) / 86_400_000;
  const thisMonday = day(today) - ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7);
  return Math.round((day(date) - 1 - thisMonday) / 7);
}

// Another member of the platform, signed in through the form in a context of their own (the
// saved role sessions are shared with other files and must not be signed out).
async function signInAs(
  browser: Browser,
  baseURL: string | undefined,
  account: { email: string; password: string },
): Promise<Page> {
  // An empty state: this context must not carry (and on sign-in end) the coordinator's saved session.
  const context = await browser.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const page = await context.newPage();
  await page.goto('/log-ind');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Adgangskode').fill(account.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/(min-side|koordinator)$/);
  return page;
}

async function book(page: Page, date: string, from: string, to: string, purpose: string) {
  const form = page.getByRole('region', { name: 'Book et tidsrum' });
  await form.getByLabel('Dato').fill(date);
  await form.getByLabel('Fra kl.').fill(from);
  await form.getByLabel('Til kl.').fill(to);
  await form.getByLabel('Formål').fill(purpose);
  await form.getByRole('button', { name: 'Book' }).click();
}

test('a coordinator offers a room, another member books it, the owner approves, a clashing booking is refused', async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `E2E-fælleslokale ${Date.now()}`;
  const date = tuesdayAhead();

  // The coordinator of the Aarhus partnership offers a room that everyone signed in may book.
  await page.goto('/ressourcer');
  await page.getByRole('link', { name: 'Tilbyd en ressource' }).first().click();
  await expect(page.getByRole('heading', { name: 'Tilbyd en ressource' })).toBeVisible();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Type', { exact: true }).selectOption('ROOM');
  await page.getByLabel('Kapacitet (personer, valgfrit)').fill('30');
  await page.getByRole('radio', { name: /Alle, der er logget ind/ }).check();
  await expect(page.getByRole('checkbox', { name: 'Bookinger skal godkendes af ejeren' })).toBeChecked();
  await page.getByRole('button', { name: 'Tilbyd ressourcen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const resourceUrl = page.url();

  // The Odense coordinator finds it in the search and asks for Tuesday 10-12.
  const member = await signInAs(browser, baseURL, demoAccounts.coordinatorOdense);
  await member.goto('/ressourcer');
  await member.getByLabel('Fritekst').fill(title);
  await member.getByRole('button', { name: 'Søg', exact: true }).click();
  await member.getByRole('link', { name: title }).click();
  await expect(member).toHaveURL(resourceUrl);
  await book(member, date, '10:00', '12:00', 'Bestyrelsesmøde i Vollsmose');
  await expect(
    member.getByRole('status').filter({ hasText: 'Din anmodning er sendt til ejeren.' }),
  ).toBeVisible();
  const week = member.getByRole('region', { name: /^Uge \d+/ });
  await expect(week.getByText('Afventer godkendelse')).toBeVisible();

  // The owner sees the request on the resource page and approves it.
  await page.reload();
  const requests = page.getByRole('region', { name: 'Anmodninger, der venter på din afgørelse' });
  await requests.getByRole('button', { name: /^Godkend Bestyrelsesmøde i Vollsmose/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bookingen er godkendt.' })).toBeVisible();
  await expect(requests.getByText('Ingen anmodninger venter.')).toBeVisible();

  // A volunteer sees that the slot is taken, not what for or for whom (and no "null" instead).
  const volunteer = await signInAs(browser, baseURL, demoAccounts.volunteer);
  await volunteer.goto(resourceUrl);
  const heading = volunteer.locator('#week-title');
  for (let i = weeksUntil(date); i > 0; i--) {
    const shown = (await heading.textContent()) ?? '';
    await volunteer.getByRole('button', { name: /Næste uge/ }).click();
    await expect(heading).not.toHaveText(shown);
  }
  const taken = volunteer.getByRole('region', { name: /^Uge \d+/ });
  await expect(taken.getByText('Bekræftet')).toBeVisible();
  await expect(taken).not.toContainText('Bestyrelsesmøde');
  await expect(taken).not.toContainText('Vollsmose');
  await expect(taken).not.toContainText('null');
  await volunteer.context().close();

  // A second booking overlapping the confirmed one is refused, naming the clash.
  await member.reload();
  await book(member, date, '11:00', '13:00', 'Ekstra møde');
  await expect(
    member
      .getByRole('alert')
      .filter({ hasText: /Tidsrummet overlapper en bekræftet booking .*10\.00–12\.00/ }),
  ).toBeVisible();
  await expect(member.getByRole('region', { name: /^Uge \d+/ }).getByText('Bekræftet')).toBeVisible();

  // The booking is listed under the member's bookings.
  await member.goto('/mine-bookinger');
  await expect(member.getByRole('link', { name: title })).toBeVisible();
  await member.context().close();
});

test('the week calendar changes week with the buttons and the arrow keys', async ({ page }) => {
  await page.goto('/ressourcer');
  await page
    .getByRole('region', { name: /^Ressourcer \(\d+\)/ })
    .getByRole('link')
    .first()
    .click();
  const week = page.getByRole('region', { name: /^Uge \d+/ });
  const heading = page.locator('#week-title');
  const first = await heading.textContent();
  await page.getByRole('button', { name: /Næste uge/ }).click();
  await expect(heading).not.toHaveText(first ?? '');
  await week.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(first ?? '');
});
