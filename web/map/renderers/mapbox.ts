// Loaded only when NEXT_PUBLIC_MAPBOX_TOKEN is set. mapbox-gl 3 renders only with a token and
// Mapbox's own services (also a licence condition), so it always uses Mapbox's style.
import 'mapbox-gl/dist/mapbox-gl.css';
import mapboxgl from 'mapbox-gl';
import type { MapLib, Renderer } from '../map-lib';

export function createMapboxRenderer(token: string): Renderer {
  return {
    name: 'mapbox',
    lib: mapboxgl as unknown as MapLib,
    style: 'mapbox://styles/mapbox/streets-v12',
    font: ['DIN Pro Medium', 'Arial Unicode MS Regular'], // fonts Mapbox's streets style serves
    extraOptions: { accessToken: token },
  };
}
