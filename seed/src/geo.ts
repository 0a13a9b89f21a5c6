import { readFileSync } from 'node:fs';
import type { Rng } from './random.ts';

// Minimal GeoJSON (RFC 7946): positions are [longitude, latitude].
export type Position = [number, number];
export type Ring = Position[];
export interface Polygon {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
export type AreaGeometry = Polygon | MultiPolygon;

interface Feature<P> {
  type: 'Feature';
  properties: P;
  geometry: AreaGeometry;
}
interface MunicipalityProps {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}
interface RegionProps {
  code: string;
  name: string;
}
export interface GeoMunicipality extends MunicipalityProps {
  geometry: AreaGeometry;
  bbox: [number, number, number, number];
}
export interface GeoRegion extends RegionProps {
  geometry: AreaGeometry;
}

/** Christiansø is administered by the state: it is not one of the 98 municipalities. */
const NOT_A_MUNICIPALITY = new Set(['0411']);

function readCollection<P>(file: string): Feature<P>[] {
  const url = new URL(`../data/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { features: Feature<P>[] }).features;
}

function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function bboxOf(geometry: AreaGeometry): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0] ?? []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return [minX, minY, maxX, maxY];
}

let cache: { regions: GeoRegion[]; municipalities: GeoMunicipality[] } | undefined;

/** The five regions and the 98 municipalities, read once from seed/data. */
export function loadGeography(): { regions: GeoRegion[]; municipalities: GeoMunicipality[] } {
  cache ??= {
    regions: readCollection<RegionProps>('dk-regions.geojson').map((f) => ({
      ...f.properties,
      geometry: f.geometry,
    })),
    municipalities: readCollection<MunicipalityProps>('dk-municipalities.geojson')
      .filter((f) => !NOT_A_MUNICIPALITY.has(f.properties.code))
      .map((f) => ({ ...f.properties, geometry: f.geometry, bbox: bboxOf(f.geometry) })),
  };
  return cache;
}

/** Ray casting: is the point inside this ring? (Points exactly on an edge may go either way.) */
export function pointInRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring of some polygon and outside its holes. */
export function pointInGeometry(point: Position, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) =>
      outer !== undefined && pointInRing(point, outer) && !holes.some((h) => pointInRing(point, h)),
  );
}

export function findMunicipality(lat: number, lon: number): GeoMunicipality | undefined {
  return loadGeography().municipalities.find(
    (m) =>
      lon >= m.bbox[0] &&
      lon <= m.bbox[2] &&
      lat >= m.bbox[1] &&
      lat <= m.bbox[3] &&
      pointInGeometry([lon, lat], m.geometry),
  );
}

/** Twice the signed area of a ring in degrees²: positive when counter-clockwise. */
export function ringSignedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * An irregular closed ring of 7-10 vertices, counter-clockwise (RFC 7946), a few hundred metres
 * across, star-shaped around the centre, so the centre always lies inside it.
 */
export function buildAreaPolygon(lat: number, lon: number, rng: Rng): Polygon {
  const vertices = rng.int(7, 10);
  const metresPerDegLat = 111_320;
  const metresPerDegLon = 111_320 * Math.cos((lat * Math.PI) / 180);
  const ring: Ring = [];
  for (let i = 0; i < vertices; i++) {
    const angle = ((i + rng.next() * 0.6 - 0.3) / vertices) * 2 * Math.PI;
    const radius = rng.int(160, 380);
    ring.push([
      round6(lon + (radius * Math.cos(angle)) / metresPerDegLon),
      round6(lat + (radius * Math.sin(angle)) / metresPerDegLat),
    ]);
  }
  ring.push([...(ring[0] as Position)]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** A random point inside the municipality (in its largest part), by rejection sampling. */
export function randomPointIn(municipality: GeoMunicipality, rng: Rng): { lat: number; lon: number } {
  const largest = polygonsOf(municipality.geometry).reduce((a, b) =>
    Math.abs(ringSignedArea(b[0] ?? [])) > Math.abs(ringSignedArea(a[0] ?? [])) ? b : a,
  );
  const part: Polygon = { type: 'Polygon', coordinates: largest };
  const [minX, minY, maxX, maxY] = bboxOf(part);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const lon = round6(minX + rng.next() * (maxX - minX));
    const lat = round6(minY + rng.next() * (maxY - minY));
    if (pointInGeometry([lon, lat], part) && findMunicipality(lat, lon)?.code === municipality.code)
      return { lat, lon };
  }
  throw new Error(`No point found inside ${municipality.name}`);
}
