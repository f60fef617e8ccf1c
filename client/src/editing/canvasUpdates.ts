// How the canvas reflects a write at once: created or changed nodes and edges appear as they are, deleted ones go.
import type { GraphEdge, GraphNode } from '@api/types.ts';
import { addSubgraph, removeNodes, type GraphState } from '../canvas/graphState.ts';

/** Puts a new or changed node on the canvas (keeping where it came from) with its edges among nodes on screen. */
export function putNode(state: GraphState, node: GraphNode): GraphState {
  const existing = state.nodes[node.id];
  if (!existing) return addSubgraph(state, { nodes: [node], edges: [] });
  return {
    ...state,
    nodes: { ...state.nodes, [node.id]: { ...existing, ...node, expandedFrom: existing.expandedFrom } },
  };
}

/** The canvas with the ends' degrees changed by `by` (a relationship added or removed between them). */
function withDegrees(state: GraphState, edge: GraphEdge, by: number): GraphState {
  const nodes = { ...state.nodes };
  for (const id of new Set([edge.source, edge.target]))
    if (nodes[id]) nodes[id] = { ...nodes[id], degree: Math.max(0, nodes[id].degree + by) };
  return { ...state, nodes };
}

/** Puts a new relationship on the canvas; its ends' degrees grow by one. */
export function putEdge(state: GraphState, edge: GraphEdge): GraphState {
  return addSubgraph(withDegrees(state, edge, 1), { nodes: [], edges: [edge] });
}

/** Shows a changed relationship as it now is, where it is drawn. */
export function replaceEdge(state: GraphState, edge: GraphEdge): GraphState {
  return state.edges[edge.id] ? { ...state, edges: { ...state.edges, [edge.id]: edge } } : state;
}

/** Takes a deleted relationship off the canvas; its ends' degrees shrink by one. */
export function dropEdge(state: GraphState, id: string): GraphState {
  const edge = state.edges[id];
  if (!edge) return state;
  const { [id]: _gone, ...edges } = state.edges;
  return { ...withDegrees(state, edge, -1), edges };
}

/**
 * After a merge: the merged-away node goes and the survivor stands in its place, with the relationships that moved
 * (the server keeps their ids) drawn to it.
 */
export function mergeNode(state: GraphState, mergedId: string, survivor: GraphNode, movedIds: string[]): GraphState {
  if (!state.nodes[mergedId]) return state;
  const moved = new Set(movedIds);
  const repoint = (end: string) => (end === mergedId ? survivor.id : end);
  const edges = Object.values(state.edges)
    .filter((e) => moved.has(e.id))
    .map((e) => ({ ...e, source: repoint(e.source), target: repoint(e.target) }));
  return addSubgraph(removeNodes(putNode(state, survivor), [mergedId]), { nodes: [], edges });
}
