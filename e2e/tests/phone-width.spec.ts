import { expect, test } from '../fixtures.ts';
import {
  brokenHeadingWords,
  brokenTableWords,
  unstyledClasses,
  unstyledFieldControls,
} from '../page-look.ts';
import { appRoutes, openRoute, roles, routes } from '../routes.ts';

// Every page fits a 360 px wide phone with no sideways scrolling of the page itself (tables
// scroll inside their own region or stack, with whole words; headings break long words only at a
// hyphen), and looks like the rest of the app
// there (the styles of every shared piece it shows are loaded, form fields in the app's style).
// The routes are read from web/app/**/page.tsx, so a new page without an entry in ../routes.ts
// fails this test until someone says who sees it and where.

test('every route of the app has an entry in routes.ts', () => {
  expect(appRoutes().filter((route) => !(route in routes))).toEqual([]);
});

for (const role of roles) {
  test.describe(`at 360 × 800 as ${role ?? 'a visitor'}`, () => {
    // The guide is a coordinator account of its own, signed in through pageAs.
    test.use({ role: role === 'guide' ? null : role, viewport: { width: 360, height: 800 } });

    for (const [route, entry] of Object.entries(routes).filter(([, e]) => e.role === role)) {
      test(`${route} fits without sideways scroll and looks whole`, async ({ page: own, pageAs }) => {
        const page = role === 'guide' ? await pageAs('guide') : own;
        await page.setViewportSize({ width: 360, height: 800 });
        await openRoute(page, route, entry);
        const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
          const root = document.documentElement;
          // Names the element that sticks out furthest, so a failure says where to look.
          let widest = '';
          let right = root.clientWidth;
          for (const element of Array.from(document.body.querySelectorAll('*'))) {
            const box = element.getBoundingClientRect();
            if (box.right > right + 0.5) {
              right = box.right;
              widest = `${element.tagName.toLowerCase()}.${element.className} (${Math.round(box.right)} px)`;
            }
          }
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
        });
        expect(scrollWidth, `wider than the screen: ${widest}`).toBeLessThanOrEqual(clientWidth);
        expect.soft(await brokenTableWords(page), 'words broken inside table cells').toEqual([]);
        expect.soft(await brokenHeadingWords(page), 'words broken inside headings').toEqual([]);
        // The soft hyphens that break them stay out of <title> (web/lib/i18n/server.ts pageTitle).
        expect.soft(await page.title(), 'soft hyphens in the title').not.toContain('\u00ad');
        expect.soft(await unstyledClasses(page), 'classes whose style sheet is not loaded').toEqual([]);
        expect.soft(await unstyledFieldControls(page), "fields without the app's style").toEqual([]);
      });
    }
  });
}
