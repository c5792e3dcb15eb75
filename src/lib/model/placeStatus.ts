// What a place's claims add up to: a closed list of statuses, each with a rule, a colour and a pattern.
import type { Claim } from './types';

/**
 * Ordered from strongest to weakest: a place takes the first status whose rule matches its claims.
 * Every status is a statement about claims ("claimed ..."), never about verified control.
 */
export const PLACE_STATUSES = [
  'control-claimed-disputed',
  'control-claimed',
  'annexation-claimed',
  'advance-claimed',
  'attack-reported',
  'strike-reported',
  'mentioned',
  'no-claims',
] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

export interface PlaceStatusStyle {
  /** Fill colour on the map and swatch colour in the legend. */
  color: string;
  /** A second, non-colour signal: how the region is drawn besides its colour. */
  pattern: 'solid' | 'hatch' | 'dots' | 'outline' | 'none';
}

export const PLACE_STATUS_STYLE: Record<PlaceStatus, PlaceStatusStyle> = {
  'control-claimed-disputed': { color: '#b2182b', pattern: 'hatch' },
  'control-claimed': { color: '#b2182b', pattern: 'solid' },
  'annexation-claimed': { color: '#8c510a', pattern: 'solid' },
  'advance-claimed': { color: '#e66101', pattern: 'dots' },
  'attack-reported': { color: '#f1a340', pattern: 'dots' },
  'strike-reported': { color: '#6a3d9a', pattern: 'outline' },
  mentioned: { color: '#9e9ac8', pattern: 'outline' },
  'no-claims': { color: '#d9d9d9', pattern: 'none' },
};

/** A claim is challenged when its status says so or another claim names it in `disputes`. */
function isChallenged(claim: Claim, all: readonly Claim[]): boolean {
  if (claim.status === 'disputed' || claim.status === 'contested' || claim.status === 'denied') return true;
  return all.some((other) => other.disputes.includes(claim.id) || claim.disputes.includes(other.id));
}

/** The status a place's claims add up to. `claims` are the claims naming the place (already filtered). */
export function placeStatus(claims: readonly Claim[]): PlaceStatus {
  if (claims.length === 0) return 'no-claims';
  const control = claims.filter((c) => c.kind === 'control' && c.status !== 'denied' && c.status !== 'contested');
  if (control.length > 0) {
    return control.some((c) => isChallenged(c, claims)) ? 'control-claimed-disputed' : 'control-claimed';
  }
  if (claims.some((c) => c.kind === 'annexation')) return 'annexation-claimed';
  if (claims.some((c) => c.kind === 'advance')) return 'advance-claimed';
  if (claims.some((c) => c.kind === 'attack' || c.kind === 'troop-buildup' || c.kind === 'defence')) {
    return 'attack-reported';
  }
  if (claims.some((c) => c.kind === 'strike')) return 'strike-reported';
  return 'mentioned';
}
