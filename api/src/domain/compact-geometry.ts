import { simplify } from '@turf/simplify';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type MapDetail = 'LOW' | 'HIGH';

// LOW is for the country-wide view (zoom ≤ 10): about 30 m of tolerance and 4 decimals (≈ 11 m)
// are invisible there and roughly halve the coordinates. HIGH keeps the stored shape with 6
// decimals (≈ 0.1 m, RFC 7946's advice).
const settings = {
  LOW: { tolerance: 0.0003, decimals: 4 },
  HIGH: { tolerance: 0, decimals: 6 },
} as const;

/** A Polygon or MultiPolygon simplified and rounded for `detail`; rings stay closed and valid. */
export function compactGeometry(geometry: unknown, detail: MapDetail): Polygon | MultiPolygon | null {
  const shape = geometry as Polygon | MultiPolygon | null;
  if (!shape || (shape.type !== 'Polygon' && shape.type !== 'MultiPolygon')) return null;
  const { tolerance, decimals } = settings[detail];
  const simplified =
    tolerance > 0
      ? (simplify(shape, { tolerance, highQuality: false, mutate: false }) as Polygon | MultiPolygon)
      : shape;
  const factor = 10 ** decimals;
  const round = (p: Position): Position => [
    Math.round((p[0] ?? 0) * factor) / factor,
    Math.round((p[1] ?? 0) * factor) / factor,
  ];
  const ring = (r: Position[]) => dropRepeats(r.map(round));
  if (simplified.type === 'Polygon')
    return { type: 'Polygon', coordinates: simplified.coordinates.map(ring) };
  return { type: 'MultiPolygon', coordinates: simplified.coordinates.map((poly) => poly.map(ring)) };
}

// Rounding can make neighbours equal; a ring keeps at least 4 positions (closed triangle).
function dropRepeats(ring: Position[]): Position[] {
  const out = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]);
  return out.length >= 4 ? out : ring;
}
