// Simplifies the full-detail DAGI boundaries in ../seed/data for the browser and writes them to
// public/basemap/ (committed, so the app needs nothing outside web/ at run time).
// Run: npm run build:basemap -w @naboskab/web
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Ring = [number, number][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: Geometry };

const seedData = new URL('../../seed/data/', import.meta.url);
const outDir = new URL('../public/basemap/', import.meta.url);

function sqSegDist(p: [number, number], a: [number, number], b: [number, number]): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

// Douglas-Peucker, iterative so long coastlines don't blow the stack.
function simplifyLine(points: Ring, tolerance: number): Ring {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const sqTol = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop() as [number, number];
    let maxDist = 0;
    let index = 0;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegDist(
        points[i] as [number, number],
        points[first] as [number, number],
        points[last] as [number, number],
      );
      if (d > maxDist) [maxDist, index] = [d, i];
    }
    if (maxDist > sqTol) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (n: number) => Math.round(n * 1e4) / 1e4; // ~10 m, plenty at country zoom

// A closed ring that shrinks below 4 points is a speck (an islet): drop it.
function simplifyRing(ring: Ring, tolerance: number): Ring | null {
  const out = simplifyLine(ring, tolerance).map(([x, y]) => [round(x), round(y)] as [number, number]);
  return out.length >= 4 ? out : null;
}

function simplifyPolygon(rings: Ring[], tolerance: number): Ring[] | null {
  const [outer, ...holes] = rings;
  const o = outer && simplifyRing(outer, tolerance);
  if (!o) return null;
  return [o, ...holes.map((h) => simplifyRing(h, tolerance)).filter((h): h is Ring => h !== null)];
}

function simplifyFeature(f: Feature, tolerance: number, keys: string[]): Feature | null {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const simplified = polygons
    .map((p) => simplifyPolygon(p, tolerance))
    .filter((p): p is Ring[] => p !== null);
  if (simplified.length === 0) return null;
  const properties = Object.fromEntries(keys.map((k) => [k, f.properties[k]]));
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: simplified } };
}

function build(input: string, output: string, tolerance: number, keys: string[]): void {
  const source = JSON.parse(readFileSync(new URL(input, seedData), 'utf8')) as { features: Feature[] };
  const features = source.features.map((f) => simplifyFeature(f, tolerance, keys)).filter((f) => f !== null);
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(new URL(output, outDir), text);
  console.log(`${output}: ${features.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
}

// One label point per municipality (its name is also its main town's in most cases) or region:
// the area-weighted centroid of its largest polygon, so islands don't pull the label into the sea.
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let [area, x, y] = [0, 0, 0];
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length] as [number, number];
    const cross = p[0] * q[1] - q[0] * p[1];
    area += cross;
    x += (p[0] + q[0]) * cross;
    y += (p[1] + q[1]) * cross;
  });
  return { area: Math.abs(area / 2), x: x / (3 * area), y: y / (3 * area) };
}

function buildLabels(input: string, output: string): void {
  const source = JSON.parse(readFileSync(new URL(input, seedData), 'utf8')) as {
    features: Feature[];
  };
  const features = source.features.map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const largest = polygons
      .map((p) => ringCentroid(p[0] as Ring))
      .reduce((a, b) => (b.area > a.area ? b : a));
    return {
      type: 'Feature',
      properties: { name: f.properties.name },
      geometry: { type: 'Point', coordinates: [round(largest.x), round(largest.y)] },
    };
  });
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(new URL(output, outDir), text);
  console.log(`${output}: ${features.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
}

// Sutherland-Hodgman against a lon/lat box: neighbours are cut to the view around Denmark so
// Norway's whole coastline doesn't ship. Edges along the box are invisible (sea-free land fill).
type Box = { w: number; s: number; e: number; n: number };
function clipRing(ring: Ring, box: Box): Ring {
  const edges: [
    (p: [number, number]) => boolean,
    (a: [number, number], b: [number, number]) => [number, number],
  ][] = [
    [(p) => p[0] >= box.w, (a, b) => [box.w, a[1] + ((b[1] - a[1]) * (box.w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= box.e, (a, b) => [box.e, a[1] + ((b[1] - a[1]) * (box.e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= box.s, (a, b) => [a[0] + ((b[0] - a[0]) * (box.s - a[1])) / (b[1] - a[1]), box.s]],
    [(p) => p[1] <= box.n, (a, b) => [a[0] + ((b[0] - a[0]) * (box.n - a[1])) / (b[1] - a[1]), box.n]],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    input.forEach((cur, i) => {
      const prev = input[(i + input.length - 1) % input.length] as [number, number];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    });
  }
  if (out.length > 0) out.push(out[0] as [number, number]); // keep the ring closed
  return out;
}

// Neighbouring land (Natural Earth 1:10m via world-atlas) so Denmark doesn't float in the sea.
function buildNeighbours(): void {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection }>;
  const neighbours = new Set(['752', '276', '578', '616']); // Sweden, Germany, Norway, Poland
  const box: Box = { w: 2, s: 52, e: 19, n: 60 };
  const countries = feature(topology, topology.objects.countries).features.filter((f) =>
    neighbours.has(String(f.id)),
  );
  const features = countries
    .map((f) => {
      const g = f.geometry as Geometry;
      const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
        .map((rings) => rings.map((r) => clipRing(r, box)).filter((r) => r.length >= 4))
        .filter((rings) => rings.length > 0);
      const name = (f.properties as { name?: string } | null)?.name;
      const clipped: Feature = {
        type: 'Feature',
        properties: { name },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      };
      return simplifyFeature(clipped, 0.01, ['name']);
    })
    .filter((f) => f !== null);
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(new URL('neighbours.geojson', outDir), text);
  console.log(`neighbours.geojson: ${features.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
}

// Tolerances in degrees (~0.001° ≈ 60-110 m in Denmark): regions carry the coastline, so they get
// more detail than the inner municipality borders.
build('dk-regions.geojson', 'regions.geojson', 0.0015, ['code', 'name']);
build('dk-municipalities.geojson', 'municipalities.geojson', 0.0025, ['code', 'name', 'regionCode']);
buildNeighbours();
buildLabels('dk-municipalities.geojson', 'municipality-labels.geojson');
buildLabels('dk-regions.geojson', 'region-labels.geojson');
writeFileSync(
  new URL('ATTRIBUTION.md', outDir),
  'Boundaries: Geodatastyrelsen (today Klimadatastyrelsen), DAGI, 1:500,000, via Neogeografen/dagi.\n' +
    'Free to use with the credit "Geodatastyrelsen, DAGI". Simplified by web/scripts/build-basemap.ts.\n' +
    'Neighbouring countries (neighbours.geojson): Natural Earth 1:10m (public domain) via the npm package\n' +
    'world-atlas (ISC).\n' +
    'Labels: DejaVu Sans (Debian fonts-dejavu, free licence), glyphs built by web/scripts/build-glyphs.ts.\n',
);
