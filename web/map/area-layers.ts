import type { AreaMapFeatureFragment } from '../gql/graphql';
import { boundaryBounds, collections, popupContent } from './area-geojson';
import { createMap, denmarkBounds } from './create-map';
import type { LngLat, MapLayerEvent, MarkerLike, Renderer } from './map-lib';

export { denmarkBounds }; // where it was first defined; other layers import it from here

const labelMinZoom = 9; // below this the HTML labels would overlap; points and popups remain

export function mountAreaMap(renderer: Renderer, container: HTMLElement, label: string) {
  const { lib } = renderer;
  const map = createMap(renderer, container, label);

  let ready = false;
  let current: AreaMapFeatureFragment[] = [];
  let markers: MarkerLike[] = [];
  const popup = new lib.Popup({ closeButton: true, maxWidth: '16rem', offset: 28 }); // clears the HTML label;
  const openPopup = (at: LngLat, name: string, municipality: string) =>
    popup.setLngLat(at).setDOMContent(popupContent(name, municipality)).addTo(map);

  const zoomClass = () => container.classList.toggle('map-zoomed-out', map.getZoom() < labelMinZoom);
  map.on('zoom', zoomClass);
  zoomClass();

  function draw() {
    const data = collections(current);
    (map.getSource('areas') as { setData(d: unknown): void }).setData(data.polygons);
    (map.getSource('area-points') as { setData(d: unknown): void }).setData(data.points);
    for (const m of markers) m.remove();
    markers = current.map((a) => {
      const element = document.createElement('div');
      element.className = 'area-label';
      element.setAttribute('aria-hidden', 'true'); // the list below the map is the accessible version
      element.textContent = a.name;
      return new lib.Marker({ element, anchor: 'bottom' }).setLngLat([a.centre.lon, a.centre.lat]).addTo(map);
    });
    const bounds = boundaryBounds(current);
    if (bounds) map.fitBounds(bounds, { padding: 48, maxZoom: 11, duration: 0 });
    // Lets tests and tools see what the canvas shows without reading pixels.
    container.dataset.drawnAreas = String(current.length);
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
        'circle-radius': 6,
        'circle-color': '#c2410c',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    for (const layer of ['areas-fill', 'area-points']) {
      map.on('click', layer, (e: MapLayerEvent) => {
        const p = e.features?.[0]?.properties;
        if (p) openPopup([e.lngLat.lng, e.lngLat.lat], String(p.name), String(p.municipality));
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
      openPopup([a.centre.lon, a.centre.lat], a.name, a.municipality.name);
    },
    remove: () => map.remove(),
  };
}

export type AreaMapHandle = ReturnType<typeof mountAreaMap>;
