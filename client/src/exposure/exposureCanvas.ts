// Exposure on the canvas: entities blocked by derivation (not listed themselves) get their own mark, distinct
// from a direct listing, and the deciding chains can be highlighted.
import type { Core } from 'cytoscape';
import type { ExposureResult } from '@api/types.ts';

export const DERIVED_CLASS = 'exposure-derived';
export const PATH_CLASS = 'exposure-path';

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

export function markDerivedExposure(cy: Core, result: ExposureResult): void {
  for (const id of derivedIds(result)) cy.getElementById(id).addClass(DERIVED_CLASS);
}

/** Highlights the chains that decide the answer; returns how many canvas elements were highlighted. */
export function highlightDecidingPaths(cy: Core, result: ExposureResult): number {
  cy.elements(`.${PATH_CLASS}`).removeClass(PATH_CLASS);
  const ids = result.regimes.flatMap((r) => r.chains.flatMap((c) => [...c.nodeIds, ...c.edgeIds]));
  let elements = cy.collection();
  for (const id of ids) elements = elements.union(cy.getElementById(id));
  elements.addClass(PATH_CLASS);
  return elements.length;
}
