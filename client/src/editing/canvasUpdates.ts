// How the canvas reflects a write at once: created or renamed nodes and edges appear, deleted ones go.
import type { GraphEdge, GraphNode } from '@api/types.ts';
import { addSubgraph, type GraphState } from '../canvas/graphState.ts';

/** Puts a new or changed node on the canvas (keeping where it came from) with its edges among nodes on screen. */
export function putNode(state: GraphState, node: GraphNode): GraphState {
  const existing = state.nodes[node.id];
  if (!existing) return addSubgraph(state, { nodes: [node], edges: [] });
  return {
    ...state,
    nodes: { ...state.nodes, [node.id]: { ...existing, ...node, expandedFrom: existing.expandedFrom } },
  };
}

/** Puts a new relationship on the canvas; its ends' degrees grow by one. */
export function putEdge(state: GraphState, edge: GraphEdge): GraphState {
  const nodes = { ...state.nodes };
  for (const id of new Set([edge.source, edge.target]))
    if (nodes[id]) nodes[id] = { ...nodes[id], degree: nodes[id].degree + 1 };
  return addSubgraph({ ...state, nodes }, { nodes: [], edges: [edge] });
}
