// Pure helpers turning API areas into GeoJSON, bounds and popup DOM for the map.
import type { AreaMapFeatureFragment } from '../gql/graphql';
import type { Bounds, LngLat } from './map-lib';

type Geometry = { type: string; coordinates: unknown };

export function boundaryBounds(areas: AreaMapFeatureFragment[]): Bounds | null {
  let [w, s, e, n] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as LngLat;
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const a of areas) visit((a.boundary as Geometry | null)?.coordinates ?? [a.centre.lon, a.centre.lat]);
  return w <= e
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

export function collections(areas: AreaMapFeatureFragment[]) {
  const properties = (a: AreaMapFeatureFragment) => ({
    id: a.id,
    name: a.name,
    municipality: a.municipality.name,
  });
  return {
    polygons: {
      type: 'FeatureCollection',
      features: areas.map((a) => ({ type: 'Feature', properties: properties(a), geometry: a.boundary })),
    },
    points: {
      type: 'FeatureCollection',
      features: areas.map((a) => ({
        type: 'Feature',
        properties: properties(a),
        geometry: { type: 'Point', coordinates: [a.centre.lon, a.centre.lat] },
      })),
    },
  };
}

// Built with DOM APIs, never innerHTML: area names come from user-editable data. The link leads
// to what a visitor can do there: the volunteer activities filtered to the area.
export function popupContent(a: { id: string; name: string; municipality: string; linkText: string }) {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = root.appendChild(document.createElement('h3'));
  title.textContent = a.name;
  root.appendChild(document.createElement('p')).textContent = a.municipality;
  const link = root.appendChild(document.createElement('a'));
  link.href = `/frivillig?areaId=${encodeURIComponent(a.id)}`;
  link.textContent = a.linkText;
  return root;
}
