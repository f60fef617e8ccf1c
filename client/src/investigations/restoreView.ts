// Puts a saved investigation back on the canvas: its nodes (as they are now) and exactly its links, its filters
// and selection, the saved positions and viewport instead of a layout; and brings a view up to date after merges.
import type { ApiClient } from '../api/apiClient.ts';
import { cleanShowOnly } from '../filters/showOnly.ts';
import { emptyGraph, setShowOnly, type CanvasNode, type GraphState } from '../canvas/graphState.ts';
import type { ChangedSinceSaved, InvestigationView } from '../../../server/src/investigations/contract.ts';

export async function savedGraph(api: ApiClient, view: InvestigationView): Promise<GraphState> {
  const { nodes, edges } = await api.subgraph(view.nodes.map((n) => n.id));
  const shown = new Set(view.edges);
  const graph: GraphState = {
    ...emptyGraph(),
    nodes: Object.fromEntries(nodes.map((n): [string, CanvasNode] => [n.id, n])),
    edges: Object.fromEntries(edges.filter((e) => shown.has(e.id)).map((e) => [e.id, e])),
    hiddenGroups: view.hiddenGroups as GraphState['hiddenGroups'],
  };
  return setShowOnly(graph, cleanShowOnly(view.showOnly).showOnly);
}

export const savedPositions = (view: InvestigationView) =>
  Object.fromEntries(view.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));

/** The ids to show after the changes: survivors instead of merged entities, deleted ones gone. */
export function updatedIds(ids: string[], changes: ChangedSinceSaved): string[] {
  const into = new Map(changes.merged.map((m) => [m.id, m.into?.id ?? null]));
  const deleted = new Set(changes.deleted.map((d) => d.id));
  const next = ids.flatMap((id) =>
    deleted.has(id) ? [] : into.has(id) ? (into.get(id) ? [into.get(id)!] : []) : [id],
  );
  return [...new Set(next)];
}
