// bench:api's comparison of two ways to the exact shortest paths, raw through the driver, alternately on the same
// pairs: the explorer's two steps (shortestPath for the length, then the paths of that length met in the middle)
// against one allShortestPaths search (the explorer's plan until 2026-12-08, the baseline). Both are checked to
// give the same answers (same length, same number of paths, the same paths when fewer than the limit exist), since
// neither may change what a shortest path means.
import { isTimedOut, type GraphDb } from '../src/db/graphDb.ts';
import { toGraphEdge } from '../src/db/mapping.ts';
import {
  pathsStatement,
  shortestPathRecords,
  type PathParams,
  type StoredPath,
} from '../src/paths/findShortestPaths.ts';
import { percentiles, type Percentiles } from './measure.ts';

/** Each plan gets this long per pair; a pair it cannot answer in time is counted, not waited for. */
const PLAN_TIMEOUT_MS = 10_000;

const edgeIds = (paths: StoredPath[]) => paths.map((path) => path.edges.map((edge) => toGraphEdge(edge).id));

async function oneSearch(db: GraphDb, params: PathParams): Promise<string[][] | 'timed out'> {
  const { cypher, params: values } = pathsStatement(params);
  try {
    const result = await db.read(cypher, values, { timeoutMs: PLAN_TIMEOUT_MS });
    return edgeIds(result.records[0].get('paths') as StoredPath[]);
  } catch (error) {
    if (isTimedOut(error)) return 'timed out';
    throw error;
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const startedAt = performance.now();
  const value = await work();
  return { value, ms: performance.now() - startedAt };
}

/** Two answers agree when their paths are as long and as many, and are the same paths when none was cut off. */
function sameAnswer(a: string[][], b: string[][], limit: number): boolean {
  if (a.length !== b.length || (a[0]?.length ?? 0) !== (b[0]?.length ?? 0)) return false;
  if (a.length >= limit) return true;
  const key = (paths: string[][]) =>
    paths
      .map((p) => p.join('>'))
      .sort()
      .join('|');
  return key(a) === key(b);
}

export { PLAN_TIMEOUT_MS };

export interface PlanComparison {
  explorer: Percentiles;
  allShortestPaths: Percentiles;
  agreed: number;
  compared: number;
  /** Pairs the single search did not answer within PLAN_TIMEOUT_MS (timed when the cut-off came back). */
  timedOut: number;
  /** Pairs the explorer answered by meeting in the middle (the others by one search). */
  metInTheMiddle: number;
}

export async function comparePathPlans(
  db: GraphDb,
  pairs: PathParams[],
  rounds: number,
  warmup: number,
): Promise<PlanComparison> {
  const times = { explorer: [] as number[], allShortestPaths: [] as number[] };
  let [agreed, timedOut, metInTheMiddle] = [0, 0, 0];
  for (let i = 0; i < rounds + warmup; i++) {
    const pair = pairs[i % pairs.length];
    // Each goes first on every other pair, so neither always finds the pages the other has just read.
    const explorerFirst = i % 2 === 0;
    const single = explorerFirst ? undefined : await timed(() => oneSearch(db, pair));
    const explorer = await timed(() => shortestPathRecords(db, pair));
    const baseline = single ?? (await timed(() => oneSearch(db, pair)));
    if (i < warmup) continue;
    times.explorer.push(explorer.ms);
    times.allShortestPaths.push(baseline.ms);
    if (explorer.value.plan === 'middle') metInTheMiddle++;
    if (baseline.value === 'timed out') timedOut++;
    else if (sameAnswer(edgeIds(explorer.value.paths), baseline.value, pair.limit)) agreed++;
  }
  return {
    explorer: percentiles(times.explorer),
    allShortestPaths: percentiles(times.allShortestPaths),
    agreed,
    compared: rounds,
    timedOut,
    metInTheMiddle,
  };
}
