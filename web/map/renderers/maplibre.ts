// Loaded only through load-renderer's dynamic import, so maplibre and its CSS stay in a lazy chunk.
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibre from 'maplibre-gl';
import { basemapFont, basemapStyle } from '../basemap-style';
import type { MapLib, Renderer } from '../map-lib';

// A deployment with a street-level basemap of its own sets its style URL (and, when that style
// has no "Noto Sans Regular", the font its labels use); without one, the bundled offline basemap.
const styleUrl = process.env.NEXT_PUBLIC_MAP_STYLE_URL;
const styleFont = process.env.NEXT_PUBLIC_MAP_STYLE_FONT ?? 'Noto Sans Regular';

export function createMaplibreRenderer(): Renderer {
  // The worker is a standalone ES module copied to public/ by `npm run generate`.
  maplibre.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
  return {
    name: 'maplibre',
    lib: maplibre as unknown as MapLib,
    style: styleUrl || basemapStyle(location.origin),
    font: styleUrl ? [styleFont] : basemapFont,
    extraOptions: {},
  };
}
