import type { AreaMapFeatureFragment } from '../gql/graphql';
import { boundaryBounds, collections, popupContent } from './area-geojson';
import { createMap, denmarkBounds, nameLayer, publishPointSize } from './create-map';
import type { LngLat, MapLayerEvent, Renderer } from './map-lib';

export { denmarkBounds }; // where it was first defined; other layers import it from here

const labelMinZoom = 9; // below this the names would crowd; points and popups remain

type PopupText = { volunteerLink: string };

export function mountAreaMap(renderer: Renderer, container: HTMLElement, label: string, text: PopupText) {
  const { lib } = renderer;
  const map = createMap(renderer, container, label);

  let ready = false;
  let current: AreaMapFeatureFragment[] = [];
  const popup = new lib.Popup({ closeButton: true, maxWidth: '16rem', offset: 28 }); // clears the HTML label;
  const openPopup = (at: LngLat, id: string, name: string, municipality: string) =>
    popup
      .setLngLat(at)
      .setDOMContent(popupContent({ id, name, municipality, linkText: text.volunteerLink }))
      .addTo(map);

  function draw() {
    const data = collections(current);
    (map.getSource('areas') as { setData(d: unknown): void }).setData(data.polygons);
    (map.getSource('area-points') as { setData(d: unknown): void }).setData(data.points);
    const bounds = boundaryBounds(current);
    if (bounds) map.fitBounds(bounds, { padding: 48, maxZoom: 11, duration: 0 });
    // Lets tests and tools see what the canvas shows without reading pixels.
    container.dataset.drawnAreas = String(current.length);
    container.dataset.drawnAt = String(Math.round(performance.now()));
  }

  map.on('load', () => {
    const empty = { type: 'FeatureCollection', features: [] };
    map.addSource('areas', { type: 'geojson', data: empty });
    map.addSource('area-points', { type: 'geojson', data: empty });
    map.addLayer({
      id: 'areas-fill',
      type: 'fill',
      source: 'areas',
      paint: { 'fill-color': '#c2410c', 'fill-opacity': 0.35 },
    });
    map.addLayer({
      id: 'areas-outline',
      type: 'line',
      source: 'areas',
      paint: { 'line-color': '#9a3412', 'line-width': 2 },
    });
    map.addLayer({
      id: 'area-points',
      type: 'circle',
      source: 'area-points',
      maxzoom: 11, // when zoomed in the polygon itself is visible
      paint: {
        'circle-radius': 10, // with the stroke 24 px across: WCAG 2.2's minimum target
        'circle-color': '#c2410c',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    publishPointSize(map, container, 'area-points');
    // Names in the map itself (glyphs of the style; the list below the map is the accessible
    // version): thousands of HTML labels would cost more than the map.
    map.addLayer(nameLayer(renderer, 'area-names', 'area-points', labelMinZoom));
    for (const layer of ['areas-fill', 'area-points']) {
      map.on('click', layer, (e: MapLayerEvent) => {
        const p = e.features?.[0]?.properties;
        if (p) openPopup([e.lngLat.lng, e.lngLat.lat], String(p.id), String(p.name), String(p.municipality));
      });
      map.on('mouseenter', layer, () => {
        map.getCanvas().style.cursor = 'pointer';
      });
      map.on('mouseleave', layer, () => {
        map.getCanvas().style.cursor = '';
      });
    }
    ready = true;
    draw();
  });

  return {
    setAreas(areas: AreaMapFeatureFragment[], newLabel: string) {
      current = areas;
      map.getCanvas().setAttribute('aria-label', newLabel);
      if (ready) draw();
    },
    focusArea(id: string) {
      const a = current.find((x) => x.id === id);
      if (!a) return;
      map.fitBounds(boundaryBounds([a]) ?? denmarkBounds, { padding: 64, maxZoom: 15 });
      openPopup([a.centre.lon, a.centre.lat], a.id, a.name, a.municipality.name);
    },
    remove: () => map.remove(),
  };
}

export type AreaMapHandle = ReturnType<typeof mountAreaMap>;
