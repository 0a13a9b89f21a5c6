import { expect, test } from '../fixtures.ts';

// Each kind of failure reads for what it is: a field the form cannot send is named at the field
// (never "could not reach the server"), an expired session offers "Log ind igen", a request that
// never arrives offers a retry, and a failed "show more" says so.

test.use({ role: 'coordinator' });

const slug = 'faellesskaber-gellerup-toveshoej-bispehaven';
const unreachable = 'Der kunne ikke oprettes forbindelse til serveren';

async function planMeeting(page: import('@playwright/test').Page, title: string) {
  await page.goto(`/partnerskaber/${slug}/moeder`);
  await page.getByText('Planlæg et møde').click();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Starter (dansk tid)').fill('2031-04-02T17:00');
  await page.getByLabel('Slutter (dansk tid)').fill('2031-04-02T19:00');
  await page.getByLabel('Adresse').fill('Beboerhuset, Gudrunsvej 10, 8220 Brabrand');
  await page.getByRole('button', { name: 'Planlæg møde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('input the form cannot send is named at its field, not reported as a lost connection', async ({
  page,
}) => {
  // An empty time is not sent as 1970 (and then refused as "ends before it starts").
  await page.goto(`/partnerskaber/${slug}/moeder`);
  await page.getByText('Planlæg et møde').click();
  await page.getByLabel('Titel').fill('Uden tidspunkt');
  await page.getByRole('button', { name: 'Planlæg møde' }).click();
  await expect(page.getByLabel('Starter (dansk tid)')).toHaveAccessibleDescription(
    'Vælg en dato og et klokkeslæt.',
  );
  await expect(page.getByText(/slutte efter/i)).toHaveCount(0);

  await planMeeting(page, `Fejlmøde ${Date.now().toString(36)}`);
  // A meeting in 2031 can be cancelled, not closed.
  await expect(
    page.getByText('Mødet kan lukkes, når det er begyndt. Indtil da kan det aflyses.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Luk mødet' })).toHaveCount(0);

  // A duration of 1.5 minutes.
  const addItem = page.getByRole('form', { name: 'Tilføj punkt' });
  await addItem.getByLabel('Punkt').fill('Velkomst');
  await addItem.getByLabel('Tid (minutter)').fill('1.5');
  await addItem.getByRole('button', { name: 'Tilføj punkt' }).click();
  await expect(addItem.getByLabel('Tid (minutter)')).toHaveAccessibleDescription('Skriv et helt tal.');
  await expect(page.getByText(unreachable)).toHaveCount(0);

  // "Tilføj opgave" with nothing filled in.
  const action = page.getByRole('form', { name: 'Tilføj opgave' });
  await action.getByRole('button', { name: 'Tilføj opgave' }).click();
  await expect(action.getByLabel('Opgave')).toHaveAccessibleDescription('Skal udfyldes.');
  await expect(action.getByLabel('Ansvarlig')).toHaveAccessibleDescription('Skal udfyldes.');
  await expect(page.getByText(unreachable)).toHaveCount(0);
});

test('a refused form moves focus to its alert, where a keyboard or screen reader user is told why', async ({
  page,
}) => {
  await page.goto('/ressourcer/ny');
  await page.getByRole('button', { name: 'Tilbyd ressourcen' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Nogle felter er ikke udfyldt korrekt.' }),
  ).toBeFocused();
  await expect(page.getByLabel('Titel')).toHaveAccessibleDescription('Feltet skal udfyldes.');
});

test('an empty outcome report names the missing period', async ({ page }) => {
  await page.goto(`/partnerskaber/${slug}/resultater`);
  const form = page.getByRole('form', { name: 'Ny indberetning' });
  await form.getByRole('button', { name: 'Gem indberetning' }).click();
  await expect(form.getByRole('alert')).toContainText('Nogle felter er ikke udfyldt korrekt.');
  await expect(form.getByLabel('Fra', { exact: true })).toHaveAccessibleDescription('Skal udfyldes.');
  await expect(page.getByText(unreachable)).toHaveCount(0);
});

test('an action refused for its input names the issue, in Danish and English, and takes focus', async ({
  page,
  pageAs,
}) => {
  // A colleague on the guide list who is neither of the demo accounts nor a guide yet, seen by
  // the coordinator in Danish and, in a second window, in English.
  await page.goto(`/partnerskaber/${slug}`);
  const section = page.getByRole('region', { name: 'Fællesskabsguides og henvisninger' });
  const candidate = section
    .locator('label')
    .filter({ has: page.getByRole('checkbox', { checked: false }) })
    .filter({ hasNotText: /Mette Holm|Lene Brobygger/ })
    .first();
  const name = (await candidate.innerText()).replace(/ er fællesskabsguide.*$/, '');
  const english = await pageAs('coordinator');
  await english.context().addCookies([{ name: 'naboskab_locale', value: 'en', url: page.url() }]);
  await english.goto(`/partnerskaber/${slug}`);
  const englishSection = english.getByRole('region', { name: 'Community guides and referrals' });
  await expect(englishSection.getByRole('checkbox', { name: `${name} is a community guide` })).toBeVisible();

  // Meanwhile an administrator deactivates them: no longer staff, so no guide either.
  const admin = await pageAs('admin');
  await admin.goto(`/admin/brugere?q=${encodeURIComponent(name)}`);
  await admin.getByRole('button', { name: `Deaktivér: ${name}` }).click();
  await expect(admin.getByText(`${name} er deaktiveret og logget ud.`)).toBeVisible();
  try {
    await candidate.getByRole('checkbox').click();
    const alert = section.getByRole('alert');
    // The issue itself, not "Nogle felter er ikke udfyldt korrekt." (a button has no fields to mark).
    await expect(alert).toHaveText(
      'Kun koordinatorer og medarbejdere hos partnerskabets medlemmer kan være fællesskabsguides.',
    );
    await expect(alert).toBeFocused();

    await englishSection.getByRole('checkbox', { name: `${name} is a community guide` }).click();
    await expect(englishSection.getByRole('alert')).toHaveText(
      "Only coordinators and staff of the partnership's members can be community guides.",
    );
  } finally {
    await admin.reload();
    await admin.getByRole('button', { name: `Genaktivér: ${name}` }).click();
    await expect(admin.getByText(`${name} kan logge ind igen.`)).toBeVisible();
  }
});

test('a confirmed action the API refuses moves focus to the alert, not back to its button', async ({
  page,
  pageAs,
}) => {
  await planMeeting(page, `Aflysningsmøde ${Date.now().toString(36)}`);
  // Cancelled meanwhile in another window.
  const other = await pageAs('coordinator');
  await other.goto(page.url());
  await other.getByRole('button', { name: 'Aflys mødet' }).click();
  await other.getByRole('button', { name: 'Ja, aflys mødet' }).click();
  await expect(other.getByText('Mødet er aflyst.')).toBeVisible();

  await page.getByRole('button', { name: 'Aflys mødet' }).click();
  await page.getByRole('button', { name: 'Ja, aflys mødet' }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toHaveText('Mødet er lukket eller aflyst og kan ikke ændres.');
  await expect(alert).toBeFocused();
});

test('an expired session offers "Log ind igen" back to the same page', async ({ page, context }) => {
  await planMeeting(page, `Sessionsmøde ${Date.now().toString(36)}`);
  const meetingPath = new URL(page.url()).pathname;
  await context.clearCookies();
  const addItem = page.getByRole('form', { name: 'Tilføj punkt' });
  await addItem.getByLabel('Punkt').fill('Velkomst');
  await addItem.getByRole('button', { name: 'Tilføj punkt' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Du er blevet logget ud' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Log ind igen' })).toHaveAttribute(
    'href',
    `/log-ind?next=${encodeURIComponent(meetingPath)}`,
  );
});

test('a request that never arrives offers a retry that works', async ({ page }) => {
  await planMeeting(page, `Netmøde ${Date.now().toString(36)}`);
  const addItem = page.getByRole('form', { name: 'Tilføj punkt' });
  await addItem.getByLabel('Punkt').fill('Kaffe');
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('AddAgendaItem')
      ? route.abort('internetdisconnected')
      : route.fallback(),
  );
  await addItem.getByRole('button', { name: 'Tilføj punkt' }).click();
  const alert = page.getByRole('alert').filter({ hasText: unreachable });
  await expect(alert).toBeVisible();
  await page.unroute('**/graphql');
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(page.getByRole('region', { name: 'Dagsorden' }).getByText('Kaffe')).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('the invitation form names empty fields at the field, and an expired session offers "Log ind igen"', async ({
  page,
  context,
}) => {
  await page.goto(`/partnerskaber/${slug}`);
  const invite = page.getByRole('region', { name: 'Invitér en kontaktperson' });
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByRole('textbox', { name: 'Navn', exact: true })).toHaveAccessibleDescription(
    'Feltet skal udfyldes.',
  );
  await expect(invite.getByRole('textbox', { name: 'E-mail', exact: true })).toHaveAccessibleDescription(
    /\S/,
  );
  await expect(page.getByText(unreachable)).toHaveCount(0);

  await context.clearCookies();
  await invite.getByLabel('Organisation').selectOption({ index: 1 });
  await invite
    .getByRole('textbox', { name: 'E-mail', exact: true })
    .fill(`udlogget.${Date.now()}@example.dk`);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  const alert = invite.getByRole('alert').filter({ hasText: 'Du er blevet logget ud' });
  await expect(alert.getByRole('link', { name: 'Log ind igen' })).toHaveAttribute(
    'href',
    `/log-ind?next=${encodeURIComponent(`/partnerskaber/${slug}`)}`,
  );
});

test('an address naming nothing, or nothing readable, says "not found" under the page’s heading', async ({
  page,
}) => {
  await page.goto('/henvisninger/not-an-id');
  await expect(page.getByRole('heading', { level: 1, name: 'Henvisningen' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Henvisningen findes ikke, eller du har ikke adgang til den.',
  );
  await page.goto('/moeder/0190d2a4-0000-7000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Møder' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Mødet findes ikke, eller du har ikke adgang til det.',
  );
});

test.describe('as an administrator', () => {
  test.use({ role: 'admin' });

  test('a failed "show more" says so, and its retry loads the page', async ({ page }) => {
    await page.goto('/admin');
    const organisations = page.getByRole('region', { name: 'Organisationer', exact: true });
    const more = organisations.getByRole('button', { name: 'Vis flere' });
    await expect(more).toBeVisible();
    const before = await organisations.getByRole('listitem').count();
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await more.click();
    const failed = organisations.getByRole('alert').filter({ hasText: 'Flere kunne ikke hentes.' });
    await expect(failed).toBeVisible();
    await page.unroute('**/graphql');
    await organisations.getByRole('button', { name: 'Prøv igen' }).click();
    await expect(failed).toHaveCount(0);
    await expect.poll(() => organisations.getByRole('listitem').count()).toBeGreaterThan(before);
  });
});

test.describe('as the ministry', () => {
  test.use({ role: 'ministry' });

  test('a bad filter in the address is named at its field and ignored, not a blank page', async ({
    page,
  }) => {
    await page.goto('/ministeriet?round=garbage&minKr=500000&maxKr=1000&arena=LEISURE_AND_COMMUNITIES');
    await expect(page.getByRole('combobox', { name: 'Ansøgningsrunde' })).toHaveAccessibleDescription(
      'Værdien i adressen findes ikke, så filteret er ikke brugt.',
    );
    await expect(page.getByLabel('Bevilling til (kr.)')).toHaveAccessibleDescription(
      '«Til» skal være mindst «fra». Beløbet er ikke brugt.',
    );
    // The good filters still apply, and the data is there.
    await expect(page.getByRole('combobox', { name: 'Livsarena' })).toHaveValue('LEISURE_AND_COMMUNITIES');
    await expect(
      page.getByRole('status').filter({ hasText: /partnerskaber? matcher filtrene/ }),
    ).toBeVisible();
    await expect(page.getByText('Data kunne ikke hentes')).toHaveCount(0);
  });
});
