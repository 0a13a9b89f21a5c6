import { createMap, fitToPoints, publishPointSize } from './create-map';
import type { MapLayerEvent, Renderer } from './map-lib';

export interface ResourcePoint {
  id: string;
  title: string;
  subtitle: string;
  href: string;
  lat: number;
  lon: number;
}

// A point layer of resources on the shared map renderer (maplibre or mapbox); clicking a point
// opens a popup with a link to the resource. The list beside the map is the accessible version.
export function mountResourcePoints(renderer: Renderer, container: HTMLElement, label: string) {
  const { lib } = renderer;
  const map = createMap(renderer, container, label);
  const popup = new lib.Popup({ closeButton: true, maxWidth: '16rem', offset: 12 });
  let ready = false;
  let current: ResourcePoint[] = [];

  function draw() {
    const features = current.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id },
    }));
    (map.getSource('resources') as { setData(d: unknown): void }).setData({
      type: 'FeatureCollection',
      features,
    });
    fitToPoints(map, current);
    container.dataset.drawnResources = String(current.length);
  }

  map.on('load', () => {
    map.addSource('resources', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: 'resource-points',
      type: 'circle',
      source: 'resources',
      paint: {
        'circle-radius': 10, // with the stroke 24 px across: WCAG 2.2's minimum target
        'circle-color': '#0b5394',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    publishPointSize(map, container, 'resource-points');
    map.on('click', 'resource-points', (e: MapLayerEvent) => {
      const point = current.find((p) => p.id === e.features?.[0]?.properties?.id);
      if (!point) return;
      const content = document.createElement('div');
      const link = document.createElement('a');
      link.href = point.href;
      link.textContent = point.title;
      const meta = document.createElement('p');
      meta.textContent = point.subtitle;
      content.append(link, meta);
      popup.setLngLat([point.lon, point.lat]).setDOMContent(content).addTo(map);
    });
    map.on('mouseenter', 'resource-points', () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', 'resource-points', () => {
      map.getCanvas().style.cursor = '';
    });
    ready = true;
    draw();
  });

  return {
    setPoints(points: ResourcePoint[], newLabel: string) {
      current = points;
      map.getCanvas().setAttribute('aria-label', newLabel);
      if (ready) draw();
    },
    remove: () => map.remove(),
  };
}
