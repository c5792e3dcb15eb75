// Types for the parts of geojson-validation (a CommonJS package without its own typings) that the import uses.
declare module 'geojson-validation' {
  /** With trace true, each check returns its list of error strings (empty when valid). */
  interface GeoJsonValidation {
    valid(object: unknown, trace?: false): boolean;
    valid(object: unknown, trace: true): string[];
    isFeatureCollection(object: unknown, trace?: false): boolean;
    isFeatureCollection(object: unknown, trace: true): string[];
  }
  const gjv: GeoJsonValidation;
  export default gjv;
}
