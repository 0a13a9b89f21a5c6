// geojson-validation ships no types: the one function the ministry export tests use.
declare module 'geojson-validation' {
  /** With trace = true: the list of problems found (empty when valid). */
  export function valid(geoJSON: unknown, trace: true): string[];
  export function valid(geoJSON: unknown, trace?: false): boolean;
  const gjv: { valid: typeof valid };
  export default gjv;
}
