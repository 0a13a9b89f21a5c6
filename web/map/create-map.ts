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
  map.on('idle', () => {
    publishPlaceNames(map, container);
    // With drawnAt (set when data is handed to the map): when the map had drawn it (the benchmark).
    container.dataset.idleAt = String(Math.round(performance.now()));
  });
  return map;
}

// The label layers that name places: the offline basemap's and the app's own (absent ones skipped).
const nameLayers = ['region-names', 'municipality-names', 'area-names', 'partnership-names'];

/** Tells tests and tools which place names the map shows now (after the renderer's collision
 *  checks), since they are drawn into the canvas. */
function publishPlaceNames(map: MapLike, container: HTMLElement) {
  const layers = nameLayers.filter((id) => map.getLayer(id));
  const shown = layers.length ? map.queryRenderedFeatures({ layers }) : [];
  const names = new Set(shown.map((f) => String(f.properties?.name)));
  container.dataset.placeNames = [...names].sort().join('|');
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

/** A layer of names under points (zoomed in on a town), in the renderer's label font. */
export function nameLayer(
  renderer: Renderer,
  id: string,
  source: string,
  minzoom: number,
  filter?: unknown[],
) {
  return {
    id,
    type: 'symbol',
    source,
    minzoom,
    ...(filter ? { filter } : {}),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': renderer.font,
      'text-size': 13,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
    },
    paint: { 'text-color': '#1f2933', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  };
}

/** Publishes a circle layer's size on screen (radius and stroke, from the map's own style) for
 *  tests and tools: points are click targets and must be at least 24 px across (WCAG 2.2). */
export function publishPointSize(map: MapLike, container: HTMLElement, layer: string) {
  const radius = Number(map.getPaintProperty(layer, 'circle-radius'));
  const stroke = Number(map.getPaintProperty(layer, 'circle-stroke-width') ?? 0);
  container.dataset.pointDiameter = String(2 * (radius + stroke));
}
