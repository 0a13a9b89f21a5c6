// Cluster bubbles drawn as HTML buttons over the map: they show their count without any glyphs
// (so on the offline basemap too), read the same on both renderers, are reachable by keyboard
// and announce what they hold. The source's cluster features say where and how many.
import type { LngLat, MapLike, MarkerLike, Renderer } from './map-lib';

type Options = { source: string; label: (count: number) => string; onOpen: (at: LngLat) => void };

/** Bubble diameter in px by count: never under 28 (WCAG 2.2 target size is 24). */
const diameter = (count: number) => (count < 10 ? 28 : count < 50 ? 34 : count < 200 ? 40 : 48);

export function mountHtmlClusters(
  renderer: Renderer,
  map: MapLike,
  container: HTMLElement,
  options: Options,
) {
  const format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  let shown = new Map<number, MarkerLike>();

  function bubble(count: number, at: LngLat): MarkerLike {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cluster-marker';
    button.textContent = format.format(count);
    button.setAttribute('aria-label', options.label(count));
    button.title = options.label(count);
    const size = `${diameter(count)}px`;
    Object.assign(button.style, { width: size, height: size });
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      options.onOpen(at);
    });
    return new renderer.lib.Marker({ element: button, anchor: 'center' }).setLngLat(at).addTo(map);
  }

  // After every frame: cheap, since only clusters that appeared or vanished touch the DOM.
  function update() {
    if (!map.getSource(options.source) || !map.isSourceLoaded(options.source)) return;
    const next = new Map<number, MarkerLike>();
    for (const feature of map.querySourceFeatures(options.source, { filter: ['has', 'point_count'] })) {
      const { cluster_id: id, point_count: count } = feature.properties as Record<string, number>;
      if (id === undefined || count === undefined || next.has(id)) continue; // tiles repeat a cluster
      next.set(id, shown.get(id) ?? bubble(count, feature.geometry.coordinates as LngLat));
    }
    for (const [id, marker] of shown) if (!next.has(id)) marker.remove();
    shown = next;
    container.dataset.clusters = String(shown.size);
  }
  map.on('render', update);
}
