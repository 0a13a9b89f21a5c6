// The slice of the mapbox-gl API this app uses. maplibre-gl 6 and mapbox-gl 3 both implement
// it, so every map feature is written once against this and runs on either renderer.
export type LngLat = [number, number];
export type Bounds = [LngLat, LngLat];

export interface MapLayerEvent {
  features?: { properties: Record<string, unknown> | null }[];
  lngLat: { lng: number; lat: number };
}

export interface MapLike {
  on(type: string, listener: () => void): unknown;
  on(type: string, layer: string, listener: (event: MapLayerEvent) => void): unknown;
  once(type: string, listener: () => void): unknown;
  addSource(id: string, source: Record<string, unknown>): unknown;
  getSource(id: string): unknown;
  addLayer(layer: Record<string, unknown>): unknown;
  addControl(control: unknown, position?: string): unknown;
  fitBounds(bounds: Bounds, options?: Record<string, unknown>): unknown;
  getZoom(): number;
  getCanvas(): HTMLCanvasElement;
  getContainer(): HTMLElement;
  isStyleLoaded(): boolean | undefined;
  isSourceLoaded(id: string): boolean;
  querySourceFeatures(
    source: string,
    options?: { filter?: unknown[] },
  ): { properties: Record<string, unknown> | null; geometry: { type: string; coordinates?: unknown } }[];
  getPaintProperty(layer: string, name: string): unknown;
  getLayer(id: string): unknown;
  queryRenderedFeatures(options?: { layers?: string[] }): { properties: Record<string, unknown> | null }[];
  resize(): unknown;
  remove(): void;
}

export interface PopupLike {
  setLngLat(lngLat: LngLat): PopupLike;
  setDOMContent(node: Node): PopupLike;
  addTo(map: MapLike): PopupLike;
  remove(): unknown;
}

export interface MarkerLike {
  setLngLat(lngLat: LngLat): MarkerLike;
  addTo(map: MapLike): MarkerLike;
  remove(): unknown;
}

export interface MapLib {
  Map: new (options: Record<string, unknown> & { container: HTMLElement }) => MapLike;
  Popup: new (options?: Record<string, unknown>) => PopupLike;
  Marker: new (options?: { element?: HTMLElement; anchor?: string }) => MarkerLike;
  NavigationControl: new (options?: Record<string, unknown>) => unknown;
  AttributionControl: new (options?: { compact?: boolean; customAttribution?: string | string[] }) => unknown;
}

export type Renderer = {
  name: 'maplibre' | 'mapbox';
  lib: MapLib;
  style: unknown;
  /** `text-font` for the app's own label layers: a font the style's glyphs serve. */
  font: string[];
  extraOptions: Record<string, unknown>;
};
