// How an assessed figure is worked out, in words a reader can repeat (shown one click away from each figure).
export const METHOD_TEXT =
  "Geodesic area (turf area: spherical excess on a sphere of radius 6371.0088 km) of the intersection of the place's " +
  'polygon in geodata/regions.geojson (Natural Earth 10m admin-1, simplified; the boundaries of the computed checks) with the assessed ' +
  "area (the assessment's polygons for that date, merged), summed along the parts of each boundary that lie inside the other (where the two " +
  "boundaries touch, from the polygon turf intersect builds instead), divided by the place's own area measured the same way. Ukraine is the sum " +
  "over all 27 of its first-level units, Crimea and Sevastopol included. The assessment used is the one on the claim's date or nearest " +
  'before it (a month or a year counts to its last day); for an undated claim, or one earlier than every assessment, the latest, ' +
  'labelled so. The figure is what the named source assesses, not a fact established here.';
