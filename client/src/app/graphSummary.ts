// Figures about the canvas for the filters, the legend and the status bar.
import type { EdgeGroup } from '@model/schema.ts';
import type { GraphState } from '../canvas/graphState.ts';
import { legendEntries, type LegendEntry } from '../export/scene.ts';
import { edgeGroupOf } from '../styles/graphStyles.ts';

export function edgeCountsByGroup(state: GraphState): Partial<Record<EdgeGroup, number>> {
  const counts: Partial<Record<EdgeGroup, number>> = {};
  for (const edge of Object.values(state.edges)) {
    const group = edgeGroupOf(edge.type);
    counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts;
}

export function canvasLegend(state: GraphState): LegendEntry[] {
  const nodes = Object.values(state.nodes);
  const groups = Object.values(state.edges)
    .map((e) => edgeGroupOf(e.type))
    .filter((g) => !state.hiddenGroups.includes(g));
  return legendEntries(
    nodes.map((n) => n.kind),
    groups,
    nodes.some((n) => n.sanctioned),
  );
}

/** `filteredOut`: what the show-only filters hide, left out of the figures like filtered link groups. */
export function describeCounts(state: GraphState, filteredOut: ReadonlySet<string> = new Set()): string {
  const nodes = Object.keys(state.nodes).filter((id) => !filteredOut.has(id)).length;
  const edges = Object.values(state.edges).filter(
    (e) => !state.hiddenGroups.includes(edgeGroupOf(e.type)) && !filteredOut.has(e.id),
  ).length;
  return `${nodes} node${nodes === 1 ? '' : 's'} · ${edges} link${edges === 1 ? '' : 's'} shown`;
}
