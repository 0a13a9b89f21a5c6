import type { Renderer } from './map-lib';

// NEXT_PUBLIC_ variables are inlined at build time; each library is its own lazy chunk and
// only the chosen one is ever downloaded.
const mapboxToken = process.env.NEXT_PUBLIC_MAPBOX_TOKEN;

export async function loadRenderer(): Promise<Renderer> {
  if (mapboxToken) return (await import('./renderers/mapbox')).createMapboxRenderer(mapboxToken);
  return (await import('./renderers/maplibre')).createMaplibreRenderer();
}
