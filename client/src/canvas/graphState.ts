// The graph on the canvas as plain immutable data, and the pure transitions between states.
// Rendering (Cytoscape) only mirrors this state, so undo/redo, the URL and the exports never depend on it.
import type { GraphEdge, GraphNode, NeighborPage, PathResult, Subgraph } from '@api/types.ts';
import type { EdgeGroup, RelationshipType } from '@model/schema.ts';
import type { ShowOnly } from '../filters/showOnly.ts';

export type Direction = 'out' | 'in' | 'both';

export interface CanvasNode extends GraphNode {
  /** The node whose expansion brought this one in; absent for nodes the user put there. */
  expandedFrom?: string;
}

/** A "+N more" placeholder for the rest of a hub's neighbours, loaded a page at a time. */
export interface MoreMarker {
  id: string;
  parentId: string;
  types: RelationshipType[];
  direction: Direction;
  cursor: string;
  loaded: number;
  total: number;
}

export interface GraphState {
  nodes: Record<string, CanvasNode>;
  edges: Record<string, GraphEdge>;
  more: Record<string, MoreMarker>;
  hiddenGroups: EdgeGroup[];
  /** The "show only" property filters, keys sorted; {} shows everything. */
  showOnly: ShowOnly;
  /** Nodes and edges of the last paths found, drawn highlighted and shown whatever the filters. */
  highlighted: string[];
  /** Entities an exposure answer showed blocked by derivation without being listed themselves. */
  derived: string[];
}

export interface ExpansionRequest {
  types: RelationshipType[];
  direction: Direction;
}

export const emptyGraph = (): GraphState => ({
  nodes: {},
  edges: {},
  more: {},
  hiddenGroups: [],
  showOnly: {},
  highlighted: [],
  derived: [],
});

export const moreMarkerId = (parentId: string, { types, direction }: ExpansionRequest) =>
  `more:${parentId}:${direction}:${[...types].sort().join(',') || 'all'}`;

function mergeNodes(state: GraphState, nodes: GraphNode[], expandedFrom?: string): Record<string, CanvasNode> {
  const merged = { ...state.nodes };
  for (const node of nodes) {
    const existing = merged[node.id];
    // Keep where a node first came from, so collapsing one expansion never removes another's nodes.
    merged[node.id] = existing
      ? { ...node, expandedFrom: existing.expandedFrom }
      : expandedFrom
        ? { ...node, expandedFrom }
        : { ...node };
  }
  return merged;
}

function mergeEdges(edges: Record<string, GraphEdge>, incoming: GraphEdge[], nodes: Record<string, CanvasNode>) {
  const merged = { ...edges };
  for (const edge of incoming) if (nodes[edge.source] && nodes[edge.target]) merged[edge.id] = edge;
  return merged;
}

/** Puts nodes and edges on the canvas (search picks, revealed links, paths, a shared link). */
export function addSubgraph(state: GraphState, subgraph: Subgraph): GraphState {
  const nodes = mergeNodes(state, subgraph.nodes);
  return { ...state, nodes, edges: mergeEdges(state.edges, subgraph.edges, nodes) };
}

/** Adds one page of a node's neighbours and keeps a "+N more" marker while pages remain. */
export function addNeighborPage(
  state: GraphState,
  parentId: string,
  request: ExpansionRequest,
  page: NeighborPage,
): GraphState {
  const markerId = moreMarkerId(parentId, request);
  const previous = state.more[markerId];
  const withCenter = state.nodes[parentId] ? state : { ...state, nodes: mergeNodes(state, [page.center]) };
  const nodes = mergeNodes(
    withCenter,
    page.nodes.filter((n) => n.id !== parentId),
    parentId,
  );
  const edges = mergeEdges(state.edges, page.edges, nodes);
  const loaded = (previous?.loaded ?? 0) + page.edges.length;
  const more = { ...state.more };
  if (page.nextCursor && loaded < page.total) {
    more[markerId] = { id: markerId, parentId, ...request, cursor: page.nextCursor, loaded, total: page.total };
  } else delete more[markerId];
  return { ...state, nodes, edges, more };
}

/** Removes nodes with their edges and the "+N more" markers hanging off them. */
export function removeNodes(state: GraphState, ids: Iterable<string>): GraphState {
  const gone = new Set(ids);
  if (![...gone].some((id) => state.nodes[id] || state.more[id])) return state;
  const nodes = Object.fromEntries(Object.entries(state.nodes).filter(([id]) => !gone.has(id)));
  const edges = Object.fromEntries(
    Object.entries(state.edges).filter(([, e]) => !gone.has(e.source) && !gone.has(e.target)),
  );
  const more = Object.fromEntries(
    Object.entries(state.more).filter(([id, m]) => !gone.has(id) && !gone.has(m.parentId)),
  );
  return { ...state, nodes, edges, more };
}

/** Every node brought in by expanding `nodeId`, and what those brought in, transitively. */
export function expansionDescendants(state: GraphState, nodeId: string): Set<string> {
  const found = new Set<string>();
  let frontier = [nodeId];
  while (frontier.length) {
    const parents = new Set(frontier);
    frontier = Object.values(state.nodes)
      .filter((n) => n.expandedFrom && parents.has(n.expandedFrom) && !found.has(n.id) && n.id !== nodeId)
      .map((n) => n.id);
    frontier.forEach((id) => found.add(id));
  }
  return found;
}

/** Undoes a node's expansion: its expanded neighbours (and theirs) and its "+N more" markers go. */
export function collapseNode(state: GraphState, nodeId: string): GraphState {
  const descendants = expansionDescendants(state, nodeId);
  if (!descendants.size && !Object.values(state.more).some((m) => m.parentId === nodeId)) return state;
  const collapsed = removeNodes(state, descendants);
  const more = Object.fromEntries(Object.entries(collapsed.more).filter(([, m]) => m.parentId !== nodeId));
  return { ...collapsed, more };
}

/** Adds found paths to the canvas and highlights them, replacing the previous highlight. */
export function addPaths(state: GraphState, result: PathResult): GraphState {
  const added = addSubgraph(state, result);
  const highlighted = [...new Set(result.paths.flatMap((p) => [...p.nodeIds, ...p.edgeIds]))].filter(
    (id) => added.nodes[id] || added.edges[id],
  );
  return { ...added, highlighted };
}

/** Highlights the given nodes and edges that are on the canvas, replacing the previous highlight. */
export function highlightElements(state: GraphState, ids: string[]): GraphState {
  const highlighted = [...new Set(ids)].filter((id) => state.nodes[id] || state.edges[id]);
  return highlighted.join() === state.highlighted.join() ? state : { ...state, highlighted };
}

/** Adds derivation marks; marks already drawn stay (each answer only says who it found blocked). */
export function markDerived(state: GraphState, ids: string[]): GraphState {
  const derived = [...new Set([...state.derived, ...ids])].sort();
  return derived.join() === state.derived.join() ? state : { ...state, derived };
}

export function setHiddenGroups(state: GraphState, hiddenGroups: EdgeGroup[]): GraphState {
  const sorted = [...new Set(hiddenGroups)].sort();
  return sorted.join() === state.hiddenGroups.join() ? state : { ...state, hiddenGroups: sorted };
}

/** Sets the "show only" filters (values checked by the caller with cleanShowOnly); a blank value filters nothing. */
export function setShowOnly(state: GraphState, showOnly: ShowOnly): GraphState {
  const entries = Object.entries(showOnly).flatMap(([key, value]) => (value?.trim() ? [[key, value.trim()]] : []));
  const next: ShowOnly = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(next) === JSON.stringify(state.showOnly) ? state : { ...state, showOnly: next };
}
