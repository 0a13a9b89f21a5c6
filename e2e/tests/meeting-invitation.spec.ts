import { account } from '../accounts.ts';
import { expect, mailCatcherUrl, openMailTo, test } from '../fixtures.ts';
import { inviteInPerson, planMeeting } from '../meeting-steps.ts';

test.use({ role: 'coordinator' });

test('a planned meeting’s invitation arrives with an .ics, and its "Deltager" link records the answer', async ({
  page,
}) => {
  const me = account('coordinator');
  const title = `Invitationsmøde ${Date.now().toString(36)}`;
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await planMeeting(page, title, nextWeek);
  const meetingUrl = page.url();

  await inviteInPerson(page, me.name);

  // The catcher shows the invitation, with the meeting as a calendar file.
  const frame = await openMailTo(page, me.email, `Du er inviteret til mødet ${title}`);
  const ics = page.getByRole('link', { name: 'invitation.ics' }).first();
  await expect(ics).toBeVisible();
  const file = await page.request.get(mailCatcherUrl((await ics.getAttribute('href')) ?? ''));
  const text = await file.text();
  expect(text).toContain('METHOD:REQUEST');
  expect(text).toContain(`SUMMARY:${title}`);

  // The "Deltager" link opens the answer page, which answers with one click, no sign-in needed.
  const link = await frame.getByRole('link', { name: 'Deltager' }).getAttribute('href');
  await page.goto(link ?? '');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Deltager' }).click();
  await expect(page.getByText('Dit svar er gemt.')).toBeVisible();

  // The meeting page shows the same answer.
  await page.goto(meetingUrl);
  await expect(
    page.getByRole('region', { name: 'Dit svar' }).getByRole('button', { name: 'Ja' }),
  ).toHaveAttribute('aria-pressed', 'true');
});
