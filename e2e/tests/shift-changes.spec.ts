import { expect, openMailTo, test } from '../fixtures.ts';
import { gql } from '../volunteer-journey.ts';

test.use({ role: 'coordinator' });

// Unusual minutes tell the new shifts apart from the seeded ones (which start on the hour).
const day = (fromToday: number) => new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);
const at = (hhmm: string) => new RegExp(hhmm.replace(/^0/, '0?').replace(':', '[.:]'));

test('a coordinator moves one shift and cancels another; the signed-up volunteer is told and sees it', async ({
  page,
  pageAs,
}) => {
  test.setTimeout(180_000);
  const volunteer = await pageAs('volunteer');
  // An opportunity the seeded volunteer is approved for, whose activity runs for weeks yet.
  const { mySignUps } = await gql(
    volunteer,
    'query { mySignUps(first: 30) { edges { node { status opportunity { id title activity { startsOn endsOn } } } } } }',
  );
  type SignUp = {
    status: string;
    opportunity: { id: string; title: string; activity: { startsOn: string | null; endsOn: string | null } };
  };
  const signUp = (mySignUps.edges as { node: SignUp }[])
    .map((e) => e.node)
    .find(
      (s) =>
        s.status === 'APPROVED' &&
        (s.opportunity.activity.startsOn ?? '') <= day(10) &&
        (s.opportunity.activity.endsOn ?? '9999') >= day(12),
    );
  expect(signUp, 'the seeded volunteer has an approved sign-up').toBeDefined();
  const { id, title } = (signUp as SignUp).opportunity;
  const uuid = Buffer.from(id, 'base64').toString().split(':')[1];

  await page.goto(`/frivillig/${uuid}`);
  await page.waitForLoadState('networkidle');
  const shifts = page.getByRole('list', { name: 'Kommende vagter' });
  const shift = (hhmm: string) => shifts.getByRole('listitem').filter({ hasText: at(hhmm) });

  // Two new shifts.
  await page.locator('summary', { hasText: 'Tilføj vagt' }).click();
  const add = page.getByRole('form', { name: 'Tilføj vagt' });
  const added: [string, string, string][] = [
    [day(10), '07:15', '08:45'],
    [day(11), '06:35', '07:05'],
  ];
  for (const [date, from, to] of added) {
    await add.getByLabel('Dato').fill(date);
    await add.getByLabel('Fra kl.').fill(from);
    await add.getByLabel('Til kl.').fill(to);
    await add.getByRole('button', { name: 'Tilføj vagt' }).click();
    await expect(add.getByRole('status')).toHaveText('Vagten er tilføjet.');
    await expect(shift(from)).toBeVisible();
  }

  // Move the first, from the keyboard, to the next evening.
  await shift('07:15')
    .getByRole('button', { name: /^Flyt vagten/ })
    .focus();
  await page.keyboard.press('Enter');
  const moveForm = page.getByRole('form', { name: /^Flyt vagten/ });
  await expect(moveForm.getByLabel('Dato')).toHaveValue(day(10));
  await moveForm.getByLabel('Dato').fill(day(12));
  await moveForm.getByLabel('Fra kl.').fill('19:25');
  await moveForm.getByLabel('Til kl.').fill('21:05');
  await moveForm.getByRole('button', { name: 'Gem nyt tidspunkt' }).click();
  await expect(
    page.getByText('Vagten er flyttet, og de tilmeldte frivillige har fået besked.'),
  ).toBeVisible();
  await expect(shift('19:25')).toBeVisible();
  await expect(shift('07:15')).toHaveCount(0);

  // Cancel the second, after confirming.
  await shift('06:35')
    .getByRole('button', { name: /^Aflys vagten/ })
    .click();
  await page.getByRole('button', { name: 'Ja, aflys vagten' }).click();
  await expect(page.getByText('Vagten er aflyst, og de tilmeldte frivillige har fået besked.')).toBeVisible();
  await expect(shift('06:35')).toContainText('Aflyst');
  await expect(shift('06:35').getByRole('button')).toHaveCount(0);

  // On a phone, the coordinator's shift list and its move form fit the width.
  await page.setViewportSize({ width: 360, height: 740 });
  await shift('19:25')
    .getByRole('button', { name: /^Flyt vagten/ })
    .click();
  await expect(page.getByRole('form', { name: /^Flyt vagten/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);

  // The volunteer: both notices in the header's notification centre, the cancelled shift marked.
  await volunteer.goto('/mine-aftaler');
  await volunteer.getByRole('link', { name: /^Varsler, \d+ ulæste/ }).click();
  await expect(volunteer.getByRole('heading', { level: 1, name: 'Varsler' })).toBeVisible();
  await expect(volunteer.getByRole('link', { name: `Din vagt er flyttet: ${title}` })).toBeVisible();
  await volunteer.getByRole('link', { name: `Din vagt er aflyst: ${title}` }).click();
  await expect(volunteer).toHaveURL(/\/mine-aftaler$/);
  const mine = volunteer.getByRole('region', { name: 'Kommende vagter' });
  await expect(mine.getByRole('listitem').filter({ hasText: at('06:35') })).toContainText('Aflyst');
  await expect(mine.getByRole('listitem').filter({ hasText: at('19:25') })).not.toContainText('Aflyst');

  // And the e-mail with the new time, in the local mail catcher.
  const mail = await openMailTo(volunteer, 'frivillig@naboskab.dk', `Din vagt er flyttet: ${title}`);
  await expect(mail.getByText(at('19:25'))).toBeVisible();
});
