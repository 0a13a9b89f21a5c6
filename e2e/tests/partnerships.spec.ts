import { account } from '../accounts.ts';
import { expect, test } from '../fixtures.ts';

test.use({ role: 'coordinator' });

// One journey: a coordinator creates a partnership and mobilises associations; then an admin (in
// their own browser context, signed in through the form) records the partnership's grant.
test('a coordinator creates a partnership and adds members; an admin records its grant', async ({
  page,
  browser,
}) => {
  const name = `Naboer mod ensomhed ${Date.now()}`;
  await page.goto('/partnerskaber');
  await page.getByRole('link', { name: 'Opret partnerskab' }).click();
  await expect(page.getByRole('heading', { name: 'Nyt partnerskab' })).toBeVisible();

  // Inline validation: submitting empty names the missing fields.
  await page.getByRole('button', { name: 'Opret partnerskab' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Nogle felter er ikke udfyldt korrekt' }),
  ).toBeVisible();
  await expect(page.getByText('Vælg mindst ét boligområde.').first()).toBeVisible();

  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('Beskrivelse').fill('Flere ind i fællesskaber i Gellerup.');
  // Denmark's areas are found by name; the first ones are listed before any search.
  await expect(page.getByRole('checkbox', { name: 'Agervang (Holbæk)' })).toBeVisible();
  await page.getByLabel('Find et boligområde').fill('gellerup');
  await page.getByRole('checkbox', { name: /^Gellerupparken og Toveshøj/ }).check();
  // Another search: the area already chosen stays listed and chosen.
  await page.getByLabel('Find et boligområde').fill('bispe');
  await page.getByRole('checkbox', { name: /^Bispehaven/ }).check();
  await page.getByLabel('Find et boligområde').fill('ingen sådan by');
  await expect(page.getByText('Intet boligområde hedder sådan.')).toBeVisible();
  await page.getByLabel('Find et boligområde').press('Enter');
  await expect(page.getByRole('checkbox', { name: /^Gellerupparken og Toveshøj/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /^Bispehaven/ }).uncheck();
  await page.getByRole('checkbox', { name: 'Fritid og fællesskaber' }).check();
  await page.getByRole('checkbox', { name: 'Ældre' }).check();
  await page.getByLabel('Startdato').fill('2026-09-01');
  await page.getByRole('button', { name: 'Opret partnerskab' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/partnerskaber\/naboer-mod-ensomhed-\d+$/);
  const partnershipUrl = page.url();
  // Its areas: the one kept, not the one unchecked.
  const areas = page.getByRole('listitem').filter({ hasText: /^[^()]+ \(Aarhus\)$/ });
  await expect(areas).toHaveText(['Gellerupparken og Toveshøj (Aarhus)']);
  const counter = page.getByTestId('association-counter');
  // No grant yet: no pool sets the 30-association bar (it is the "Flere ind i fællesskaber" pool's).
  await expect(counter).toHaveText(/^0 frivillige foreninger mobiliseret\./);

  const members = page.getByRole('region', { name: 'Medlemmer' });
  for (const [organisation, count] of [
    ['Dansk Røde Kors', 1],
    ['Ældre Sagen', 2],
  ] as const) {
    await members.getByLabel('Søg organisation').fill(organisation);
    const choose = members.getByLabel('Vælg organisation');
    await expect(choose.locator('option', { hasText: `${organisation} (Frivillig forening)` })).toHaveCount(
      1,
    );
    await choose.selectOption({ label: `${organisation} (Frivillig forening)` });
    await members.getByLabel('Kontaktpersonens navn (valgfrit)').fill('Karen Holm');
    await members.getByRole('button', { name: 'Tilføj medlem' }).click();
    await expect(
      members.getByRole('status').filter({ hasText: `${organisation} er tilføjet.` }),
    ).toBeVisible();
    await expect(counter).toHaveText(new RegExp(`^${count} frivillige foreninger mobiliseret\\.`));
    await expect(members.getByRole('rowheader', { name: organisation })).toBeVisible();
  }
  // The history (coordinators and admins only) shows the changes.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Historik' }).getByText('Medlem tilføjet: Ældre Sagen'),
  ).toBeVisible();

  // The admin records a grant for it.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const admin = await context.newPage();
  await admin.goto('/log-ind');
  await admin.getByLabel('E-mail').fill(account('admin').email);
  await admin.getByLabel('Adgangskode').fill(account('admin').password);
  await admin.getByRole('button', { name: 'Log ind' }).click();
  await expect(admin).toHaveURL(/\/min-side$/);
  await admin.getByRole('link', { name: 'Administration' }).click();
  const grantForm = admin.getByRole('form', { name: 'Registrér bevilling' });
  await expect(
    grantForm.getByLabel('Ansøgningsrunde').locator('option', { hasText: 'Ansøgningsrunde 2024' }),
  ).toHaveCount(1);
  await grantForm
    .getByLabel('Ansøgningsrunde')
    .selectOption({ label: 'Flere ind i fællesskaber gennem lokale partnerskaber: Ansøgningsrunde 2024' });
  await grantForm.getByLabel('Søg partnerskab').fill(name);
  await grantForm.getByLabel('Partnerskab', { exact: true }).selectOption({ label: name });
  await grantForm.getByLabel('Søg organisation').fill('Dansk Røde Kors');
  const recipient = grantForm.getByLabel('Modtager (organisation)');
  await expect(recipient.locator('option', { hasText: 'Dansk Røde Kors' })).toHaveCount(1);
  await recipient.selectOption({ label: 'Dansk Røde Kors' });
  const caseNumber = `E2E-${Date.now()}`;
  await grantForm.getByLabel('Journalnummer').fill(caseNumber);
  await grantForm.getByLabel('Beløb i kr.').fill('1500000');
  await grantForm.getByLabel('Status').selectOption({ label: 'Bevilget' });
  await grantForm.getByLabel('Periode fra').fill('2026-09-01');
  await grantForm.getByLabel('Periode til').fill('2029-08-31');
  await grantForm.getByRole('button', { name: 'Registrér bevilling' }).click();
  await expect(grantForm.getByRole('status')).toHaveText(`Bevillingen ${caseNumber} er gemt.`);

  await admin.goto(partnershipUrl);
  const funding = admin.getByRole('region', { name: 'Økonomi' });
  await expect(funding.getByRole('cell', { name: caseNumber })).toBeVisible();
  await expect(funding.getByTestId('granted-total')).toHaveText(/1\.500\.000\s*kr\./);
  // Funded from "Flere ind i fællesskaber": now the pool's bar applies.
  await expect(admin.getByTestId('association-counter')).toHaveText(
    '2 af 30 frivillige foreninger mobiliseret',
  );
  await context.close();
});
