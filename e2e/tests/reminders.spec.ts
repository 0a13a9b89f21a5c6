import { account } from '../accounts.ts';
import { expect, mailCatcherUrl, openMailTo, test } from '../fixtures.ts';
import { inviteInPerson, meetingSlug, planMeeting } from '../meeting-steps.ts';

test.use({ role: 'coordinator' });

// The e2e server sweeps for due reminders every few seconds (REMINDER_SWEEP_SECONDS in
// playwright.config.ts), so a reminder time of 00:00 makes tomorrow's meetings due at once.
test('a coordinator sets the reminder time to 00:00, and tomorrow’s meeting is reminded once by e-mail', async ({
  page,
}) => {
  const me = account('coordinator');
  const setTime = async (time: string) => {
    await page.goto(`/partnerskaber/${meetingSlug}/rediger`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Klokkeslæt for påmindelser dagen før').fill(time);
    await page.getByRole('button', { name: 'Gem klokkeslæt' }).click();
  };
  await setTime('10:10');
  await expect(
    page.getByText('Vælg et klokkeslæt i hele kvarter, fra 00:00 til 23:45.').first(),
  ).toBeVisible();
  await setTime('00:00');
  await expect(page.getByText('Påmindelser sendes nu kl. 00:00 dagen før.')).toBeVisible();

  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + 86_400_000),
  );
  const stamp = Date.now().toString(36);
  const title = `Påmindelsesmøde ${stamp}`;
  await planMeeting(page, title, tomorrow);
  await inviteInPerson(page, me.name);
  const subject = `Påmindelse: mødet ${title} i morgen`;
  const frame = await openMailTo(page, me.email, subject);
  await expect(frame.getByText('Sted: Beboerhuset, Gudrunsvej 10, 8220 Brabrand')).toBeVisible();

  // Once: a meeting planned after that reminder is reminded by a later sweep, which leaves the
  // first one alone.
  const later = `Senere møde ${stamp}`;
  await planMeeting(page, later, tomorrow);
  await inviteInPerson(page, me.name);
  await openMailTo(page, me.email, `Påmindelse: mødet ${later} i morgen`);
  await page.goto(mailCatcherUrl());
  await expect(
    page.getByRole('listitem').filter({ hasText: me.email }).getByRole('link', { name: subject }),
  ).toHaveCount(1);

  // Back to the default, so other journeys' meetings tomorrow are not reminded at once.
  await setTime('17:00');
  await expect(page.getByText('Påmindelser sendes nu kl. 17:00 dagen før.')).toBeVisible();
});
