// Claims as a GeoJSON FeatureCollection: one feature per claim, carrying its quote, claimant, status, dates and full source.
import type { Feature, FeatureCollection, MultiPoint, Point } from 'geojson';
import type { Claim, Source } from '../model/types';
import { claimRecord, exportIndex, type ClaimRecord, type ExportPlace } from './claimRecord';

export type ClaimFeatureProperties = ClaimRecord & {
  /** Ids of the places whose label points make up the geometry (places without one are left out). */
  geometry_places: string[];
};

export type ClaimFeature = Feature<Point | MultiPoint | null, ClaimFeatureProperties>;

/**
 * Geometry: the label point of each of the claim's places that has one, in the claim's order: a Point
 * for one, a MultiPoint for several. "UA" (Ukraine as a whole) has no point of its own, and drawing it
 * at some chosen spot in Ukraine would place the claim where the article did not, so a claim about
 * Ukraine alone gets a null geometry (allowed by RFC 7946, section 3.2) and keeps "UA" in `places`.
 *
 * The output is deterministic (no export time, input order kept), so the same claims always give the
 * same file; a caller that wants a timestamp can add a top-level foreign member before saving.
 */
export function claimsToGeoJson(
  claims: readonly Claim[],
  sources: readonly Source[],
  places: readonly ExportPlace[],
): FeatureCollection<Point | MultiPoint | null, ClaimFeatureProperties> {
  const index = exportIndex(sources, places);
  const features = claims.map((claim): ClaimFeature => {
    const located = claim.places.filter((id) => index.places.has(id));
    const anchors = located.map((id) => [...index.places.get(id)!.anchor]);
    const geometry: Point | MultiPoint | null =
      anchors.length === 0
        ? null
        : anchors.length === 1
          ? { type: 'Point', coordinates: anchors[0] }
          : { type: 'MultiPoint', coordinates: anchors };
    return { type: 'Feature', id: claim.id, geometry, properties: { ...claimRecord(claim, index), geometry_places: located } };
  });
  return { type: 'FeatureCollection', features };
}

/** The collection as file text: two-space JSON and a trailing newline. */
export function claimsGeoJsonText(claims: readonly Claim[], sources: readonly Source[], places: readonly ExportPlace[]): string {
  return `${JSON.stringify(claimsToGeoJson(claims, sources, places), null, 2)}\n`;
}
