import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';

// What a person sees on the maps, read through the DOM and the map's published state (the
// container's data-* attributes come from the renderer: placed labels, layer paint), not pixels.

const overlaps = async (a: Locator, b: Locator) => {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) throw new Error('element not laid out');
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
};

const placeNames = (page: Page) => page.locator('[data-place-names]').first();

test.describe('the home map', () => {
  test('reads every area in one request (issue 15)', async ({ page }) => {
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST')
        reads.push(request.postData() ?? '');
    });
    await page.goto('/');
    const map = page.locator('[data-drawn-areas]');
    await expect(map).toHaveAttribute('data-drawn-areas', /^[1-9]\d*$/);
    await page.waitForLoadState('networkidle');
    expect(reads.filter((body) => /\bareaMap\b/.test(body))).toHaveLength(1);
    expect(reads.filter((body) => /\bareas\s*[({]/.test(body))).toHaveLength(0);
  });

  test('names places from country to street zoom, with big enough points and popups that link on', async ({
    page,
  }) => {
    await page.goto('/');
    const map = page.locator('[data-drawn-areas]');
    await expect(map).toHaveAttribute('data-drawn-areas', /^[1-9]\d*$/);
    expect(Number(await map.getAttribute('data-point-diameter'))).toBeGreaterThanOrEqual(24);
    await expect(page.getByRole('button', { name: 'Zoom ind' })).toBeVisible();
    // The country view names the regions (the offline basemap's own glyphs).
    await expect(placeNames(page)).toHaveAttribute('data-place-names', /Region Midtjylland/);

    // Zoomed in on one housing area: its name is drawn by the map, and its popup links on.
    await page.getByRole('button', { name: 'Vis Bispehaven på kortet' }).click();
    const popup = page.locator('.maplibregl-popup, .mapboxgl-popup');
    await expect(popup.getByRole('heading', { name: 'Bispehaven' })).toBeVisible();
    const link = popup.getByRole('link', { name: 'Frivillige aktiviteter i området' });
    await expect(link).toHaveAttribute('href', /^\/frivillig\?areaId=/);
    await expect(popup.getByRole('button', { name: 'Luk' })).toBeVisible();
    await expect(placeNames(page)).toHaveAttribute('data-place-names', /(^|\|)Bispehaven(\||$)/);

    // Zoomed out to the town: the municipality (town) name from the bundled basemap data.
    await popup.getByRole('button', { name: 'Luk' }).click();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom ud' }).click();
    await expect(placeNames(page)).toHaveAttribute('data-place-names', /(^|\|)Aarhus(\||$)/);
  });

  test('the volunteer map has markers at least 24 × 24 px', async ({ page }) => {
    await page.goto('/frivillig');
    const marker = page.locator('.activity-marker').first();
    await expect(marker).toBeVisible();
    const box = await marker.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map says it needs JavaScript instead of loading forever', async ({ page, baseURL }) => {
    // The note is inside <noscript>, which Playwright's text and role locators skip: found by class.
    const note = page.locator('.map-frame .map-frame__no-script');
    await page.goto('/');
    await expect(note).toBeVisible();
    await expect(note).toHaveText('Kortet kræver JavaScript, som er slået fra i din browser.');
    await expect(page.locator('.map-frame').getByText('Indlæser kort …')).toBeHidden();

    await page.context().addCookies([{ name: 'naboskab_locale', value: 'en', url: baseURL }]);
    await page.goto('/');
    await expect(note).toHaveText('The map needs JavaScript, which is turned off in your browser.');
  });
});

test.describe('the ministry map', () => {
  test.use({ role: 'ministry' });

  test('clusters show their count, points are big enough, the popup links and the panel covers nothing', async ({
    page,
  }) => {
    await page.goto('/ministeriet');
    const map = page.locator('[data-drawn-partnerships]');
    await expect(map).toHaveAttribute('data-drawn-partnerships', /^[1-9]\d*$/);
    const drawn = Number(await map.getAttribute('data-drawn-partnerships'));
    expect(Number(await map.getAttribute('data-point-diameter'))).toBeGreaterThanOrEqual(24);

    // Bubbles carry their count as text, white (unlike "Afsluttet" grey), at least 24 px across.
    const clusters = page.locator('.cluster-marker');
    await expect(clusters.first()).toBeVisible();
    const counts = (await clusters.allInnerTexts()).map(Number);
    expect(counts.every((n) => Number.isInteger(n) && n >= 2)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(drawn);
    const first = clusters.first();
    await expect(first).toHaveAttribute('aria-label', `${counts[0]} partnerskaber – zoom ind`);
    await expect(first).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    const box = await first.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(24);
    // A bubble opens by keyboard too: the map zooms in and splits it.
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await clusters.allInnerTexts()).join()).not.toBe(counts.join());

    // Chosen from the list: a popup on the map links to the partnership, the panel opens.
    const item = page.getByRole('list', { name: 'Partnerskaber på kortet' }).getByRole('button').first();
    const name = (await item.innerText()).trim();
    await item.click();
    const popupLink = page.locator('.maplibregl-popup, .mapboxgl-popup').getByRole('link', { name });
    await expect(popupLink).toHaveAttribute('href', /^\/partnerskaber\/[a-z0-9-]+$/);
    const panel = page.locator('.ministry-panel');
    await expect(panel.getByRole('heading', { level: 2, name })).toBeVisible();
    const exportsNav = page.getByRole('navigation', { name: 'Eksportér de filtrerede data' });
    expect(await overlaps(panel, exportsNav)).toBe(false);

    await page.getByRole('radio', { name: 'Tabel' }).check();
    const table = page.locator('.ministry-table');
    await expect(table).toBeVisible();
    expect(await overlaps(panel, table)).toBe(false);
  });

  test('on a phone the panel covers neither the export links nor the table', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ministeriet?visning=tabel');
    const table = page.locator('.ministry-table');
    await expect(table).toBeVisible();
    await table.locator('.ministry-link').first().click();
    const panel = page.locator('.ministry-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    expect(
      await overlaps(panel, page.getByRole('navigation', { name: 'Eksportér de filtrerede data' })),
    ).toBe(false);
    expect(await overlaps(panel, table)).toBe(false);
  });
});
