// Map timings (issue 15): how long until /ministeriet and / have drawn the map with their data,
// against a bare maplibre page that draws the same GeoJSON over the same basemap, in headless
// Chromium, interleaved round by round. Prints each side's median and the ratio (goal ≤ 1.3).
// Needs the app running (`npm start`, or any build with data):
//   WEB_URL=http://127.0.0.1:3000 npm run bench:map -w @naboskab/web [-- --rounds 7]
// "Drawn" is the first `idle` of the map after its data was handed over (the data-drawn-at and
// data-idle-at stamps the map components publish); the bare page measures the same moment.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const web = process.env.WEB_URL ?? 'http://127.0.0.1:3000';
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;
const ministry = { email: 'ministerium@naboskab.dk', password: 'Naboskab-demo-2026' };
const dist = path.dirname(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs'));

type Collection = { type: 'FeatureCollection'; features: unknown[] };
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties,
  geometry,
});

// The bare page: maplibre from node_modules, the app's own basemap style, one GeoJSON file with
// polygons and points, nothing else. It draws them with the same layers as the app's map (same
// zoom ranges, clustered only where the app clusters) in the view the app ends in, so that the
// baseline does neither more nor less drawing than the app.
type Layers = 'ministry' | 'home';
const bareLayers: Record<Layers, string> = {
  ministry: `
  map.addSource('points', { type: 'geojson', data: points, cluster: true, clusterRadius: 40, clusterMaxZoom: 8 });
  map.addLayer({ id: 'fill', type: 'fill', source: 'polygons', minzoom: 8, paint: { 'fill-color': '#15803d', 'fill-opacity': 0.45 } });
  map.addLayer({ id: 'outline', type: 'line', source: 'polygons', minzoom: 8, paint: { 'line-color': '#15803d', 'line-width': 2 } });
  map.addLayer({ id: 'points', type: 'circle', source: 'points', maxzoom: 10, paint: { 'circle-radius': 10, 'circle-color': '#15803d' } });`,
  home: `
  map.addSource('points', { type: 'geojson', data: points });
  map.addLayer({ id: 'fill', type: 'fill', source: 'polygons', paint: { 'fill-color': '#c2410c', 'fill-opacity': 0.35 } });
  map.addLayer({ id: 'outline', type: 'line', source: 'polygons', paint: { 'line-color': '#9a3412', 'line-width': 2 } });
  map.addLayer({ id: 'points', type: 'circle', source: 'points', maxzoom: 11, paint: { 'circle-radius': 10, 'circle-color': '#c2410c' } });`,
};
const barePage = (
  dataUrl: string,
  layers: Layers,
  view: { bounds: unknown; padding: number },
) => `<!doctype html><html><head>
<link rel="stylesheet" href="/lib/maplibre-gl.css"><style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from '/lib/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/lib/maplibre-gl-worker.mjs');
const data = fetch('${dataUrl}').then((r) => r.json());
const style = await (await fetch('/style.json')).json();
const map = new maplibregl.Map({ container: 'map', style, bounds: ${JSON.stringify(view.bounds)}, fitBoundsOptions: { padding: ${view.padding} } });
map.on('load', async () => {
  const { polygons, points } = await data;
  map.addSource('polygons', { type: 'geojson', data: polygons });${bareLayers[layers]}
  map.once('idle', () => { document.body.dataset.drawn = String(Math.round(performance.now())); });
});
</script></body></html>`;

/** The bounds of every coordinate in the polygons (where the home map fits its view). */
function boundsOf(polygons: Collection): [[number, number], [number, number]] {
  let [w, s, e, n] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of polygons.features)
    visit((f as { geometry: { coordinates: unknown } }).geometry.coordinates);
  return [
    [w, s],
    [e, n],
  ];
}

async function graphql(context: BrowserContext, query: string) {
  const response = await context.request.post(`${web}/graphql`, {
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
    data: { query },
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function ministryData(context: BrowserContext) {
  const data = (await graphql(
    context,
    '{ ministryMap(detail: LOW) { partnerships { centre { lat lon } areas { geometry } } } }',
  )) as {
    ministryMap: { partnerships: { centre: { lat: number; lon: number }; areas: { geometry: unknown }[] }[] };
  };
  const list = data.ministryMap.partnerships;
  return {
    count: list.length,
    polygons: {
      type: 'FeatureCollection',
      features: list.flatMap((p) => p.areas.map((a) => feature(a.geometry))),
    },
    points: {
      type: 'FeatureCollection',
      features: list.map((p) => feature({ type: 'Point', coordinates: [p.centre.lon, p.centre.lat] })),
    },
  };
}

async function homeData(context: BrowserContext) {
  const data = (await graphql(context, '{ areaMap { centre { lat lon } outline(detail: LOW) } }')) as {
    areaMap: { centre: { lat: number; lon: number }; outline: unknown }[];
  };
  return {
    count: data.areaMap.length,
    polygons: { type: 'FeatureCollection', features: data.areaMap.map((a) => feature(a.outline)) },
    points: {
      type: 'FeatureCollection',
      features: data.areaMap.map((a) =>
        feature({ type: 'Point', coordinates: [a.centre.lon, a.centre.lat] }),
      ),
    },
  };
}

/** ms from navigation start until the app's map drew `count` items and then went idle. */
async function appTime(page: Page, url: string, attribute: string, count: number): Promise<number> {
  await page.goto('about:blank'); // the previous page's teardown is not this page's time
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    ([attr, n]) => {
      const el = document.querySelector<HTMLElement>(`[${attr}="${n}"]`);
      const drawn = Number(el?.dataset.drawnAt);
      const idle = Number(el?.dataset.idleAt);
      return el && idle >= drawn ? idle : null;
    },
    [attribute, count] as const,
    { timeout: 120_000, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

async function bareTime(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(() => document.body?.dataset.drawn ?? null, null, {
    timeout: 120_000,
    polling: 50,
  });
  return Number(await handle.jsonValue());
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
const served: Record<string, { type: string; body: string | Buffer }> = {};
const server = createServer(async (req, res) => {
  const url = req.url ?? '/';
  if (url.startsWith('/basemap/')) {
    // The app's basemap files through this origin (the app's static files carry no CORS headers).
    const upstream = await fetch(`${web}${url}`);
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? '' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
    return;
  }
  const file = url.startsWith('/lib/') ? path.join(dist, path.basename(url)) : null;
  const hit = served[url];
  if (hit) res.writeHead(200, { 'content-type': hit.type }).end(hit.body);
  else if (file) {
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' }).end(readFileSync(file));
  } else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const bare = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(`${web}/log-ind`);
  await page.getByLabel('E-mail').fill(ministry.email);
  await page.getByLabel('Adgangskode').fill(ministry.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(/\/min-side$/);

  const { basemapStyle } = await import('../map/basemap-style.ts');
  served['/style.json'] = { type: 'application/json', body: JSON.stringify(basemapStyle(bare)) };
  const denmark = [
    [8, 54.55],
    [15.2, 57.76],
  ];
  const home = await homeData(context);
  // The views the app's maps end in: Denmark (create-map.ts), and the home map fitted to its areas.
  const paths = [
    {
      name: '/ministeriet',
      url: `${web}/ministeriet`,
      attribute: 'data-drawn-partnerships',
      data: await ministryData(context),
      layers: 'ministry' as const,
      view: { bounds: denmark, padding: 16 },
    },
    {
      name: '/',
      url: `${web}/`,
      attribute: 'data-drawn-areas',
      data: home,
      layers: 'home' as const,
      view: { bounds: boundsOf(home.polygons as Collection), padding: 48 },
    },
  ];
  console.log(`Map drawn with its data, median of ${rounds} interleaved rounds after one warm-up (ms)`);
  console.log('| Page | Items | App p50 | Bare maplibre p50 | Ratio (goal ≤ 1.3) |\n|---|---|---|---|---|');
  for (const p of paths) {
    const dataPath = `/data${p.name === '/' ? '/home' : p.name}.json`;
    const { polygons, points } = p.data as { polygons: Collection; points: Collection };
    served[dataPath] = { type: 'application/json', body: JSON.stringify({ polygons, points }) };
    served[`/bare${dataPath}`] = { type: 'text/html', body: barePage(dataPath, p.layers, p.view) };
    const app: number[] = [];
    const base: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      const a = await appTime(page, p.url, p.attribute, p.data.count);
      const b = await bareTime(page, `${bare}/bare${dataPath}`);
      if (round === 0) continue; // round 0 warms the caches of both
      app.push(a);
      base.push(b);
    }
    const [ma, mb] = [median(app), median(base)];
    console.log(`| ${p.name} | ${p.data.count} | ${ma} | ${mb} | ${(ma / mb).toFixed(2)} |`);
  }
} finally {
  await browser.close();
  server.close();
}
