import { kinks } from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { MessageKey } from '../i18n.ts';

// Denmark (Jutland, the islands and Bornholm), with a small margin; Greenland and the Faroes are
// outside the scope of the pools. Longitude first, as RFC 7946 orders positions.
const DENMARK = { west: 7.9, south: 54.5, east: 15.3, north: 57.8 };

export type BoundaryResult =
  | { ok: true; geometry: Polygon | MultiPolygon; centre: { lat: number; lon: number } }
  | { ok: false; error: MessageKey };

/**
 * Checks a pasted or uploaded GeoJSON area boundary against RFC 7946: a Polygon or MultiPolygon
 * (bare, or in a Feature / one-feature FeatureCollection), closed rings of ≥ 4 positions inside
 * Denmark, no self-intersection. Rings are re-oriented (outer counter-clockwise, holes clockwise)
 * and the centre is the area-weighted centroid of the largest polygon.
 */
export function parseAreaBoundary(raw: unknown): BoundaryResult {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: false, error: 'area.invalidJson' };
    }
  }
  const geometry = unwrap(value);
  if (!geometry) return { ok: false, error: 'area.notPolygon' };
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[];
  if (!Array.isArray(polygons) || polygons.length === 0) return { ok: false, error: 'area.notPolygon' };
  const cleaned: Position[][][] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { ok: false, error: 'area.notPolygon' };
    const rings: Position[][] = [];
    for (const [index, ring] of polygon.entries()) {
      if (!Array.isArray(ring)) return { ok: false, error: 'area.notPolygon' };
      if (!ring.every(isPosition)) return { ok: false, error: 'area.badPosition' };
      const positions = ring.map(([lon, lat]) => [lon, lat] as Position);
      if (positions.length < 4) return { ok: false, error: 'area.ringTooShort' };
      const first = positions[0] as Position;
      const last = positions.at(-1) as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) return { ok: false, error: 'area.ringNotClosed' };
      if (!positions.every(([lon, lat]) => inDenmark(lon as number, lat as number)))
        return { ok: false, error: 'area.outsideDenmark' };
      const ccw = signedArea(positions) > 0;
      // RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.
      rings.push(ccw === (index === 0) ? positions : [...positions].reverse());
    }
    cleaned.push(rings);
  }
  const result: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: cleaned[0] as Position[][] }
      : { type: 'MultiPolygon', coordinates: cleaned };
  if (kinks(result).features.length > 0) return { ok: false, error: 'area.selfIntersection' };
  return { ok: true, geometry: result, centre: centreOf(cleaned) };
}

function unwrap(value: unknown): { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null {
  if (!value || typeof value !== 'object') return null;
  const object = value as { type?: unknown; geometry?: unknown; features?: unknown; coordinates?: unknown };
  if (object.type === 'Feature') return unwrap(object.geometry);
  if (object.type === 'FeatureCollection' && Array.isArray(object.features) && object.features.length === 1)
    return unwrap(object.features[0]);
  if ((object.type === 'Polygon' || object.type === 'MultiPolygon') && Array.isArray(object.coordinates))
    return { type: object.type, coordinates: object.coordinates };
  return null;
}

function isPosition(p: unknown): p is [number, number, ...number[]] {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    p.length <= 3 &&
    p.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function inDenmark(lon: number, lat: number): boolean {
  return lon >= DENMARK.west && lon <= DENMARK.east && lat >= DENMARK.south && lat <= DENMARK.north;
}

/** Twice the signed area (shoelace); positive when counter-clockwise in lon/lat. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += (x1 as number) * (y2 as number) - (x2 as number) * (y1 as number);
  }
  return sum;
}

function centreOf(polygons: Position[][][]): { lat: number; lon: number } {
  const outer = polygons
    .map((p) => p[0] as Position[])
    .sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)))[0] as Position[];
  const a = signedArea(outer);
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < outer.length - 1; i++) {
    const [x1, y1] = outer[i] as [number, number];
    const [x2, y2] = outer[i + 1] as [number, number];
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return { lon: round(cx / (3 * a)), lat: round(cy / (3 * a)) };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
