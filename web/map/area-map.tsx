'use client';

import { useEffect, useRef } from 'react';
import { graphql } from '../gql';
import type { AreaMapFeatureFragment } from '../gql/graphql';
import { useT } from '../lib/i18n/client';
import { type AreaMapHandle, mountAreaMap } from './area-layers';
import { MapFrame, useMountedMap } from './map-frame';

// Where an area is and what it is called; with a boundary it is what <AreaMap> draws.
export const AreaMapPlace = graphql(`
  fragment AreaMapPlace on Area {
    id
    name
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

// What the map draws for each area, at the stored detail (a partnership's few areas, zoomed in).
export const AreaMapFeature = graphql(`
  fragment AreaMapFeature on Area {
    ...AreaMapPlace
    boundary
  }
`);

type Props = { areas: AreaMapFeatureFragment[]; focusId?: string | null; focusKey?: number };

// Loaded through lazy-area-map.tsx: the library is fetched only on pages showing a map.
export default function AreaMap({ areas, focusId, focusKey }: Props) {
  const t = useT();
  const label = t('map.label', { count: areas.length });
  const latest = useRef({ areas, label });
  latest.current = { areas, label };
  const { container, handle, status } = useMountedMap<AreaMapHandle>((renderer, element) => {
    const mounted = mountAreaMap(renderer, element, latest.current.label, {
      volunteerLink: t('map.popup.volunteer'),
    });
    mounted.setAreas(latest.current.areas, latest.current.label);
    return mounted;
  });

  useEffect(() => {
    handle.current?.setAreas(areas, label);
  }, [handle, areas, label]);

  // focusKey lets the same area be focused twice in a row.
  useEffect(() => {
    if (focusId && focusKey !== undefined) handle.current?.focusArea(focusId);
  }, [handle, focusId, focusKey]);

  return <MapFrame container={container} status={status} />;
}
