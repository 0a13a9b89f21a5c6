import type { Page } from '@playwright/test';
import { expect, openMailTo, test } from '../fixtures.ts';

// Accounts end to end: an invitation read in the local mail catcher and accepted (in Danish and
// English), a coordinator inviting a member's contact person from the partnership page, a
// forgotten password reset from its e-mail, a deactivated person's session ending at once, and
// the privacy notice and accessibility statement linked.

/** Opens the newest e-mail to `to` with `subject` in the catcher and follows its `action` link. */
async function followMail(page: Page, to: string, subject: string, action: string) {
  const frame = await openMailTo(page, to, subject);
  // Followed by address: e-mail links open a new tab.
  await page.goto((await frame.getByRole('link', { name: action }).getAttribute('href')) ?? '');
}

/** The UI in this language for the page's browser context (the language switch's cookie). */
async function inLanguage(page: Page, locale: string) {
  await page.context().addCookies([{ name: 'naboskab_locale', value: locale, url: page.url() }]);
  await page.reload();
}

/** A volunteer account made through the API (registration leaves it signed out, unconfirmed). */
async function registerVolunteer(page: Page, name: string, email: string, password: string) {
  const response = await page.request.post('/graphql', {
    headers: { 'x-graphql-yoga-csrf': '1' },
    data: {
      query: 'mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename } }',
      variables: {
        input: { name, email, password, consent: true, consentTextVersion: 'frivillig-samtykke-v1' },
      },
    },
  });
  expect((await response.json()).data.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');
  // Registration answers before it makes the account (its time must not tell whether the address
  // has one): the account is there once its confirmation e-mail is.
  await openMailTo(page, email, 'Bekræft din e-mail til Naboskab');
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/log-ind');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/min-side$/);
}

const GELLERUP = 'Fællesskaber i Gellerup, Toveshøj og Bispehaven';

// The same journey in each language of the UI (and of the e-mail the administrator chooses).
const invitationWords = {
  da: {
    invite: 'Invitér en person',
    name: 'Navn',
    role: 'Rolle',
    partnership: 'Partnerskab (for koordinatorer)',
    sent: 'Invitationen er sendt til',
    pending: 'Afventende invitationer',
    subject: 'Du er inviteret til Naboskab',
    action: 'Tag imod invitationen',
    title: 'Invitation til Naboskab',
    where: 'Partnerskab',
    password: 'Adgangskode',
    submit: 'Opret konto',
  },
  en: {
    invite: 'Invite a person',
    name: 'Name',
    role: 'Role',
    partnership: 'Partnership (for coordinators)',
    sent: 'The invitation has been sent to',
    pending: 'Pending invitations',
    subject: 'You are invited to Naboskab',
    action: 'Accept the invitation',
    title: 'Invitation to Naboskab',
    where: 'Partnership',
    password: 'Password',
    submit: 'Create account',
  },
} as const;

for (const [locale, w] of Object.entries(invitationWords)) {
  test(`(${locale}) an administrator invites a coordinator, who accepts from the e-mail and lands on their partnership`, async ({
    page,
    pageAs,
  }) => {
    const stamp = Date.now();
    const email = `nora.${locale}.${stamp}@fca.example`;
    const admin = await pageAs('admin');
    await admin.goto('/admin');
    await inLanguage(admin, locale);
    await admin.getByRole('link', { name: w.invite }).click();
    const invite = admin.getByRole('region', { name: w.invite });
    await invite.getByRole('textbox', { name: w.name, exact: true }).fill(`Nora Ny ${stamp}`);
    await invite.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
    await invite.getByLabel(w.role).selectOption('COORDINATOR');
    await invite.getByLabel(w.partnership).selectOption({ label: GELLERUP });
    await invite.getByRole('combobox', { name: /e-mail/i }).selectOption(locale);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(invite.getByText(`${w.sent} ${email}.`)).toBeVisible();
    await expect(
      admin.getByRole('region', { name: w.pending }).getByRole('listitem').filter({ hasText: email }),
    ).toBeVisible();

    await followMail(page, email, w.subject, w.action);
    await inLanguage(page, locale);
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    await expect(page.getByText(`${w.where}: ${GELLERUP}`)).toBeVisible();
    await page.getByLabel(w.password, { exact: true }).fill('Nora-kodeord-2026');
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page).toHaveURL(/\/partnerskaber\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: GELLERUP })).toBeVisible();
  });
}

test('a person resets a forgotten password from the e-mail, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stamp = Date.now();
  const email = `glemsom.${stamp}@frivillig.example`;
  await registerVolunteer(page, `Gitte Glemsom ${stamp}`, email, 'Gammelt-kodeord-1');
  await page.goto('/log-ind');
  await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glemt adgangskode' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send link' }).click();
  await expect(
    page.getByText(`Hvis ${email} har en konto, har vi sendt et link.`, { exact: false }),
  ).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await followMail(page, email, 'Nulstil din adgangskode til Naboskab', 'Vælg en ny adgangskode');
  await expect(page.getByRole('heading', { level: 1, name: 'Vælg en ny adgangskode' })).toBeVisible();
  await page.getByLabel('Ny adgangskode').fill('Helt-nyt-kodeord-2026');
  await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
  await expect(page.getByText('Din adgangskode er ændret', { exact: false })).toBeVisible();
  await signIn(page, email, 'Helt-nyt-kodeord-2026');
});

test('signing in never leaves the site through `next`, whatever dot segments it holds', async ({ page }) => {
  const stamp = Date.now();
  const email = `videre.${stamp}@frivillig.example`;
  await registerVolunteer(page, `Vera Videre ${stamp}`, email, 'Vera-kodeord-1');
  // "/.//host" resolves to "//host", which a browser reads as another site.
  await page.goto('/log-ind?next=/.//example.org/');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill('Vera-kodeord-1');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/^http:\/\/(127\.0\.0\.1|localhost):\d+\/min-side$/);
});

test('a deactivated person’s session stops working at once', async ({ page, pageAs }) => {
  const stamp = Date.now();
  const name = `Dennis Deaktiveret ${stamp}`;
  const email = `deaktiveret.${stamp}@frivillig.example`;
  await registerVolunteer(page, name, email, 'Dennis-kodeord-1');
  await signIn(page, email, 'Dennis-kodeord-1');
  await expect(page.getByText(email).first()).toBeVisible();

  const admin = await pageAs('admin');
  await admin.goto(`/admin/brugere?q=${encodeURIComponent(email)}`);
  await admin.getByRole('button', { name: `Deaktivér: ${name}` }).click();
  await expect(admin.getByText(`${name} er deaktiveret og logget ud.`)).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/\/log-ind\?next=(%2F|\/)min-side$/);
});

test.describe('as a coordinator', () => {
  test.use({ role: 'coordinator' });

  test("invites a member organisation's contact person from the partnership page, resends and revokes", async ({
    page,
  }) => {
    const stamp = Date.now();
    const email = `kontakt.${stamp}@forening.example`;
    await page.goto('/partnerskaber/faellesskaber-gellerup-toveshoej-bispehaven');
    const section = page.getByRole('region', { name: 'Invitér en kontaktperson' });
    const organisation = section.getByLabel('Organisation');
    await organisation.selectOption({ index: 1 });
    // The member's contact person is filled in; the coordinator may write another.
    await expect(section.getByRole('textbox', { name: 'Navn', exact: true })).toHaveValue(/\S/);
    await section.getByRole('textbox', { name: 'Navn', exact: true }).fill(`Karin Kontakt ${stamp}`);
    await section.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
    await section.getByRole('button', { name: 'Send invitation' }).click();
    await expect(section.getByText(`Invitationen er sendt til ${email}.`)).toBeVisible();
    const pending = section.getByRole('listitem').filter({ hasText: email });
    await expect(pending).toBeVisible();

    await pending.getByRole('button', { name: `Send igen: ${email}` }).click();
    await expect(pending.getByText(`Et nyt link er sendt til ${email}`)).toBeVisible();
    await pending.getByRole('button', { name: `Træk tilbage: ${email}` }).click();
    await expect(section.getByRole('listitem').filter({ hasText: email })).toHaveCount(0);

    // The revoked link says so; the resent one was the only one that could have worked.
    await followMail(page, email, 'Du er inviteret til Naboskab', 'Tag imod invitationen');
    await expect(
      page.getByText('Invitationen er ugyldig, udløbet, trukket tilbage eller allerede brugt. Bed om en ny.'),
    ).toBeVisible();
  });
});

test('registration and sign-in link the privacy notice, every page the accessibility statement', async ({
  page,
}) => {
  await page.goto('/bliv-frivillig');
  await expect(page.getByRole('main').getByRole('link', { name: /privatlivspolitik/i })).toHaveAttribute(
    'href',
    '/privatlivspolitik',
  );
  await page.goto('/log-ind');
  await page
    .getByRole('main')
    .getByRole('link', { name: /privatlivspolitik/i })
    .click();
  await expect(page).toHaveURL(/\/privatlivspolitik$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Privatlivspolitik' })).toBeVisible();
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /tilgængelighedserklæring/i })
    .click();
  await expect(page).toHaveURL(/\/tilgaengelighed$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' })).toBeVisible();
});
