'use client';

import { useEffect, useRef, useState } from 'react';
import { useT } from '../lib/i18n/client';
import { loadRenderer } from './load-renderer';
import {
  type ColourBy,
  type MapPartnershipFeature,
  mountPartnershipMap,
  type PartnershipMapHandle,
} from './partnership-layers';

type Props = {
  partnerships: MapPartnershipFeature[];
  colourBy: ColourBy;
  highlightId: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

// Loaded with next/dynamic (ssr: false) from the ministry page only: the map library is a lazy
// chunk of map routes.
export default function PartnershipMap({ partnerships, colourBy, highlightId, selectedId, onSelect }: Props) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<PartnershipMapHandle | null>(null);
  const label = t('ministry.map.label', { count: partnerships.length });
  const latest = useRef({ partnerships, colourBy, label, onSelect });
  latest.current = { partnerships, colourBy, label, onSelect };
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    loadRenderer()
      .then((renderer) => {
        if (cancelled || !container.current) return;
        handle.current = mountPartnershipMap(renderer, container.current, {
          label: latest.current.label,
          clusterLabel: (count) => t('ministry.map.cluster', { count }),
          onSelect: (id) => latest.current.onSelect(id),
        });
        const { partnerships: p, colourBy: c, label: l } = latest.current;
        handle.current.setPartnerships(p, c, l);
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
  }, [t]);

  useEffect(() => {
    handle.current?.setPartnerships(partnerships, colourBy, label);
  }, [partnerships, colourBy, label]);

  useEffect(() => {
    handle.current?.highlight(highlightId);
  }, [highlightId]);

  useEffect(() => {
    handle.current?.select(selectedId);
  }, [selectedId]);

  return (
    <div className="ministry-map">
      <div ref={container} className="ministry-map__canvas" />
      {status !== 'ready' && (
        <p className="map-frame__status" role="status">
          {status === 'loading' ? t('ministry.map.loading') : t('ministry.map.failed')}
        </p>
      )}
    </div>
  );
}
