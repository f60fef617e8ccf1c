// The fixpoints behind both rules. Entities join the blocked set in rounds, and each one records the holdings
// (from entities of earlier rounds) that put it there: the set only grows and is finite, so cycles terminate,
// and the rounds give every derivation a well-founded order that chains are read back along.
import type { HoldingEdge } from './neighbourhood.ts';

export interface Derivation {
  round: number;
  /** The in-force holdings, from members of earlier rounds, that decide it. */
  holdings: HoldingEdge[];
}

/** Decides, for one asset, whether the holdings from members reach the threshold. */
export type Threshold = (fromMembers: HoldingEdge[], allIncoming: HoldingEdge[]) => boolean;

/**
 * Grows the set of members from `roots` until no asset joins: an asset joins when `reaches` says the
 * in-force holdings into it from current members decide it. Roots are not in the returned map.
 */
export function growFixpoint(
  roots: Set<string>,
  incomingByAsset: Map<string, HoldingEdge[]>,
  reaches: Threshold,
): Map<string, Derivation> {
  const derived = new Map<string, Derivation>();
  const isMember = (id: string) => roots.has(id) || derived.has(id);
  for (let round = 1; ; round++) {
    const joined: [string, HoldingEdge[]][] = [];
    for (const [asset, incoming] of incomingByAsset) {
      if (isMember(asset)) continue;
      const fromMembers = incoming.filter((edge) => isMember(edge.source));
      if (fromMembers.length > 0 && reaches(fromMembers, incoming)) joined.push([asset, fromMembers]);
    }
    if (joined.length === 0) return derived;
    for (const [asset, holdings] of joined) derived.set(asset, { round, holdings });
  }
}

export const knownSum = (edges: HoldingEdge[]) => edges.reduce((sum, edge) => sum + (edge.percentage ?? 0), 0);

/**
 * The most that holdings of unknown percentage could add: what the known holdings of all owners leave of 100%.
 * Zero when no holding from members is of unknown percentage.
 */
export function unknownCapacity(fromMembers: HoldingEdge[], allIncoming: HoldingEdge[]): number {
  const hasUnknown = fromMembers.some((edge) => edge.type === 'OWNS' && edge.percentage === null);
  return hasUnknown ? Math.max(0, 100 - knownSum(allIncoming)) : 0;
}

export interface Chain {
  nodeIds: string[];
  edges: HoldingEdge[];
}

const MAX_CHAINS = 50;

/** Every chain from a root down to `id` along the derivations (bounded: at most MAX_CHAINS; memoised per entity). */
export function chainsTo(
  id: string,
  derived: Map<string, Derivation>,
  isRoot: (id: string) => boolean,
  memo = new Map<string, Chain[]>(),
): Chain[] {
  if (isRoot(id)) return [{ nodeIds: [id], edges: [] }];
  const known = memo.get(id);
  if (known) return known;
  const chains: Chain[] = [];
  for (const holding of derived.get(id)?.holdings ?? []) {
    for (const upstream of chainsTo(holding.source, derived, isRoot, memo)) {
      if (chains.length < MAX_CHAINS)
        chains.push({ nodeIds: [...upstream.nodeIds, id], edges: [...upstream.edges, holding] });
    }
  }
  memo.set(id, chains);
  return chains;
}
