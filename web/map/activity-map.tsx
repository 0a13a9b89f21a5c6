'use client';

import { useEffect, useRef } from 'react';
import { createMap, fitToPoints } from './create-map';
import { MapFrame, useMountedMap } from './map-frame';
import type { MapLib, MapLike, MarkerLike, PopupLike } from './map-lib';

/** One point on the volunteer map: an activity with the opportunities it offers. */
export type ActivityPoint = {
  id: string;
  title: string;
  lat: number;
  lon: number;
  links: { href: string; label: string }[];
};

type MapState = { map: MapLike; popup: PopupLike; markers: MarkerLike[]; lib: MapLib };

// A point layer of its own (the area layers stay untouched): every activity is an HTML marker
// that is a real <button>, so the map is usable by keyboard and findable by assistive tech;
// activating it opens a popup with links to the activity's opportunities.
export default function ActivityMap({ points, label }: { points: ActivityPoint[]; label: string }) {
  const latest = useRef(points);
  latest.current = points;
  const { container, handle, status } = useMountedMap((renderer, element) => {
    const map = createMap(renderer, element);
    const popup = new renderer.lib.Popup({ closeButton: true, maxWidth: '18rem', offset: 18 });
    const mounted: MapState & { remove(): void } = {
      map,
      popup,
      markers: [],
      lib: renderer.lib,
      remove: () => map.remove(),
    };
    drawPoints(mounted, element, latest.current);
    return mounted;
  });

  useEffect(() => {
    drawPoints(handle.current, container.current, points);
  }, [handle, container, points]);

  return <MapFrame container={container} status={status} label={label} />;
}

function drawPoints(s: MapState | null, container: HTMLElement | null, current: ActivityPoint[]) {
  if (!s || !container) return;
  for (const marker of s.markers) marker.remove();
  s.popup.remove();
  s.markers = current.map((point) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'activity-marker';
    button.setAttribute('aria-label', point.title);
    button.title = point.title;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      const content = document.createElement('div');
      content.className = 'activity-popup';
      const heading = document.createElement('p');
      heading.className = 'activity-popup__title';
      heading.textContent = point.title;
      content.append(heading);
      const list = document.createElement('ul');
      for (const link of point.links) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = link.label;
        item.append(a);
        list.append(item);
      }
      content.append(list);
      s.popup.setLngLat([point.lon, point.lat]).setDOMContent(content).addTo(s.map);
      content.querySelector('a')?.focus();
    });
    return new s.lib.Marker({ element: button, anchor: 'center' })
      .setLngLat([point.lon, point.lat])
      .addTo(s.map);
  });
  fitToPoints(s.map, current);
  container.dataset.drawnActivities = String(current.length);
}
