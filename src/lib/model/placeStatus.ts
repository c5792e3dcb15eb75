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

function challengedByStatus(claim: Claim): boolean {
  return claim.status === 'disputed' || claim.status === 'contested' || claim.status === 'denied';
}

/**
 * What one claim contributes to its place's status, as bits, so that the data index can carry a
 * place's status for any date range without its claims: OR the flags of the claims in the range and
 * read the status off with `statusFromFlags`.
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

/**
 * The flags each of a place's claims contributes, in order. `placeClaims` are all the claims naming
 * the place: a control claim counts as challenged when its status says so, or when it and another
 * of them are linked by `disputes` (either way round), whatever the dates or filters shown. The
 * links are looked up in two sets rather than a scan per claim: a place may have thousands.
 */
export function placeClaimFlags(placeClaims: readonly Claim[]): number[] {
  const ids = new Set(placeClaims.map((c) => c.id));
  const named = new Set(placeClaims.flatMap((c) => c.disputes));
  return placeClaims.map((claim) =>
    flagsOf(claim, challengedByStatus(claim) || named.has(claim.id) || claim.disputes.some((id) => ids.has(id))),
  );
}

/** Every place's claims, each with the flags it contributes there (`placeClaimFlags` per place). */
export function claimFlagsByPlace(claims: readonly Claim[]): Map<string, { claims: Claim[]; flags: number[] }> {
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const place of claim.places) {
      const list = claimsOf.get(place);
      if (list) list.push(claim);
      else claimsOf.set(place, [claim]);
    }
  }
  const out = new Map<string, { claims: Claim[]; flags: number[] }>();
  for (const [place, list] of claimsOf) out.set(place, { claims: list, flags: placeClaimFlags(list) });
  return out;
}

function flagsOf(claim: Claim, challenged: boolean): number {
  let flags: number = STATUS_FLAG.any;
  if (claim.kind === 'control' && claim.status !== 'denied' && claim.status !== 'contested') {
    flags |= challenged ? STATUS_FLAG.controlChallenged : STATUS_FLAG.control;
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
  return statusFromFlags(placeClaimFlags(claims).reduce((all, flags) => all | flags, 0));
}
