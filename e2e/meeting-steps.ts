import { expect, type Page } from '@playwright/test';

export const meetingSlug = 'faellesskaber-gellerup-toveshoej-bispehaven';

/** Plans a meeting in the demo partnership through its form and waits for the meeting page. */
export async function planMeeting(page: Page, title: string, day: string) {
  await page.goto(`/partnerskaber/${meetingSlug}/moeder`);
  await page.getByText('Planlæg et møde').click();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Starter (dansk tid)').fill(`${day}T17:00`);
  await page.getByLabel('Slutter (dansk tid)').fill(`${day}T19:00`);
  await page.getByLabel('Adresse').fill('Beboerhuset, Gudrunsvej 10, 8220 Brabrand');
  await page.getByRole('button', { name: 'Planlæg møde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Invites one person (by name) on the meeting page and waits for them in the invitees' list. */
export async function inviteInPerson(page: Page, name: string) {
  const invite = page.getByRole('form', { name: 'Invitér' });
  // Options read "Name (Organisation)".
  const option = invite.getByRole('option', { name: new RegExp(`^${name} \\(`) });
  await invite.getByLabel('Person').selectOption((await option.getAttribute('value')) ?? '');
  await invite.getByRole('button', { name: 'Invitér' }).click();
  await expect(
    page.getByRole('region', { name: 'Inviterede' }).getByRole('listitem').filter({ hasText: name }),
  ).toBeVisible();
}
