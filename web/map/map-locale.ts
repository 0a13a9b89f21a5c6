// The map library's own control labels (its default is English: "Close popup", "Zoom in"), in
// the page's language. Map code runs in the browser only, so the <html lang> tells which.
const danish = {
  'AttributionControl.ToggleAttribution': 'Vis eller skjul kortets kilder',
  'AttributionControl.MapFeedback': 'Giv feedback på kortet',
  'FullscreenControl.Enter': 'Vis kortet i fuld skærm',
  'FullscreenControl.Exit': 'Forlad fuld skærm',
  'GeolocateControl.FindMyLocation': 'Find min placering',
  'GeolocateControl.LocationNotAvailable': 'Placeringen er ikke tilgængelig',
  'LogoControl.Title': 'MapLibre',
  'Map.Title': 'Kort',
  'NavigationControl.ResetBearing': 'Drej kortet mod nord',
  'NavigationControl.ZoomIn': 'Zoom ind',
  'NavigationControl.ZoomOut': 'Zoom ud',
  'Popup.Close': 'Luk',
  'ScaleControl.Feet': 'fod',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mil',
  'ScaleControl.NauticalMiles': 'sømil',
  'GlobeControl.Enable': 'Vis som globus',
  'GlobeControl.Disable': 'Vis som fladt kort',
  'TerrainControl.Enable': 'Vis terræn',
  'TerrainControl.Disable': 'Skjul terræn',
  'CooperativeGesturesHandler.WindowsHelpText': 'Hold Ctrl nede for at zoome på kortet',
  'CooperativeGesturesHandler.MacHelpText': 'Hold ⌘ nede for at zoome på kortet',
  'CooperativeGesturesHandler.MobileHelpText': 'Brug to fingre for at flytte kortet',
};

/** The `locale` option for a new map: Danish labels on a Danish page, the library's English otherwise. */
export function mapLocale(): Record<string, string> | undefined {
  return typeof document !== 'undefined' && document.documentElement.lang === 'da' ? danish : undefined;
}
