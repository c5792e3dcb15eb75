// Groups claims that contradict each other, so a reader sees "X claims… / Y suggests…" side by side.
import type { Claim } from './types';

export type ClaimGroup = { kind: 'single'; claim: Claim } | { kind: 'dispute'; claims: Claim[] };

/** Connected groups of the `disputes` links among the given claims, in the claims' own order. */
export function groupDisputes(claims: readonly Claim[]): ClaimGroup[] {
  const ids = new Set(claims.map((c) => c.id));
  const parent = new Map(claims.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const claim of claims) {
    for (const other of claim.disputes) if (ids.has(other)) parent.set(find(other), find(claim.id));
  }
  const groups: ClaimGroup[] = [];
  const seen = new Map<string, Claim[]>();
  for (const claim of claims) {
    const root = find(claim.id);
    const members = seen.get(root);
    if (members) {
      members.push(claim);
      continue;
    }
    const list = [claim];
    seen.set(root, list);
    groups.push({ kind: 'dispute', claims: list });
  }
  return groups.map((g) => (g.kind === 'dispute' && g.claims.length === 1 ? { kind: 'single', claim: g.claims[0] } : g));
}
