'use client';

import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { AreaMapFeatureFragment } from '../gql/graphql';
import { useT } from '../lib/i18n/client';
import { type AreaMapHandle, mountAreaMap } from './area-layers';
import { loadRenderer } from './load-renderer';

// What the map draws for each area; spread into any query that feeds <AreaMap>.
export const AreaMapFeature = graphql(`
  fragment AreaMapFeature on Area {
    id
    name
    boundary
    centre {
      lat
      lon
    }
    municipality {
      id
      name
    }
  }
`);

type Props = { areas: AreaMapFeatureFragment[]; focusId?: string | null; focusKey?: number };

// Loaded with next/dynamic (ssr: false): the library is fetched only on pages showing a map.
export default function AreaMap({ areas, focusId, focusKey }: Props) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<AreaMapHandle | null>(null);
  const latest = useRef({ areas, label: t('map.label', { count: areas.length }) });
  latest.current = { areas, label: t('map.label', { count: areas.length }) };
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    loadRenderer()
      .then((renderer) => {
        if (cancelled || !container.current) return;
        handle.current = mountAreaMap(renderer, container.current, latest.current.label);
        handle.current.setAreas(latest.current.areas, latest.current.label);
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

  const label = latest.current.label;
  useEffect(() => {
    handle.current?.setAreas(areas, label);
  }, [areas, label]);

  // focusKey lets the same area be focused twice in a row.
  useEffect(() => {
    if (focusId && focusKey !== undefined) handle.current?.focusArea(focusId);
  }, [focusId, focusKey]);

  return (
    <div className="map-frame">
      <div ref={container} style={{ position: 'absolute', inset: 0 }} />
      {status !== 'ready' && (
        <p className="map-frame__status" role="status">
          {status === 'loading' ? t('map.loading') : t('map.failed')}
        </p>
      )}
    </div>
  );
}
