import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures.ts';

test.use({ role: 'ministry' });

const AARHUS = 'Fællesskaber i Gellerup, Toveshøj og Bispehaven';

// The ministry official's journey: map of Denmark, filters in the URL, totals that follow them,
// a partnership's side panel, the table view and the CSV export of the filtered data.
test('the ministry filters the map of funded partnerships, opens one, reads the table and downloads the CSV', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Ministeriets kort' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Finansierede partnerskaber i Danmark' }),
  ).toBeVisible();
  await expect(page.locator('canvas[aria-label]')).toBeVisible();
  const drawn = page.locator('[data-drawn-partnerships]');
  await expect(drawn).toHaveAttribute('data-drawn-partnerships', /^(1[89]|[2-9]\d|\d{3,})$/);
  // The map must actually have room to draw in (a collapsed container leaves a blank frame).
  expect((await drawn.boundingBox())?.height ?? 0).toBeGreaterThan(300);
  const partnerships = page.locator('[data-figure="partnerships"] .ministry-totals__value');
  const granted = page.locator('[data-figure="granted"] .ministry-totals__value');
  const allCount = Number(await partnerships.innerText());
  const allGranted = await granted.innerText();
  expect(allCount).toBeGreaterThanOrEqual(18);

  // Region: the URL carries the filter, and the map and the totals follow it.
  await page
    .getByRole('combobox', { name: 'Region', exact: true })
    .selectOption({ label: 'Region Midtjylland' });
  await expect(page).toHaveURL(/[?&]region=1082/);
  await expect(granted).not.toHaveText(allGranted);
  const regionCount = Number(await partnerships.innerText());
  expect(regionCount).toBeLessThan(allCount);
  await expect(drawn).toHaveAttribute('data-drawn-partnerships', String(regionCount));

  // Arena on top of the region.
  const regionGranted = await granted.innerText();
  await page.getByRole('combobox', { name: 'Livsarena' }).selectOption({ label: 'Fritid og fællesskaber' });
  await expect(page).toHaveURL(/[?&]arena=LEISURE_AND_COMMUNITIES/);
  await expect(granted).not.toHaveText(regionGranted);
  const bothCount = Number(await partnerships.innerText());
  expect(bothCount).toBeLessThan(regionCount);
  await expect(
    page.getByRole('status').filter({
      // Danish plural: '1 partnerskab', '2 partnerskaber'.
      hasText: `${bothCount} ${bothCount === 1 ? 'partnerskab' : 'partnerskaber'} matcher filtrene.`,
    }),
  ).toBeVisible();

  // The filtered view is shareable: reloading the URL gives the same totals.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Livsarena' })).toHaveValue('LEISURE_AND_COMMUNITIES');
  await expect(partnerships).toHaveText(String(bothCount));

  // Colour by arena: the legend switches.
  await page.getByRole('radio', { name: 'Livsarena' }).check();
  await expect(drawn).toHaveAttribute('data-colour-by', 'arena');
  await expect(page.getByRole('listitem').filter({ hasText: 'Sundhed og pleje' })).toBeVisible();

  // The side panel of one partnership (from the keyboard-reachable list beside the map).
  await page.getByRole('button', { name: `Åbn ${AARHUS}` }).click();
  const panel = page.getByRole('complementary', { name: AARHUS });
  await expect(panel.getByRole('heading', { level: 2, name: AARHUS })).toBeFocused();
  await expect(panel.getByRole('heading', { name: /Medlemmer efter type/ })).toBeVisible();
  await expect(panel.getByText(/^Frivillige foreninger: \d+$/)).toBeVisible();
  await expect(
    panel.getByText(
      /Flere ind i fællesskaber gennem lokale partnerskaber, Ansøgningsrunde 2022: 4\.850\.000/,
    ),
  ).toBeVisible();
  await expect(panel.getByRole('heading', { name: /Resultater \(\d+ indberetninger\)/ })).toBeVisible();
  // The UCLA-3 "often" shares, from suppressed sums large enough to show.
  await expect(panel.getByText(/^\d+\s%\s→\s\d+\s%$/)).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Gå til partnerskabets side' })).toHaveAttribute(
    'href',
    '/partnerskaber/faellesskaber-gellerup-toveshoej-bispehaven',
  );
  await panel.getByRole('button', { name: 'Luk' }).click();
  await expect(panel).toBeHidden();

  // The table view: same rows, sortable.
  await page.getByRole('radio', { name: 'Tabel' }).check();
  await expect(page).toHaveURL(/visning=tabel/);
  const table = page.getByRole('table', { name: /Finansierede partnerskaber/ });
  await expect(table.getByRole('rowheader', { name: AARHUS })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(bothCount + 1);
  await table.getByRole('button', { name: 'Bevilget' }).click();
  await expect(table.getByRole('columnheader', { name: 'Bevilget' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // The CSV of exactly the filtered rows, ready for Danish Excel.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV (Excel)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^naboskab-partnerships-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^Partnerskab;Status;/);
  expect(lines).toHaveLength(bothCount + 1);
  expect(lines.some((line) => line.startsWith(`"${AARHUS}"`) || line.startsWith(AARHUS))).toBe(true);
});
