import { type APIRequestContext, test as base, expect, type Locator, type Page } from '@playwright/test';
import { type AccountName, account, type RoleName } from './accounts.ts';

type StorageState = Awaited<ReturnType<APIRequestContext['storageState']>>;

/**
 * `test.use({ role: 'coordinator' })` runs a file's tests signed in as that seeded role, and
 * `pageAs('admin')` opens another person's page beside it. Every one gets a session of its own
 * (signed in through the API), so no test can end a session another test relies on.
 */
export const test = base.extend<{ role: RoleName | null; pageAs: (role: AccountName) => Promise<Page> }>({
  role: [null, { option: true }],
  storageState: async ({ role, playwright, baseURL }, use) => {
    await use(role ? await signedIn(playwright, baseURL, role) : { cookies: [], origins: [] });
  },
  pageAs: async ({ browser, playwright, baseURL }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (role) => {
      const storageState = await signedIn(playwright, baseURL, role);
      const context = await browser.newContext({ storageState });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

async function signedIn(
  playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } },
  baseURL: string | undefined,
  role: AccountName,
): Promise<StorageState> {
  // An explicitly empty state: otherwise the file's own session would ride along, and signing in
  // with it would end that session.
  const request = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const { email, password } = account(role);
  const response = await request.post('/graphql', {
    headers: { 'x-graphql-yoga-csrf': '1' },
    data: {
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email, password } },
    },
  });
  const body = await response.json();
  if (body?.data?.signIn?.__typename !== 'SignInSuccess') {
    throw new Error(`Could not sign in as ${role}: ${JSON.stringify(body)}`);
  }
  const state = await request.storageState();
  await request.dispose();
  return state;
}

/** The web view of the local mail catcher that start.mjs --e2e runs (port set in playwright.config.ts). */
export function mailCatcherUrl(path = '/'): string {
  return new URL(path, `http://127.0.0.1:${process.env.E2E_MAIL_PORT}`).toString();
}

/**
 * Opens, in the local mail catcher, the newest e-mail to `address` with this subject (waiting
 * for it to arrive) and returns its HTML body's frame: click its links with
 * `Promise.all([page.waitForEvent('popup'), frame.getByRole('link', …).click()])`.
 */
export async function openMailTo(page: Page, address: string, subject: string | RegExp) {
  await page.goto(mailCatcherUrl());
  const message = page.getByRole('listitem').filter({ hasText: address });
  await expect(async () => {
    await page.reload();
    await expect(message.getByRole('link', { name: subject }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await message.getByRole('link', { name: subject }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  return page.frameLocator('iframe[src$="/html"]');
}

/**
 * A newly registered volunteer confirms their address: the confirmation e-mail is opened in the
 * catcher and its link followed in the same page (e-mail links open new tabs), which signs them in.
 */
export async function confirmEmailInCatcher(page: Page, address: string) {
  const frame = await openMailTo(page, address, 'Bekræft din e-mail til Naboskab');
  const link = await frame.getByRole('link', { name: 'Bekræft og log ind' }).getAttribute('href');
  await page.goto(link ?? '');
  await page.getByRole('button', { name: 'Bekræft min e-mailadresse' }).click();
  await expect(page.getByText('Din e-mailadresse er bekræftet', { exact: false })).toBeVisible();
}

/**
 * Asks the API as the person signed in on `page` (its cookies), as the page's own requests do. A
 * GraphQL error fails the test; typed error results are the caller's to check.
 */
export async function graphqlAs<T>(page: Page, query: string, variables?: Record<string, unknown>) {
  const response = await page.request.post('/graphql', {
    headers: { 'x-graphql-yoga-csrf': '1' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/**
 * A "Vis flere" list shows the first `pageSize` of `expected` (the rows' keys, in order, as
 * `rows` reads them), and the button adds the next page below them: the first page's rows stay
 * first and in order, and the first new row takes focus. The button stays only while more remain.
 */
export async function expectNextPageBelow(
  rows: () => Promise<string[]>,
  more: Locator,
  expected: string[],
  pageSize: number,
) {
  expect(expected.length, 'a second page to show').toBeGreaterThan(pageSize);
  await expect.poll(rows).toEqual(expected.slice(0, pageSize));
  // From the keyboard: the first new row takes focus, where the person goes on reading.
  await more.focus();
  await more.press('Enter');
  await expect.poll(rows).toEqual(expected.slice(0, 2 * pageSize));
  await expect(more).toHaveCount(expected.length > 2 * pageSize ? 1 : 0);
  await expect
    // The row holds its key (a case number in its text, a referral's address in its link).
    .poll(() => more.page().evaluate(() => document.activeElement?.outerHTML ?? ''))
    .toContain(expected[pageSize]);
}

export { expect };
