// Shared shapes of the viewer's data (sources, claims, places): one definition for the app and the scripts.

/** Closed list of what a claim asserts. Data check, legend and filters all read this list. */
export const CLAIM_KINDS = [
  'control', // who holds a territory (e.g. "fully captured")
  'advance', // gains, pushes into a region
  'defence', // an advance claimed halted or repelled
  'attack', // a ground offensive or assault on a region
  'strike', // an air, drone or missile strike on a place
  'troop-buildup',
  'annexation', // incorporation or claimed sovereignty
  'sovereignty', // rejection or non-recognition of annexation
  'territory', // share or extent of territory held
  'weapons', // use of prohibited or specific weapons
  'statement', // a position stated about a place
  'diplomacy',
  'humanitarian',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** How the claim stands as the article presents it. */
export const CLAIM_STATUSES = ['asserted', 'reported', 'disputed', 'contested', 'denied'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const DATE_BASES = ['stated', 'inferred'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export interface EventDate {
  /** ISO 8601 at the stated precision: "2025-07-04", "2025-07", "2022"; null when unknown. */
  value: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  /** Required when basis is "inferred": what in the text the date was worked out from. */
  note?: string;
  /** The editor's Ukrainian translation of `note`. */
  note_uk?: string;
}

export interface Claim {
  id: string;
  source: string;
  quote: string;
  /** Region ids (ISO 3166-2), site ids, or "UA" for Ukraine as a whole. */
  places: string[];
  kind: ClaimKind;
  claimant: string;
  status: ClaimStatus;
  event_date: EventDate;
  /** Editor's neutral summary (editorial words, shown as such). */
  summary: string;
  disputes: string[];
  /** Editor's note, shown labelled as one. */
  note?: string;
  /**
   * The editor's Ukrainian translations of the editorial fields, shown (marked as translations) in the
   * Ukrainian interface. The quote is never translated: it stays verbatim in the article's language.
   */
  summary_uk?: string;
  note_uk?: string;
  claimant_uk?: string;
}

export interface Source {
  id: string;
  title: string;
  /** Author as the article names it; null when the article names none. */
  byline: string | null;
  outlet?: string | null;
  /** Other credits the text carries (e.g. a photo credit), verbatim. */
  credits?: string[];
  published?: string | null;
  retrieved?: string | null;
  /** Where the article was read (http or https). */
  url?: string | null;
  /** File name of the verbatim text, relative to geodata/sources/. */
  text: string;
  sha256: string;
  /** Id of the seed file the text was taken from. */
  seed?: string;
  note?: string;
}

/** Properties of a feature in geodata/regions.geojson. */
export interface RegionProperties {
  id: string;
  name_en: string;
  name_uk: string;
  name_ru?: string;
  type: string;
}

export const SITE_PRECISIONS = ['exact', 'approximate'] as const;
export type SitePrecision = (typeof SITE_PRECISIONS)[number];

/** Properties of a feature in geodata/sites.geojson. */
export interface SiteProperties {
  id: string;
  name_en: string;
  name_uk?: string;
  kind: string;
  precision: SitePrecision;
  basis: string;
  /** Region id the site lies in. */
  region: string;
}

/** The place id meaning Ukraine as a whole. */
export const WHOLE_COUNTRY = 'UA';

/** The mission's places, in the order the layer panel lists them. */
export const MISSION_REGIONS = ['UA-09', 'UA-14', 'UA-59', 'UA-63', 'UA-23', 'UA-12'] as const;
export const MISSION_SITES = ['kupol-izhevsk'] as const;
