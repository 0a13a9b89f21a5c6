// The offline basemap for maplibre: sea background, regions as land, municipality and region
// borders, neighbouring countries, all from GeoJSON committed in public/basemap/. No tiles, no glyphs, no sprites, so it
// renders with no network beyond our own origin (area names are HTML markers, see area-layers).
export const basemapAttribution =
  'Kortdata: <a href="https://dataforsyningen.dk/">Geodatastyrelsen, DAGI</a>';
const neighboursAttribution = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

export function basemapStyle(origin: string) {
  // Absolute URLs: maplibre fetches GeoJSON inside its worker, whose base URL is the worker file.
  const data = (file: string) => `${origin}/basemap/${file}`;
  return {
    version: 8,
    name: 'Naboskab Danmark',
    sources: {
      neighbours: { type: 'geojson', data: data('neighbours.geojson'), attribution: neighboursAttribution },
      regions: { type: 'geojson', data: data('regions.geojson'), attribution: basemapAttribution },
      municipalities: { type: 'geojson', data: data('municipalities.geojson') },
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
    ],
  };
}
