import { expect, test } from '../fixtures.ts';
import { routePath, routes } from '../routes.ts';

// A signed-in role a page is not for is told so (403, "Du har ikke adgang"), never sent elsewhere
// without a word nor shown an empty page. Who is refused where is in ../routes.ts.

for (const [route, entry] of Object.entries(routes)) {
  for (const role of entry.refused ?? []) {
    test(`${route} refuses ${role} and says so`, async ({ page, pageAs }) => {
      // The seeded row as the page's own role finds it: the refused role cannot look it up.
      const path = await routePath((entry.role ? await pageAs(entry.role) : page).request, route, entry);
      const refused = await pageAs(role);
      const response = await refused.goto(path);
      expect(response?.status()).toBe(403);
      await expect(refused).toHaveURL(path);
      const alert = refused.getByRole('main').getByRole('alert');
      await expect(alert.getByRole('heading', { level: 1, name: 'Du har ikke adgang' })).toBeVisible();
    });
  }
}
