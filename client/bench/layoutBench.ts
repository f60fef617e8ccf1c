// npm run bench:layout -- [nodes ...] (default 1000 2000 5000 10000)
// The large-canvas layout (ForceAtlas2, largeLayout.ts) on bench:ui's graphs, in Node without a browser: its time
// and the picture's quality with the explorer's Barnes-Hut setting beside graphology's default (the baseline), run
// alternately on the same graph. Quality is read two ways: the stress (how far drawn distances are from the
// distances in links, lower is better) and the overlapping pairs (nodes closer than a node's size once the median
// link is scaled to its drawn length, fewer is better). bench:ui times the same layout in the browser.
import os from 'node:os';
import { BARNES_HUT_THETA, largeGraphPositions } from '../src/canvas/largeLayout.ts';
import type { LayoutEdge, LayoutNode } from '../src/canvas/layoutGeometry.ts';
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

/** Hops from `source` to every node (breadth-first), -1 where it cannot reach. */
function hopsFrom(source: number, neighbours: number[][]): Int32Array {
  const hops = new Int32Array(neighbours.length).fill(-1);
  hops[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head++)
    for (const next of neighbours[queue[head]])
      if (hops[next] < 0) {
        hops[next] = hops[queue[head]] + 1;
        queue.push(next);
      }
  return hops;
}

/** Normalised stress over the pairs from STRESS_SOURCES nodes, at the drawing's best scale. */
function stress(graph: BenchGraph, positions: Positions): number {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const neighbours: number[][] = graph.nodes.map(() => []);
  for (const e of graph.edges) {
    neighbours[index.get(e.source)!].push(index.get(e.target)!);
    neighbours[index.get(e.target)!].push(index.get(e.source)!);
  }
  const points = graph.nodes.map((n) => positions[n.id]);
  const pairs: { drawn: number; hops: number }[] = [];
  const step = Math.max(1, Math.floor(points.length / STRESS_SOURCES));
  for (let s = 0; s < points.length; s += step) {
    const hops = hopsFrom(s, neighbours);
    for (let t = 0; t < points.length; t++)
      if (hops[t] > 0)
        pairs.push({ drawn: Math.hypot(points[s].x - points[t].x, points[s].y - points[t].y), hops: hops[t] });
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
  return thetas.map((theta, i) => ({
    theta,
    median: median(times[i]),
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
