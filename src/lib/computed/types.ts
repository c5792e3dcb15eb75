// Shape of geodata/computed.json: figures worked out from the geodata at build time, shown beside claims.

/** Units a computed value is stated in; "percent" values are percentages (27.81 means 27.81 %). */
export type ComputedUnit = 'km' | 'km2' | 'percent';

/** A published figure the computed value is set beside (never merged into it). */
export interface ComputedReference {
  /** What the figure is, in words, e.g. "the article's 'some 1,300 kilometers'". */
  label: string;
  label_uk: string;
  value: number;
  unit: ComputedUnit;
  /** Where the figure comes from: a claim id, or a named publisher for official figures. */
  source: string;
  /** Computed value minus the reference, in the item's unit (same rounding as the item). */
  difference: number;
  /** difference as a percentage of the reference, two decimals. */
  difference_pct: number;
}

export interface ComputedItem {
  /** Fixed id: "kupol-border-distance", "area-UA-09", "share-UA-09", "share-mission-oblasts", ... */
  id: string;
  /** What was computed, in English and in Ukrainian. */
  label: string;
  label_uk: string;
  value: number;
  unit: ComputedUnit;
  /** Key into ComputedData.methods: how it was computed (shared by many items, so stored once). */
  method: string;
  /** Ids of the claims the figure sits beside (claims that state a number about the same geometry). */
  related_claims: string[];
  /** Place ids the figure is about, so a place's popup can show it. */
  places: string[];
  /** What the figure does and does not show; null when the label and method say it all. */
  note: string | null;
  /** Published figures to compare with, if any. */
  references: ComputedReference[];
  /** For a distance: the nearest point found, [longitude, latitude]. */
  nearest_point?: [number, number];
}

export interface ComputedData {
  /** Bumped when the shape changes. */
  version: 1;
  /** The command that writes the file; the unit tests fail when the file differs from its output. */
  generated_by: string;
  /** The geodata files the figures were computed from. */
  inputs: string[];
  /** How each kind of figure was computed, in words a reader can repeat; items name one by key. */
  methods: Record<string, string>;
  items: ComputedItem[];
}
