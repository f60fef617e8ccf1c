// Exposure on the canvas: entities blocked by derivation (not listed themselves) get their own mark, distinct
// from a direct listing, and the deciding chains can be highlighted. Both go through the graph state, so undo,
// saved views and exports see them.
import type { ExposureResult } from '@api/types.ts';

/** Ids of entities the answer shows as blocked or treated as designated without being listed themselves. */
export function derivedIds(result: ExposureResult): string[] {
  const ids = new Set<string>();
  // Every entity below a chain's listed root is blocked (or treated as designated) by the rule.
  for (const regime of result.regimes.filter((r) => r.status === 'blocked')) {
    for (const chain of regime.chains) for (const id of chain.nodeIds.slice(1)) ids.add(id);
    ids.add(result.entity.id);
  }
  if (result.regimes.some((r) => r.status === 'listed')) ids.delete(result.entity.id);
  return [...ids];
}

/** The nodes and edges of the chains that decide the answer, in every regime. */
export function decidingIds(result: ExposureResult): string[] {
  return result.regimes.flatMap((r) => r.chains.flatMap((c) => [...c.nodeIds, ...c.edgeIds]));
}
