import { expect, expectNextPageBelow, graphqlAs, test } from '../fixtures.ts';

const AARHUS = 'Fællesskaber i Gellerup, Toveshøj og Bispehaven';
const SLUG = 'faellesskaber-gellerup-toveshoej-bispehaven';

// The demo guide (member staff of an Aarhus association) records a referral with consent, moves it
// through the states, connects the citizen to an activity with a host, and sends the host's link;
// the host confirms the first attendance from the link without an account, and the link is then
// used up; the guide enters the follow-up measures and closes. The coordinator sees counts only,
// and the ministry sees the suppressed aggregates.
test('a guide walks a citizen into a community and the handover is counted', async ({ pageAs, browser }) => {
  // Four people and a dozen page loads: longer than the default minute on a shared machine.
  test.setTimeout(180_000);
  const page = await pageAs('guide');
  const name = `Inger ${Date.now() % 100000}`;
  await page.goto('/henvisninger');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine henvisninger' })).toBeVisible();
  await page.getByRole('link', { name: 'Ny henvisning' }).click();

  // A CPR number is refused, at the field.
  await page.getByLabel('Fornavn eller initialer').fill('010190-1234');
  await page.getByLabel('Telefon').fill('+45 20 30 40 50');
  await page
    .getByRole('group', { name: /Samtykke/ })
    .getByLabel('at blive kontaktet af en fællesskabsguide')
    .check();
  await page.getByRole('button', { name: 'Opret henvisning' }).click();
  await expect(
    page.getByText('Skriv aldrig et CPR-nummer i Naboskab. Fjern tallet, og prøv igen.').first(),
  ).toBeVisible();

  await page.getByLabel('Fornavn eller initialer').fill(name);
  await page.getByRole('group', { name: 'Grunde' }).getByLabel('Ensomhed').check();
  await page.getByLabel('Hvad er vigtigt for mig (kort)').fill('At synge sammen med andre');
  const consent = page.getByRole('group', { name: /Samtykke/ });
  await consent.getByLabel('at fornavnet deles med værten').check();
  await consent.getByLabel('at svare på spørgsmål om trivsel og ensomhed').check();
  await page.getByLabel('Borgeren har brug for følgeskab første gang').check();
  await page.getByRole('button', { name: 'Opret henvisning' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Henvist', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Borgeren er kontaktet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Henvisningen er nu "Kontaktet".' })).toBeVisible();
  await page.getByRole('button', { name: 'Første samtale holdt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Første samtale' })).toBeVisible();

  // Baseline measures at the first conversation.
  const measures = page.getByRole('region', { name: 'Målinger' });
  for (const label of [
    'føler du, at du mangler nogen at være sammen med?',
    'føler du dig holdt udenfor?',
    'føler du dig isoleret fra andre?',
  ]) {
    await measures.getByLabel(label).selectOption('3');
  }
  await measures.getByLabel('Hvor ofte føler du dig ensom?').selectOption('4');
  await measures.getByRole('button', { name: 'Gem måling' }).click();
  await expect(measures.getByText(/Første samtale: T-ILS 9, WHO-5 0/)).toBeVisible();

  // Koblet: an activity and a named host, then the host's single-use link.
  const actions = page.getByRole('region', { name: 'Handlinger' });
  await actions.getByLabel('Aktivitet eller forening').selectOption({ index: 1 });
  await actions.getByLabel('Værtens navn').fill('Karen Vært');
  await actions.getByLabel('Værtens telefon').fill('+45 30 40 50 60');
  await actions.getByRole('button', { name: 'Kobl til aktivitet og vært' }).click();
  await expect(page.getByText(/Koblet til .+, vært: Karen Vært/)).toBeVisible();
  await page.getByRole('button', { name: 'Lav link til værten' }).click();
  const link = await page.getByRole('link', { name: /\/vaert\// }).getAttribute('href');
  expect(link).toBeTruthy();
  const hostUrl = new URL(link as string);

  // The host, with no account, sees only the first name and the activity, and confirms once.
  const hostContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const host = await hostContext.newPage();
  await host.setViewportSize({ width: 360, height: 740 });
  await host.goto(hostUrl.pathname);
  await expect(
    host.getByText(new RegExp(`${name} er henvist til .+\\. Er ${name} kommet første gang\\?`)),
  ).toBeVisible();
  await expect(host.getByText('+45 20 30 40 50')).toHaveCount(0);
  expect(await host.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await host.getByRole('button', { name: `Ja, ${name} er kommet` }).click();
  await expect(host.getByText('Tak! Fællesskabsguiden kan nu se dit svar.')).toBeVisible();
  await host.reload();
  await expect(host.getByRole('alert').filter({ hasText: /Linket er brugt/ })).toBeVisible();
  await hostContext.close();

  // Deltager → opfølgning with the 3-month measures → afsluttet.
  await page.reload();
  await expect(page.getByText('bekræftet af værten')).toBeVisible();
  await page.getByRole('button', { name: 'Start opfølgning' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opfølgning' })).toBeVisible();
  await measures.getByLabel('Måling', { exact: true }).selectOption('FOLLOW_UP');
  for (const label of [
    'føler du, at du mangler nogen at være sammen med?',
    'føler du dig holdt udenfor?',
    'føler du dig isoleret fra andre?',
  ]) {
    await measures.getByLabel(label).selectOption('1');
  }
  await measures.getByLabel('har jeg været glad og i godt humør').selectOption('4');
  await measures.getByRole('button', { name: 'Gem måling' }).click();
  await expect(measures.getByText(/Efter 3 måneder: T-ILS 3, WHO-5 16/)).toBeVisible();
  await actions.getByLabel('Grund').selectOption('TAKING_PART');
  await actions.getByRole('button', { name: 'Afslut' }).click();
  await expect(page.getByText('Afsluttet', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Målinger' }).getByRole('listitem')).toHaveCount(0);

  // The caseload on a 360 px phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/henvisninger');
  await page.getByLabel('Vis').selectOption('CLOSED');
  await expect(page.getByRole('link', { name })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The coordinator sees counts only: no names.
  const coordinator = await pageAs('coordinator');
  await coordinator.goto(`/partnerskaber/${SLUG}`);
  const section = coordinator.getByRole('region', { name: 'Fællesskabsguides og henvisninger' });
  await expect(section.getByRole('row', { name: /^Henvist \d+$/ })).toBeVisible();
  await expect(section.getByText(name)).toHaveCount(0);

  // Administrators see who read personal data (the guide, and the host through the link).
  const admin = await pageAs('admin');
  await admin.goto('/admin/laesninger');
  await expect(admin.getByRole('heading', { level: 1, name: 'Læsninger af henvisninger' })).toBeVisible();
  await expect(admin.getByRole('cell', { name: /Lene Brobygger .* · læst/ }).first()).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'Værten (via link) · værtens link' }).first()).toBeVisible();
  await expect(admin.getByText(name)).toHaveCount(0);

  // The ministry sees the aggregated, suppressed figures with the map's filters.
  const ministry = await pageAs('ministry');
  await ministry.goto('/ministeriet');
  const bridge = ministry.getByRole('region', { name: 'Fællesskabsguides og henvisninger' });
  await expect(
    bridge.getByRole('row', { name: /^Første deltagelse bekræftet \(nye deltagere\) \d+$/ }),
  ).toBeVisible();
  await expect(bridge.getByRole('heading', { name: 'Udækket behov' })).toBeVisible();
  await expect(bridge.getByRole('cell', { name: '<5' }).first()).toBeVisible();
  // A region with no funded partnership: nothing referred, and the unfiltered figures are not shown.
  await ministry.goto('/ministeriet?region=1081');
  await expect(bridge.getByRole('row', { name: /^Henvist 0$/ })).toBeVisible();
  await expect(ministry.getByRole('button', { name: `Åbn ${AARHUS}` })).toHaveCount(0);
});

test('the caseload and the host page speak English', async ({ pageAs }) => {
  const page = await pageAs('guide');
  await page.goto('/henvisninger');
  await page.context().addCookies([{ name: 'naboskab_locale', value: 'en', url: page.url() }]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My referrals' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New referral' })).toBeVisible();
  await page.goto('/vaert/not-a-real-token-but-long-enough-1234');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /The link has been used, replaced by a new one or has expired/ }),
  ).toBeVisible();
});

test('the ministry turns the unmet-need layer on from the keyboard and a coordinator narrows the figures, in English', async ({
  pageAs,
}) => {
  test.setTimeout(120_000);
  const ministry = await pageAs('ministry');
  await ministry.goto('/ministeriet');
  await ministry.context().addCookies([{ name: 'naboskab_locale', value: 'en', url: ministry.url() }]);
  await ministry.reload();
  const toggle = ministry.getByRole('checkbox', { name: 'Show unmet need on the map' });
  await toggle.focus();
  await ministry.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(ministry).toHaveURL(/behov=vis/);
  const canvas = ministry.locator('[data-unmet-need-areas]');
  await expect(canvas).toHaveAttribute('data-unmet-need-areas', /^[1-9]\d*$/);
  await expect(
    ministry.getByText(/^Ring: an area where referred citizens found no matching activity/),
  ).toBeVisible();
  await ministry.keyboard.press('Space');
  await expect(canvas).toHaveAttribute('data-unmet-need-areas', '');
  // The layer follows the map's filters: a region without funded partnerships has no unmet need.
  await ministry.goto('/ministeriet?region=1081&behov=vis');
  await expect(ministry.getByRole('checkbox', { name: 'Show unmet need on the map' })).toBeChecked();
  await expect(ministry.locator('[data-unmet-need-areas]')).toHaveAttribute('data-unmet-need-areas', '0');

  const coordinator = await pageAs('coordinator');
  await coordinator.goto(`/partnerskaber/${SLUG}`);
  await coordinator.context().addCookies([{ name: 'naboskab_locale', value: 'en', url: coordinator.url() }]);
  await coordinator.reload();
  // The figures arrive in the server's HTML: wait until the page is live before typing in the filters.
  await coordinator.waitForLoadState('networkidle');
  const section = coordinator.getByRole('region', { name: 'Community guides and referrals' });
  await expect(section.getByRole('row', { name: /^Referred \d+$/ })).toBeVisible();
  await section.getByLabel('Referred from').fill('2001-01-01');
  await section.getByLabel('Referred up to and including').fill('2001-12-31');
  await expect(section.getByRole('row', { name: /^Referred 0$/ })).toBeVisible();
  await section.getByLabel('Referred up to and including').fill('2000-06-01');
  await expect(section.getByText('The end date is before the start date.')).toBeVisible();
  await section.getByLabel('Referred from').fill('');
  await section.getByLabel('Referred up to and including').fill('');
  await section.getByLabel('Association or organisation').selectOption({ index: 1 });
  await expect(section.getByRole('row', { name: /^Referred (\d+|<5|hidden)$/ })).toBeVisible();
});

// The read log pages by 100: "Vis flere" must add the next page below the first, not leave the
// list as it was. The guide's reads write the entries (one per request that shows the citizen).
test('the read log shows its next page below the first', async ({ pageAs }) => {
  test.setTimeout(120_000);
  const guide = await pageAs('guide');
  const read = 'query { myReferrals(first: 1) { edges { node { citizen { __typename } } } } }';
  const first = await graphqlAs<{ myReferrals: { edges: unknown[] } }>(guide, read);
  expect(first.myReferrals.edges).toHaveLength(1);
  for (let i = 0; i < 120; i += 10) {
    await Promise.all(Array.from({ length: 10 }, () => graphqlAs(guide, read)));
  }

  const admin = await pageAs('admin');
  await admin.goto('/admin/laesninger');
  const rows = admin.getByRole('main').locator('tbody tr');
  await expect(rows).toHaveCount(100);
  const total = Number((await admin.getByRole('main').locator('caption').textContent())?.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(100);
  await admin.getByRole('button', { name: 'Vis flere' }).click();
  await expect(rows).toHaveCount(Math.min(total, 200));
});

// The caseload pages by 50, oldest first: "Vis flere" must add the next page below the first, with
// the filter still applied. The guide's own new referrals ("Henvist") make the second page; they
// stay open, since a referral is never deleted and erasing one would close it.
test('the caseload shows its next page below the first', async ({ pageAs }) => {
  test.setTimeout(120_000);
  const guide = await pageAs('guide');
  type Connection = {
    totalCount: number;
    pageInfo: { endCursor: string };
    edges: { node: { id: string } }[];
  };
  const requested = (after?: string) =>
    graphqlAs<{ myReferrals: Connection }>(
      guide,
      `query ($after: String) {
        myReferrals(states: [REQUESTED], first: 50, after: $after) {
          totalCount pageInfo { endCursor } edges { node { id } }
        }
      }`,
      { after },
    );
  const { myGuidePartnerships } = await graphqlAs<{ myGuidePartnerships: { id: string }[] }>(
    guide,
    'query { myGuidePartnerships { id } }',
  );
  const partnershipId = myGuidePartnerships[0]?.id;
  const missing = Math.max(0, 55 - (await requested()).myReferrals.totalCount);
  const record = async (i: number) => {
    const { recordReferral } = await graphqlAs<{ recordReferral: { __typename: string } }>(
      guide,
      `mutation ($input: RecordReferralInput!) { recordReferral(input: $input) { __typename } }`,
      {
        input: {
          partnershipId,
          source: 'SELF',
          firstName: `Side ${i + 1}`,
          phone: '+45 20 30 40 50',
          ageBand: 'AGE_30_49',
          reasons: ['LONELINESS'],
          arenas: ['LEISURE_AND_COMMUNITIES'],
          accompaniment: false,
          consentScopes: ['CONTACT'],
          consentGivenOn: new Date().toISOString().slice(0, 10),
        },
      },
    );
    expect(recordReferral.__typename).toBe('RecordReferralSuccess');
  };
  for (let i = 0; i < missing; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, missing - i) }, (_, j) => record(i + j)));
  }
  const first = (await requested()).myReferrals;
  const second = (await requested(first.pageInfo.endCursor)).myReferrals;
  const expected = [...first.edges, ...second.edges].map(
    ({ node }) => `/henvisninger/${encodeURIComponent(node.id)}`,
  );

  await guide.goto('/henvisninger');
  await guide.getByLabel('Vis').selectOption('REQUESTED');
  const links = guide.getByRole('main').getByRole('listitem').getByRole('link');
  await expectNextPageBelow(
    () => links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? '')),
    guide.getByRole('button', { name: 'Vis flere' }),
    expected,
    50,
  );
});
