'use client';

import dynamic from 'next/dynamic';
import { MapPlaceholder } from './map-placeholder';

// The area map of / and of a partnership's page. ssr: false keeps the map library out of the
// server render and out of the page's first JS; the placeholder holds its place meanwhile.
export const LazyAreaMap = dynamic(() => import('./area-map'), {
  ssr: false,
  loading: () => <MapPlaceholder />,
});
