'use client';

import { useEffect, useRef } from 'react';
import { useT } from '../lib/i18n/client';
import { MapFrame, useMountedMap } from './map-frame';
import { mountResourcePoints, type ResourcePoint } from './resource-points';

// Loaded with next/dynamic (ssr: false), like AreaMap: the map library only loads here.
export default function ResourceMap({ points }: { points: ResourcePoint[] }) {
  const t = useT();
  const label = t('res.mapLabel', { count: points.length });
  const latest = useRef({ points, label });
  latest.current = { points, label };
  const { container, handle, status } = useMountedMap((renderer, element) => {
    const mounted = mountResourcePoints(renderer, element, latest.current.label);
    mounted.setPoints(latest.current.points, latest.current.label);
    return mounted;
  });

  useEffect(() => {
    handle.current?.setPoints(points, label);
  }, [handle, points, label]);

  return <MapFrame container={container} status={status} />;
}
