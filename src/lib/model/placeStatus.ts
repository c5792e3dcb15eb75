// What a place's claims add up to: a closed list of statuses, each with its rule.
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

// How each status is drawn (colour and pattern) lives in the theme, src/lib/layers/theme.ts.

/** A claim is challenged when its status says so or another claim names it in `disputes`. */
function isChallenged(claim: Claim, all: readonly Claim[]): boolean {
  if (claim.status === 'disputed' || claim.status === 'contested' || claim.status === 'denied') return true;
  return all.some((other) => other.disputes.includes(claim.id) || claim.disputes.includes(other.id));
}

/**
 * What one claim contributes to its place's status, as bits, so that the data index can carry a
 * place's status for any date range without its claims: OR the flags of the claims in the range and
 * read the status off with `statusFromFlags`. `placeClaims` are all the claims naming the place, for
 * the dispute links.
 */
export const STATUS_FLAG = {
  any: 1,
  control: 2,
  controlChallenged: 4,
  annexation: 8,
  advance: 16,
  attack: 32,
  strike: 64,
} as const;

export function claimStatusFlags(claim: Claim, placeClaims: readonly Claim[]): number {
  let flags: number = STATUS_FLAG.any;
  if (claim.kind === 'control' && claim.status !== 'denied' && claim.status !== 'contested') {
    flags |= isChallenged(claim, placeClaims) ? STATUS_FLAG.controlChallenged : STATUS_FLAG.control;
  }
  if (claim.kind === 'annexation') flags |= STATUS_FLAG.annexation;
  if (claim.kind === 'advance') flags |= STATUS_FLAG.advance;
  if (claim.kind === 'attack' || claim.kind === 'troop-buildup' || claim.kind === 'defence') flags |= STATUS_FLAG.attack;
  if (claim.kind === 'strike') flags |= STATUS_FLAG.strike;
  return flags;
}

/** The status that claims with these flags (OR-ed together) add up to. */
export function statusFromFlags(flags: number): PlaceStatus {
  if (!(flags & STATUS_FLAG.any)) return 'no-claims';
  if (flags & STATUS_FLAG.controlChallenged) return 'control-claimed-disputed';
  if (flags & STATUS_FLAG.control) return 'control-claimed';
  if (flags & STATUS_FLAG.annexation) return 'annexation-claimed';
  if (flags & STATUS_FLAG.advance) return 'advance-claimed';
  if (flags & STATUS_FLAG.attack) return 'attack-reported';
  if (flags & STATUS_FLAG.strike) return 'strike-reported';
  return 'mentioned';
}

/** The status a place's claims add up to. `claims` are the claims naming the place (already filtered). */
export function placeStatus(claims: readonly Claim[]): PlaceStatus {
  let flags = 0;
  for (const claim of claims) flags |= claimStatusFlags(claim, claims);
  return statusFromFlags(flags);
}
