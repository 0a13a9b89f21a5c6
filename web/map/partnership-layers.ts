// The ministry map's layers: each funded partnership's areas as polygons coloured by status or by
// arena, and clustered points (one per partnership) when zoomed out. Written against the shared
// mapbox-gl API slice (map-lib.ts), so it runs on maplibre and mapbox alike. The home page's
// area-layers.ts is separate on purpose.
import { createMap, nameLayer, publishPointSize } from './create-map';
import { mountHtmlClusters } from './html-clusters';
import type { LngLat, MapLayerEvent, MapLike, Renderer } from './map-lib';
import { type ColourBy, colourOf } from './partnership-colours';

export interface MapPartnershipFeature {
  id: string;
  name: string;
  slug: string;
  status: string;
  arenas: string[];
  centre: { lat: number; lon: number };
  areas: { id: string; geometry: unknown }[];
}

/** Below this zoom a partnership is a (clustered) point; from it on, its polygons carry the map. */
const polygonMinZoom = 9;

type Extra = MapLike & { easeTo(options: { center: LngLat; zoom: number }): unknown };

export function mountPartnershipMap(
  renderer: Renderer,
  container: HTMLElement,
  options: { label: string; clusterLabel: (count: number) => string; onSelect: (id: string) => void },
) {
  const { lib } = renderer;
  const map = createMap(renderer, container, options.label) as Extra;

  let ready = false;
  let current: MapPartnershipFeature[] = [];
  let colourBy: ColourBy = 'status';
  const hover = new lib.Popup({ closeButton: false, closeOnClick: false, maxWidth: '18rem', offset: 14 });
  const showName = (at: LngLat, text: string) => {
    const element = document.createElement('p');
    element.className = 'map-popup map-popup--name';
    element.textContent = text; // never innerHTML: names are user data
    hover.setLngLat(at).setDOMContent(element).addTo(map);
  };
  // A chosen partnership (clicked here or in the list) gets a popup whose name links to its page.
  const picked = new lib.Popup({ closeButton: true, maxWidth: '18rem', offset: 14 });
  const showPicked = (at: LngLat, id: string) => {
    const p = current.find((x) => x.id === id);
    if (!p) return false;
    hover.remove();
    const link = document.createElement('a');
    link.className = 'map-popup map-popup--name';
    link.href = `/partnerskaber/${encodeURIComponent(p.slug)}`;
    link.textContent = p.name;
    picked.setLngLat(at).setDOMContent(link).addTo(map);
    return true;
  };
  const pick = (at: LngLat, id: string) => {
    if (showPicked(at, id)) options.onSelect(id);
  };

  function collections() {
    const polygons = current.flatMap((p) =>
      p.areas
        .filter((a) => a.geometry)
        .map((a) => ({
          type: 'Feature',
          properties: { id: p.id, name: p.name, colour: colourOf(p, colourBy) },
          geometry: a.geometry,
        })),
    );
    const points = current.map((p) => ({
      type: 'Feature',
      properties: { id: p.id, name: p.name, colour: colourOf(p, colourBy) },
      geometry: { type: 'Point', coordinates: [p.centre.lon, p.centre.lat] },
    }));
    return {
      polygons: { type: 'FeatureCollection', features: polygons },
      points: { type: 'FeatureCollection', features: points },
    };
  }

  function draw() {
    const data = collections();
    (map.getSource('partnership-areas') as { setData(d: unknown): void }).setData(data.polygons);
    (map.getSource('partnership-points') as { setData(d: unknown): void }).setData(data.points);
    // Lets tests and tools see what the canvas shows without reading pixels.
    container.dataset.drawnPartnerships = String(current.length);
    container.dataset.drawnAt = String(Math.round(performance.now()));
    container.dataset.colourBy = colourBy;
  }

  map.on('load', () => {
    const empty = { type: 'FeatureCollection', features: [] };
    map.addSource('partnership-areas', { type: 'geojson', data: empty });
    map.addSource('partnership-points', {
      type: 'geojson',
      data: empty,
      cluster: true,
      clusterRadius: 40,
      clusterMaxZoom: polygonMinZoom - 1,
    });
    map.addLayer({
      id: 'partnership-fill',
      type: 'fill',
      source: 'partnership-areas',
      minzoom: polygonMinZoom - 1,
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.45 },
    });
    map.addLayer({
      id: 'partnership-outline',
      type: 'line',
      source: 'partnership-areas',
      minzoom: polygonMinZoom - 1,
      paint: { 'line-color': ['get', 'colour'], 'line-width': 2 },
    });
    map.addLayer({
      id: 'partnership-points',
      type: 'circle',
      source: 'partnership-points',
      filter: ['!', ['has', 'point_count']],
      maxzoom: polygonMinZoom + 1,
      paint: {
        'circle-color': ['get', 'colour'],
        'circle-radius': 10, // with the stroke 24 px across: WCAG 2.2's minimum target
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    // Zoomed in on a town the partnership's name stands by its areas.
    map.addLayer(
      nameLayer(renderer, 'partnership-names', 'partnership-points', polygonMinZoom, [
        '!',
        ['has', 'point_count'],
      ]),
    );
    publishPointSize(map, container, 'partnership-points');
    mountHtmlClusters(renderer, map, container, {
      source: 'partnership-points',
      label: options.clusterLabel,
      onOpen: (at) => map.easeTo({ center: at, zoom: Math.min(map.getZoom() + 2, polygonMinZoom + 1) }),
    });
    for (const layer of ['partnership-fill', 'partnership-points']) {
      map.on('mousemove', layer, (e: MapLayerEvent) => {
        const name = e.features?.[0]?.properties?.name;
        if (name) showName([e.lngLat.lng, e.lngLat.lat], String(name));
        map.getCanvas().style.cursor = 'pointer';
      });
      map.on('mouseleave', layer, () => {
        hover.remove();
        map.getCanvas().style.cursor = '';
      });
      map.on('click', layer, (e: MapLayerEvent) => {
        const id = e.features?.[0]?.properties?.id;
        if (id) pick([e.lngLat.lng, e.lngLat.lat], String(id));
      });
    }
    ready = true;
    draw();
  });

  return {
    setPartnerships(partnerships: MapPartnershipFeature[], by: ColourBy, label: string) {
      current = partnerships;
      colourBy = by;
      map.getCanvas().setAttribute('aria-label', label);
      if (ready) draw();
    },
    /** Shows a partnership's name on the map (keyboard focus in the list beside it). */
    highlight(id: string | null) {
      const p = current.find((x) => x.id === id);
      if (!p) hover.remove();
      else showName([p.centre.lon, p.centre.lat], p.name);
    },
    /** For layers of their own (components/ministry/unmet-need-layer.ts). */
    map,
    /** Shows the popup of the partnership chosen outside the map (the list, the table). */
    select(id: string | null) {
      const p = current.find((x) => x.id === id);
      if (p) showPicked([p.centre.lon, p.centre.lat], p.id);
      else picked.remove();
    },
    remove: () => map.remove(),
  };
}

export type PartnershipMapHandle = ReturnType<typeof mountPartnershipMap>;
