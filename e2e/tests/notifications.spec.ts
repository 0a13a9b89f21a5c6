import { expect, test } from '../fixtures.ts';

test.use({ role: 'coordinator' });

const slug = 'faellesskaber-gellerup-toveshoej-bispehaven';

/** The unread count the header's bell announces (0 when it says just "Varsler"). */
async function unreadCount(page: import('@playwright/test').Page): Promise<number> {
  const bell = page
    .getByRole('navigation', { name: 'Hovednavigation' })
    .getByRole('link', { name: /^Varsler/ });
  const name = (await bell.textContent()) ?? '';
  return Number(/(\d+) ulæste/.exec(name)?.[1] ?? 0);
}

test('a coordinator invites to a meeting; the invitee sees it in the header and opens it from the notifications', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `E2E-varsel ${Date.now().toString(36)}`;
  await page.goto(`/partnerskaber/${slug}/moeder`);
  const before = await unreadCount(page);

  await page.getByText('Planlæg et møde').click();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Starter (dansk tid)').fill('2031-04-02T17:00');
  await page.getByLabel('Slutter (dansk tid)').fill('2031-04-02T19:00');
  await page.getByLabel('Adresse').fill('Beboerhuset, Gudrunsvej 10, 8220 Brabrand');
  await page.getByRole('button', { name: 'Planlæg møde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The coordinator invites herself, the one seeded member who can sign in here.
  const invite = page.getByRole('form', { name: 'Invitér' });
  const me = invite.getByLabel('Person').locator('option', { hasText: 'Mette Holm' });
  await invite.getByLabel('Person').selectOption((await me.getAttribute('value')) ?? '');
  await invite.getByRole('button', { name: 'Invitér' }).click();
  await expect(
    page.getByRole('region', { name: 'Inviterede' }).getByRole('listitem').filter({ hasText: 'Mette Holm' }),
  ).toBeVisible();

  // The header is rendered with each page: the next page shows one more unread.
  await page.goto('/min-side');
  await expect(page.getByRole('link', { name: `Varsler, ${before + 1} ulæste` })).toBeVisible();
  await page.getByRole('link', { name: /^Varsler, \d+ ulæste/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();
  const notification = page.getByRole('link', { name: `Du er inviteret til mødet ${title}` });
  await expect(notification).toBeVisible();

  await notification.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Varsler/ })).toHaveAccessibleName(
    before === 0 ? 'Varsler' : `Varsler, ${before} ulæste`,
  );

  // Preferences on Min side: choose a daily summary for meeting invitations.
  await page.goto('/min-side');
  await page.getByLabel('Invitationer til møder').selectOption('DAILY');
  await expect(page.getByRole('status').getByText('Gemt: Invitationer til møder.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Invitationer til møder')).toHaveValue('DAILY');
  await page.getByLabel('Invitationer til møder').selectOption('IMMEDIATELY');
  await expect(page.getByRole('status').getByText('Gemt: Invitationer til møder.')).toBeVisible();
});

test('the notification list fits a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/varsler');
  await expect(page.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
