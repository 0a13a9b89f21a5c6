// The offline basemap for maplibre: sea background, regions as land, municipality and region
// borders, neighbouring countries and municipality names, all from GeoJSON committed in
// public/basemap/ with one glyph range of our own (scripts/build-glyphs.ts). No tiles, no sprites,
// so it renders with no network beyond our own origin.
export const basemapAttribution =
  'Kortdata: <a href="https://dataforsyningen.dk/">Geodatastyrelsen, DAGI</a>';
const neighboursAttribution = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** The font of every label on the offline basemap and of the app's label layers on it. */
export const basemapFont = ['dejavu-sans'];

export function basemapStyle(origin: string) {
  // Absolute URLs: maplibre fetches GeoJSON inside its worker, whose base URL is the worker file.
  const data = (file: string) => `${origin}/basemap/${file}`;
  return {
    version: 8,
    name: 'Naboskab Danmark',
    glyphs: `${origin}/basemap/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      neighbours: { type: 'geojson', data: data('neighbours.geojson'), attribution: neighboursAttribution },
      regions: { type: 'geojson', data: data('regions.geojson'), attribution: basemapAttribution },
      municipalities: { type: 'geojson', data: data('municipalities.geojson') },
      'municipality-labels': { type: 'geojson', data: data('municipality-labels.geojson') },
      'region-labels': { type: 'geojson', data: data('region-labels.geojson') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#b7d3e6' } },
      // Slightly greyer than Denmark so the country reads as the subject.
      { id: 'neighbours', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#e3e0d8' } },
      { id: 'land', type: 'fill', source: 'regions', paint: { 'fill-color': '#f4f1ea' } },
      {
        id: 'municipality-borders',
        type: 'line',
        source: 'municipalities',
        minzoom: 6,
        paint: {
          'line-color': '#a7a29a',
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.4, 10, 1.2],
        },
      },
      {
        id: 'region-borders',
        type: 'line',
        source: 'regions',
        paint: {
          'line-color': '#6f7b83',
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 2],
        },
      },
      {
        // Region names name the country view; municipality names take over from zoom 7.
        id: 'region-names',
        type: 'symbol',
        source: 'region-labels',
        maxzoom: 7,
        layout: { 'text-field': ['get', 'name'], 'text-font': basemapFont, 'text-size': 12 },
        paint: { 'text-color': '#3f3a33', 'text-halo-color': '#f4f1ea', 'text-halo-width': 1.5 },
      },
      {
        // Municipality names (mostly the main town's) keep a place named at every zoom from 7 on.
        id: 'municipality-names',
        type: 'symbol',
        source: 'municipality-labels',
        minzoom: 7,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': basemapFont,
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 12, 16],
          'text-padding': 4,
        },
        paint: { 'text-color': '#3f3a33', 'text-halo-color': '#f4f1ea', 'text-halo-width': 1.5 },
      },
    ],
  };
}
