import type { Geometry, Position } from 'geojson';

/** Whether [lon, lat] lies inside a GeoJSON Polygon or MultiPolygon (ray casting; holes count). */
export function pointInArea(boundary: unknown, lon: number, lat: number): boolean {
  const geometry = boundary as Geometry | null;
  if (!geometry) return false;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons.some(
    (rings) => rings.length > 0 && rings.filter((ring) => inRing(ring, lon, lat)).length % 2 === 1,
  );
}

function inRing(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
