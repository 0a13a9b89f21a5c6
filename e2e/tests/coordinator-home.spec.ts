import { expect, test } from '../fixtures.ts';

test.use({ role: 'coordinator' });

const AARHUS = 'Fællesskaber i Gellerup, Toveshøj og Bispehaven';

// The coordinator's overview: each section is there (or says it is empty), and what waits for a
// decision links to where it is handled.
test("a coordinator's overview lists partnerships, meetings, what waits and overdue items", async ({
  page,
}) => {
  await page.goto('/koordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Dit overblik' })).toBeVisible();
  const partnerships = page.getByRole('region', { name: 'Mine partnerskaber' });
  await expect(partnerships.getByRole('link', { name: AARHUS })).toBeVisible();
  for (const name of ['Næste møder', 'Mine opgaver over fristen'])
    await expect(page.getByRole('region', { name }).locator('li, p.status').first()).toBeVisible();

  // The seeded demo has sign-ups waiting in Aarhus: the line links to the volunteer page.
  const pending = page.getByRole('region', { name: 'Venter på din afgørelse' });
  const signUps = pending.getByRole('link', {
    name: new RegExp(`tilmelding(er)? fra frivillige i ${AARHUS}`),
  });
  await expect(signUps).toBeVisible();
  await signUps.click();
  await expect(page).toHaveURL(/\/koordinator\/frivillige\?partnerskab=/);

  // The header leads back to it.
  await page.getByRole('link', { name: 'Overblik', exact: true }).click();
  await expect(page).toHaveURL(/\/koordinator$/);
});
