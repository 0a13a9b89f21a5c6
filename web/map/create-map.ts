import type { Bounds, MapLike, Renderer } from './map-lib';
import { mapLocale } from './map-locale';

export const denmarkBounds: Bounds = [
  [8.0, 54.55],
  [15.2, 57.76],
];

// Every map in the app starts the same way: Denmark in view, zoom buttons, full attribution,
// and (when given) an accessible name on the canvas.
export function createMap(renderer: Renderer, container: HTMLElement, label?: string): MapLike {
  const { lib } = renderer;
  const map = new lib.Map({
    container,
    style: renderer.style,
    bounds: denmarkBounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    locale: mapLocale(),
    ...renderer.extraOptions,
  });
  map.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new lib.AttributionControl({ compact: false }), 'bottom-right');
  if (label !== undefined) map.getCanvas().setAttribute('aria-label', label);
  return map;
}

// Shows all the points at once (no animation); leaves the view alone when there are none.
export function fitToPoints(map: MapLike, points: { lat: number; lon: number }[]) {
  if (!points.length) return;
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  map.fitBounds(
    [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ],
    { padding: 64, maxZoom: 13, duration: 0 },
  );
}
