import { expect, test } from '../fixtures.ts';

// The coordinator's demo partnership (Aarhus), read only here.
const aarhus = '/partnerskaber/faellesskaber-gellerup-toveshoej-bispehaven';

// The queries of the read-only sections, which the server answers for the first paint.
const sectionQueries = [
  'PartnershipPage',
  'PartnershipMembers',
  'PartnershipSignOnFees',
  'PartnershipHistory',
];

test.describe("the partnership page's first paint", () => {
  test.use({ role: 'coordinator' });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the read-only sections arrive complete in the server HTML', async ({ page }) => {
      await page.goto(aarhus);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\S/);
      const members = page.getByRole('region', { name: 'Medlemmer' });
      await expect(members.getByRole('rowheader').first()).toBeVisible();
      await expect(members.getByTestId('association-counter')).toBeVisible();
      const fees = page.getByRole('table', { name: 'Udbetalte tilslutningsbidrag' });
      await expect(fees.getByRole('row').nth(1)).toBeVisible();
      const history = page.getByRole('region', { name: 'Historik' });
      await expect(
        history.getByRole('listitem').first().or(history.getByText('Ingen ændringer endnu.')),
      ).toBeVisible();
      await expect(page.getByRole('region', { name: 'Resultater' })).toBeVisible();
      // No section waits for the browser: not one "Henter …" placeholder in the page.
      await expect(page.getByText(/Henter/)).toHaveCount(0);
    });
  });

  test('the browser asks nothing again for those sections on first load', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const name = (request.postDataJSON() as { operationName?: string } | null)?.operationName;
      if (name && sectionQueries.includes(name)) asked.push(name);
    });
    await page.goto(aarhus);
    await page.waitForLoadState('networkidle');
    // Hydrated: the members table is still there, and a control of the island works.
    const members = page.getByRole('region', { name: 'Medlemmer' });
    const name = (await members.getByRole('rowheader').first().textContent())?.trim() ?? '';
    await members.getByRole('button', { name: `Rediger ${name}` }).click();
    await expect(members.getByRole('form', { name: `Rediger ${name}` })).toBeVisible();
    expect(asked).toEqual([]);
  });
});
