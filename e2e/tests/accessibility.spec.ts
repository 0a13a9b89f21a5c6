import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { type Entry, openRoute, roles, routes } from '../routes.ts';

// Every page, as the role that sees it, has no serious or critical WCAG 2.1 A/AA violation that
// axe-core can find once the page has settled. (Automated checks find some problems, not all.)

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each serious or critical violation as "rule (impact) at target: help", for the failure message. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}`));
}

async function sweep(page: Page, route: string, entry: Entry) {
  await openRoute(page, route, entry);
  expect(await seriousViolations(page), `axe violations on ${route}`).toEqual([]);
}

// The sweep itself can fail: a nameless button put on a settled page is reported.
test('a button without a name is reported', async ({ page }) => {
  await openRoute(page, '/log-ind', routes['/log-ind'] as Entry);
  await page.locator('main').evaluate((main) => main.append(document.createElement('button')));
  expect(await seriousViolations(page)).toContainEqual(
    expect.stringMatching(/^button-name \(critical\) at #main > button: /),
  );
});

for (const role of roles) {
  test.describe(`as ${role ?? 'a visitor'}`, () => {
    // The guide is a coordinator account of its own, signed in through pageAs.
    test.use({ role: role === 'guide' ? null : role });

    for (const [route, entry] of Object.entries(routes).filter(([, e]) => e.role === role)) {
      test(`${route} has no serious accessibility violations`, async ({ page: own, pageAs }) => {
        await sweep(role === 'guide' ? await pageAs('guide') : own, route, entry);
      });
    }
  });
}

// The English catalogue on a few pages: its texts change names, lengths and the page's language.
test.describe('in English', () => {
  test.use({ role: 'coordinator' });

  const english = ['/', '/koordinator', '/partnerskaber/[slug]', '/ressourcer/[id]'];
  for (const [route, entry] of Object.entries(routes).filter(([r]) => english.includes(r))) {
    test(`${route} has no serious accessibility violations`, async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: 'naboskab_locale', value: 'en', url: baseURL }]);
      await sweep(page, route, entry);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  }
});

// A page with several wide tables (each in its scrolling box) lists no landmark twice.
test('the admin page’s wide tables are no landmarks of one name', async ({ pageAs }) => {
  const page = await pageAs('admin');
  await openRoute(page, '/admin', routes['/admin'] as Entry);
  expect(await page.locator('.table-scroll').count()).toBeGreaterThan(1);
  const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
  expect(violations.flatMap((v) => v.nodes.map((node) => node.target.join(' ')))).toEqual([]);
});
