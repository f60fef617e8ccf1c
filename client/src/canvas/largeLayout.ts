// The force layout for a large canvas: ForceAtlas2 with the Barnes-Hut approximation (graphology's, the layout
// Gephi and Gephi Lite use), because fCoSE's default quality grows with the square of the nodes (about 10 s for
// 1,000 nodes on one core) and its draft quality (spectral only) drew large graphs as one line of nodes.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutEdge, LayoutNode } from './layoutGeometry.ts';

/** The median link length the positions are scaled to: the fCoSE layout's ideal edge length, room for a label. */
const LINK_LENGTH = 140;

type Positions = Record<string, { x: number; y: number }>;

/** A small deterministic generator, so the same graph gets the same picture each time it is laid out. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function toGraph(nodes: LayoutNode[], edges: LayoutEdge[]): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const random = seededRandom(nodes.length * 7919 + edges.length);
  for (const n of nodes) graph.addNode(n.id, { x: random() * 1000, y: random() * 1000 });
  for (const e of edges)
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.mergeEdge(e.source, e.target);
  return graph;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Scales the picture so that its median link is LINK_LENGTH long (ForceAtlas2's own unit is arbitrary). */
function scaleToLinkLength(graph: Graph, positions: Positions): Positions {
  const lengths = graph.mapEdges((_e, _a, s, t) =>
    Math.hypot(positions[s].x - positions[t].x, positions[s].y - positions[t].y),
  );
  const factor = LINK_LENGTH / (median(lengths) || LINK_LENGTH);
  const scaled: Positions = {};
  for (const [id, p] of Object.entries(positions)) scaled[id] = { x: p.x * factor, y: p.y * factor };
  return scaled;
}

/** Iterations enough for ForceAtlas2 to settle at this size, fewer as the graph grows so the time stays bounded. */
function iterationsFor(nodeCount: number): number {
  return Math.max(60, Math.min(300, Math.round(300_000 / nodeCount)));
}

/**
 * How coarse the Barnes-Hut approximation of the repulsion is: graphology's default is 0.5, Gephi's 1.2. Measured by
 * `npm run bench:layout` (in Node, one seeded graph per size, 1,000 to 10,000 nodes), 1.0 lays out in half of 0.5's
 * time with the stress within 0.2% and the overlapping pairs within 6% either way.
 */
export const BARNES_HUT_THETA = 1.0;

/** Positions for a large graph, computed at once (the caller applies them as a preset layout). */
export function largeGraphPositions(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  barnesHutTheta = BARNES_HUT_THETA,
): Positions {
  const graph = toGraph(nodes, edges);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, barnesHutTheta };
  const positions = forceAtlas2(graph, { iterations: iterationsFor(nodes.length), settings });
  return scaleToLinkLength(graph, positions);
}
