// The ministry map's layer of unmet need (demand against supply): one ring per area where guides
// found no matching activity for referred citizens, over the partnerships' own layers. Kept out of
// partnership-layers.ts on purpose; it only needs the map. Counts arrive suppressed from the API,
// so the ring's size uses shown counts only and a hidden cell never changes it.
import type { LngLat, MapLayerEvent, MapLike, PopupLike, Renderer } from '../../map/map-lib';
import { type UnmetNeedPoint, unmetNeedColours } from './unmet-need-point';

const SOURCE = 'unmet-need';
const LAYER = 'unmet-need-rings';

type Source = { setData(data: unknown): void };

/** Areas with their cells: one point feature each; areas without a centre are in the table only. */
export function unmetNeedFeatures(points: UnmetNeedPoint[], describe: (p: UnmetNeedPoint) => string) {
  const byArea = new Map<string, UnmetNeedPoint[]>();
  for (const p of points) {
    if (!p.centre) continue;
    const key = `${p.centre.lon},${p.centre.lat}`;
    byArea.set(key, [...(byArea.get(key) ?? []), p]);
  }
  return {
    type: 'FeatureCollection',
    features: [...byArea.values()].map((cells) => {
      const centre = cells[0]?.centre ?? { lat: 0, lon: 0 };
      return {
        type: 'Feature',
        properties: {
          shown: cells.reduce((sum, c) => sum + (c.count.value ?? 0), 0),
          text: cells.map(describe).join('\n'),
        },
        geometry: { type: 'Point', coordinates: [centre.lon, centre.lat] },
      };
    }),
  };
}

/**
 * Adds the layer to a map (now, or once its style has loaded) and returns `set`, which shows the
 * points, or hides the layer when given null.
 */
export function attachUnmetNeedLayer(
  renderer: Renderer,
  map: MapLike & { setLayoutProperty?(layer: string, name: string, value: unknown): unknown },
  describe: (p: UnmetNeedPoint) => string,
) {
  let pending: UnmetNeedPoint[] | null = null;
  let added = false;
  const popup: PopupLike = new renderer.lib.Popup({ closeButton: false, maxWidth: '20rem', offset: 12 });
  const container = map.getContainer();

  function show(points: UnmetNeedPoint[] | null) {
    const data = unmetNeedFeatures(points ?? [], describe);
    (map.getSource(SOURCE) as Source).setData(data);
    map.setLayoutProperty?.(LAYER, 'visibility', points ? 'visible' : 'none');
    if (!points) popup.remove();
    // Lets tests see what the canvas shows without reading pixels.
    container.dataset.unmetNeedAreas = points ? String(data.features.length) : '';
  }

  function add() {
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: LAYER,
      type: 'circle',
      source: SOURCE,
      paint: {
        'circle-color': unmetNeedColours.fill,
        'circle-opacity': 0.9,
        'circle-stroke-color': unmetNeedColours.ring,
        'circle-stroke-width': 4,
        'circle-radius': ['interpolate', ['linear'], ['get', 'shown'], 0, 9, 50, 22],
      },
    });
    const open = (e: MapLayerEvent) => {
      const text = e.features?.[0]?.properties?.text;
      if (!text) return;
      const element = document.createElement('p');
      element.className = 'map-popup map-popup--unmet';
      element.textContent = String(text); // never innerHTML: area names are user data
      popup
        .setLngLat([e.lngLat.lng, e.lngLat.lat] as LngLat)
        .setDOMContent(element)
        .addTo(map);
    };
    map.on('click', LAYER, open);
    map.on('mousemove', LAYER, (e: MapLayerEvent) => {
      open(e);
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', LAYER, () => {
      popup.remove();
      map.getCanvas().style.cursor = '';
    });
    added = true;
    show(pending);
  }

  if (map.isStyleLoaded()) add();
  else map.once('load', add);

  return {
    set(points: UnmetNeedPoint[] | null) {
      pending = points;
      if (added) show(points);
    },
  };
}
