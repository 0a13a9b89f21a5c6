import { expect, test } from '../fixtures.ts';

// The confirm page reads which e-mail a link is for from the token's readable part (the API checks
// the signature when it is posted), so a digest's link is worded as the digest.
const tokenFor = (kind: string) =>
  `${Buffer.from(`0190d2a4-0000-7000-8000-000000000000 ${kind}`).toString('base64url')}.${'a'.repeat(43)}`;

test('the unsubscribe page names the daily digest for a digest’s link, and the kind for the others', async ({
  page,
}) => {
  await page.goto(`/afmeld?token=${tokenFor('digest.DAILY')}`);
  await expect(page.getByText('Vil du ikke længere have den daglige samlede e-mail?')).toBeVisible();
  await page.goto(`/afmeld?token=${tokenFor('digest.WEEKLY')}&done=1`);
  await expect(page.getByRole('status')).toHaveText(
    'Du får ikke længere den ugentlige samlede e-mail og ingen e-mails om de varsler, den samlede. Du kan ændre det under Min side.',
  );
  await page.goto(`/afmeld?token=${tokenFor('signUp.approved')}`);
  await expect(page.getByText('Vil du ikke længere have e-mails om denne slags varsel?')).toBeVisible();
});

test('a link that does not work says so on the page, in the person’s language', async ({ page }) => {
  // Well-formed, but its signature is not the API's.
  await page.goto(`/afmeld?token=${tokenFor('signUp.approved')}`);
  await page.getByRole('button', { name: 'Afmeld e-mails' }).click();
  await expect(page).toHaveURL(/\/afmeld\?invalid=1$/);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Linket virker ikke: det er ugyldigt eller gælder ikke længere. Du kan vælge, hvilke e-mails du får, under Min side.',
  );
  await expect(page.getByRole('button', { name: 'Afmeld e-mails' })).toHaveCount(0);
});
