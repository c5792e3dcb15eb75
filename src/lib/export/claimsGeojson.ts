// Claims as a GeoJSON FeatureCollection: one feature per claim, carrying its quote, claimant, status, dates and full source.
import type { Feature, FeatureCollection, MultiPoint, Point } from 'geojson';
import type { Claim, Source } from '../model/types';
import {
  assessedRecord,
  claimRecord,
  exportIndex,
  type AssessedFigures,
  type AssessedRecord,
  type ClaimRecord,
  type ExportPlace,
} from './claimRecord';

/** The assessed_* fields are there only while an assessment is in use (see ASSESSED_COLUMNS). */
export type ClaimFeatureProperties = ClaimRecord &
  Partial<AssessedRecord> & {
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
 * With an assessment's figures every feature carries the assessed_* lists too (empty for a claim
 * without figures).
 */
export function claimsToGeoJson(
  claims: readonly Claim[],
  sources: readonly Source[],
  places: readonly ExportPlace[],
  assessed?: AssessedFigures,
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
    const record = claimRecord(claim, index);
    const properties: ClaimFeatureProperties = assessed
      ? { ...record, ...assessedRecord(assessed.get(claim.id)), geometry_places: located }
      : { ...record, geometry_places: located };
    return { type: 'Feature', id: claim.id, geometry, properties };
  });
  return { type: 'FeatureCollection', features };
}

/** The collection as file text: two-space JSON and a trailing newline. */
export function claimsGeoJsonText(
  claims: readonly Claim[],
  sources: readonly Source[],
  places: readonly ExportPlace[],
  assessed?: AssessedFigures,
): string {
  return `${JSON.stringify(claimsToGeoJson(claims, sources, places, assessed), null, 2)}\n`;
}
