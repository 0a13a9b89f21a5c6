'use client';

import { type RefObject, useEffect, useRef, useState } from 'react';
import { useT } from '../lib/i18n/client';
import { loadRenderer } from './load-renderer';
import type { Renderer } from './map-lib';

export type MapStatus = 'loading' | 'ready' | 'failed';

// Loads the renderer once, mounts the map into the container and removes it on unmount.
// `mount` runs once, with the renderer; read changing props through a ref inside it.
export function useMountedMap<H extends { remove(): void }>(
  mount: (renderer: Renderer, container: HTMLElement) => H,
) {
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<H | null>(null);
  const mountRef = useRef(mount);
  mountRef.current = mount;
  const [status, setStatus] = useState<MapStatus>('loading');

  useEffect(() => {
    let cancelled = false;
    loadRenderer()
      .then((renderer) => {
        if (cancelled || !container.current) return;
        handle.current = mountRef.current(renderer, container.current);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        console.error('[map] could not start', error);
        if (!cancelled) setStatus('failed');
      });
    return () => {
      cancelled = true;
      handle.current?.remove();
      handle.current = null;
    };
  }, []);

  return { container, handle, status };
}

type FrameProps = { container: RefObject<HTMLDivElement | null>; status: MapStatus; label?: string };

// The framed map canvas with its loading/failed status; a named <section> when given a label.
export function MapFrame({ container, status, label }: FrameProps) {
  const t = useT();
  const content = (
    <>
      <div ref={container} style={{ position: 'absolute', inset: 0 }} />
      {status !== 'ready' && (
        <p className="map-frame__status" role="status">
          {status === 'loading' ? t('map.loading') : t('map.failed')}
        </p>
      )}
    </>
  );
  return label === undefined ? (
    <div className="map-frame">{content}</div>
  ) : (
    <section className="map-frame" aria-label={label}>
      {content}
    </section>
  );
}
