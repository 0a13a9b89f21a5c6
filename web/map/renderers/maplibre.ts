// Loaded only through load-renderer's dynamic import, so maplibre and its CSS stay in a lazy chunk.
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibre from 'maplibre-gl';
import { basemapStyle } from '../basemap-style';
import type { MapLib, Renderer } from '../map-lib';

export function createMaplibreRenderer(): Renderer {
  // The worker is a standalone ES module copied to public/ by `npm run generate`.
  maplibre.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
  return {
    name: 'maplibre',
    lib: maplibre as unknown as MapLib,
    style: basemapStyle(location.origin),
    extraOptions: {},
  };
}
