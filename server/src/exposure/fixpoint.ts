// The fixpoint behind every rule. Entities join the blocked set in rounds, and each one records the stakes
// (from entities of earlier rounds) that put it there: the set only grows and is finite, so cycles terminate,
// and the rounds give every derivation a well-founded order that chains are read back along.
import type { Stake } from './stakes.ts';

export interface Derivation {
  round: number;
  /** The in-force stakes, from members of earlier rounds, that decide it. */
  stakes: Stake[];
}

/** Decides, for one asset, whether the stakes from members reach the rule. */
export type Decide = (fromMembers: Stake[], allIncoming: Stake[]) => boolean;

/**
 * Grows the set of members from `roots` until no asset joins: an asset joins when `decide` says the in-force
 * stakes into it from current members reach the rule. Each round looks only at the assets of the members that
 * joined in the round before (nothing else can have changed), so one call costs about one pass over the stakes.
 * Roots are not in the returned map.
 */
export function growFixpoint(
  roots: Set<string>,
  incomingByAsset: Map<string, Stake[]>,
  decide: Decide,
): Map<string, Derivation> {
  const assetsOf = new Map<string, string[]>();
  for (const [asset, incoming] of incomingByAsset)
    for (const stake of incoming) {
      const assets = assetsOf.get(stake.owner) ?? [];
      assets.push(asset);
      assetsOf.set(stake.owner, assets);
    }
  const derived = new Map<string, Derivation>();
  const isMember = (id: string) => roots.has(id) || derived.has(id);
  let joinedLast = [...roots];
  for (let round = 1; joinedLast.length > 0; round++) {
    const candidates = new Set(joinedLast.flatMap((id) => assetsOf.get(id) ?? []).filter((a) => !isMember(a)));
    const joined: [string, Stake[]][] = [];
    for (const asset of candidates) {
      const incoming = incomingByAsset.get(asset)!;
      const fromMembers = incoming.filter((stake) => isMember(stake.owner));
      if (decide(fromMembers, incoming)) joined.push([asset, fromMembers]);
    }
    for (const [asset, stakes] of joined) derived.set(asset, { round, stakes });
    joinedLast = joined.map(([asset]) => asset);
  }
  return derived;
}

export interface Chain {
  nodeIds: string[];
  stakes: Stake[];
}

const MAX_CHAINS = 50;

/** Every chain from a root down to `id` along the derivations (bounded: at most MAX_CHAINS; memoised per entity). */
export function chainsTo(
  id: string,
  derived: Map<string, Derivation>,
  isRoot: (id: string) => boolean,
  memo = new Map<string, Chain[]>(),
): Chain[] {
  if (isRoot(id)) return [{ nodeIds: [id], stakes: [] }];
  const known = memo.get(id);
  if (known) return known;
  memo.set(id, []);
  const chains: Chain[] = [];
  for (const stake of derived.get(id)?.stakes ?? []) {
    for (const upstream of chainsTo(stake.owner, derived, isRoot, memo)) {
      if (chains.length < MAX_CHAINS)
        chains.push({ nodeIds: [...upstream.nodeIds, id], stakes: [...upstream.stakes, stake] });
    }
  }
  memo.set(id, chains);
  return chains;
}
