// npm run bench:layout -- [nodes ...] (default 1000 2000 5000 10000)
// The large-canvas layout (ForceAtlas2, largeLayout.ts) on bench:ui's graphs, in Node without a browser: its time
// and the picture's quality with the explorer's Barnes-Hut setting beside graphology's default (the baseline), run
// alternately on the same graph. Quality is read two ways: the stress (how far drawn distances are from the
// distances in links, lower is better) and the overlapping pairs (nodes closer than a node's size once the median
// link is scaled to its drawn length, fewer is better). bench:ui times the same layout in the browser.
import os from 'node:os';
import { BARNES_HUT_THETA, largeGraphPositions } from '../src/canvas/largeLayout.ts';
import { hierarchyLevels, type LayoutEdge, type LayoutNode } from '../src/canvas/layoutGeometry.ts';
import { percentiles } from '../../server/bench/measure.ts';
import { NODE_SIZE } from '../src/styles/graphStyles.ts';
import { linkEnds, nodeId } from './syntheticCanvas.ts';

const sizeArgs = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const sizes = sizeArgs.length ? sizeArgs.map(Number) : [1_000, 2_000, 5_000, 10_000];
const ROUNDS = 3;
/** graphology's own default, what the explorer used before. */
const BASELINE_THETA = 0.5;
/** Stress is measured from this many nodes to every other (all pairs grows with the square of the size). */
const STRESS_SOURCES = 200;

type Positions = Record<string, { x: number; y: number }>;
type BenchGraph = { nodes: LayoutNode[]; edges: LayoutEdge[] };

function benchGraph(count: number): BenchGraph {
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: nodeId(count, i),
    label: `Entity ${i}`,
    size: NODE_SIZE,
  }));
  const edges = Array.from({ length: Math.round(count * 1.5) }, (_, i) => linkEnds(count, i));
  return { nodes, edges };
}

/**
 * Normalised stress over the pairs from STRESS_SOURCES nodes, at the drawing's best scale. Hops are the Hierarchy's
 * levels from each source: bench graphs are connected (every node links to an earlier one), so every level is a
 * distance in links.
 */
function stress(graph: BenchGraph, positions: Positions): number {
  const pairs: { drawn: number; hops: number }[] = [];
  const step = Math.max(1, Math.floor(graph.nodes.length / STRESS_SOURCES));
  for (let s = 0; s < graph.nodes.length; s += step) {
    const from = positions[graph.nodes[s].id];
    hierarchyLevels(graph.nodes, graph.edges, [graph.nodes[s].id]).forEach((ids, hops) => {
      for (const id of hops > 0 ? ids : [])
        pairs.push({ drawn: Math.hypot(from.x - positions[id].x, from.y - positions[id].y), hops });
    });
  }
  const scale =
    pairs.reduce((sum, p) => sum + p.drawn / p.hops, 0) / pairs.reduce((sum, p) => sum + (p.drawn / p.hops) ** 2, 0);
  return pairs.reduce((sum, p) => sum + ((scale * p.drawn - p.hops) / p.hops) ** 2, 0) / pairs.length;
}

/** Pairs of nodes whose centres are closer than a node's size (the positions are already at the drawn scale). */
function overlappingPairs(positions: Positions): number {
  const cells = new Map<string, { x: number; y: number }[]>();
  let pairs = 0;
  for (const p of Object.values(positions)) {
    const [cx, cy] = [Math.floor(p.x / NODE_SIZE), Math.floor(p.y / NODE_SIZE)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of cells.get(`${cx + dx},${cy + dy}`) ?? [])
          if (Math.hypot(p.x - q.x, p.y - q.y) < NODE_SIZE) pairs++;
    const key = `${cx},${cy}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key)!.push(p);
  }
  return pairs;
}

/**
 * Times each setting ROUNDS times, alternating them so both see the same background load. The layout is seeded, so
 * every round of a setting draws the same picture: its quality is read once.
 */
function measure(graph: BenchGraph, thetas: number[]) {
  const times = thetas.map(() => [] as number[]);
  const pictures: Positions[] = [];
  for (let round = 0; round < ROUNDS; round++)
    thetas.forEach((theta, i) => {
      const startedAt = performance.now();
      pictures[i] = largeGraphPositions(graph.nodes, graph.edges, theta);
      times[i].push(performance.now() - startedAt);
    });
  return thetas.map((_, i) => ({
    median: percentiles(times[i]).p50,
    stress: stress(graph, pictures[i]),
    overlaps: overlappingPairs(pictures[i]),
  }));
}

function report(label: string, { median, stress, overlaps }: ReturnType<typeof measure>[number]) {
  console.log(
    `  ${label}: ${(median / 1000).toFixed(2)} s (median of ${ROUNDS}), stress ${stress.toFixed(4)}, ${overlaps} overlapping pairs`,
  );
}

for (const count of sizes) {
  const graph = benchGraph(count);
  const [baseline, explorer] = measure(graph, [BASELINE_THETA, BARNES_HUT_THETA]);
  console.log(`${count} nodes, ${graph.edges.length} links (load average ${os.loadavg()[0].toFixed(1)}):`);
  report(`baseline, Barnes-Hut theta ${BASELINE_THETA} (graphology's default)`, baseline);
  report(`the explorer, theta ${BARNES_HUT_THETA}`, explorer);
}
