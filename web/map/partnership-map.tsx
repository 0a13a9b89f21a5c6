'use client';

import { useEffect, useRef, useState } from 'react';
import { attachUnmetNeedLayer } from '../components/ministry/unmet-need-layer';
import type { UnmetNeedPoint } from '../components/ministry/unmet-need-point';
import { useT } from '../lib/i18n/client';
import { loadRenderer } from './load-renderer';
import type { ColourBy } from './partnership-colours';
import {
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
  /** The unmet-need layer's points, or null when it is off; `describe` words one cell. */
  unmetNeed?: { points: UnmetNeedPoint[] | null; describe: (p: UnmetNeedPoint) => string };
};

// Loaded with next/dynamic (ssr: false) from the ministry page only: the map library is a lazy
// chunk of map routes.
export default function PartnershipMap({
  partnerships,
  colourBy,
  highlightId,
  selectedId,
  onSelect,
  unmetNeed,
}: Props) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<PartnershipMapHandle | null>(null);
  const label = t('ministry.map.label', { count: partnerships.length });
  const latest = useRef({ partnerships, colourBy, label, onSelect, unmetNeed });
  latest.current = { partnerships, colourBy, label, onSelect, unmetNeed };
  const unmetLayer = useRef<ReturnType<typeof attachUnmetNeedLayer> | null>(null);
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
        unmetLayer.current = attachUnmetNeedLayer(
          renderer,
          handle.current.map,
          (cell) => latest.current.unmetNeed?.describe(cell) ?? '',
        );
        unmetLayer.current.set(latest.current.unmetNeed?.points ?? null);
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
      unmetLayer.current = null;
    };
  }, [t]);

  const unmetPoints = unmetNeed?.points ?? null;
  useEffect(() => {
    unmetLayer.current?.set(unmetPoints);
  }, [unmetPoints]);

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
