// bench:api's comparison of two ways to the exact shortest paths, raw through the driver, alternately on the same
// pairs: the explorer's two steps (shortestPath for the length, then the paths of that length met in the middle)
// against one allShortestPaths search (the explorer's plan until 2026-12-08, the baseline). Both are checked to
// give the same answers (same length, same number of paths, the same paths when fewer than the limit exist), since
// neither may change what a shortest path means.
import type { GraphDb } from '../src/db/graphDb.ts';
import { toGraphEdge } from '../src/db/mapping.ts';
import { pathsStatement, shortestPathRecords, type PathParams } from '../src/paths/findShortestPaths.ts';
import { percentiles, type Percentiles } from './measure.ts';

type StoredPath = { edges: Parameters<typeof toGraphEdge>[0][] };

/** Each plan gets this long per pair; a pair it cannot answer in time is counted, not waited for. */
const PLAN_TIMEOUT_MS = 10_000;

const edgeIds = (paths: StoredPath[]) => paths.map((path) => path.edges.map((edge) => toGraphEdge(edge).id));

async function oneSearch(db: GraphDb, params: PathParams): Promise<string[][] | 'timed out'> {
  const { cypher, params: values } = pathsStatement(params);
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, values), { timeout: PLAN_TIMEOUT_MS });
    return edgeIds(result.records[0].get('paths') as StoredPath[]);
  } catch (error) {
    if (/Timed?Out/i.test(String((error as { code?: string }).code))) return 'timed out';
    throw error;
  } finally {
    await session.close();
  }
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
}

export async function comparePathPlans(
  db: GraphDb,
  pairs: PathParams[],
  rounds: number,
  warmup: number,
): Promise<PlanComparison> {
  const times = { explorer: [] as number[], allShortestPaths: [] as number[] };
  let agreed = 0;
  let timedOut = 0;
  for (let i = 0; i < rounds + warmup; i++) {
    const pair = pairs[i % pairs.length];
    let startedAt = performance.now();
    const explorer = edgeIds((await shortestPathRecords(db, pair)).paths);
    const explorerMs = performance.now() - startedAt;
    startedAt = performance.now();
    const single = await oneSearch(db, pair);
    const singleMs = performance.now() - startedAt;
    if (i < warmup) continue;
    times.explorer.push(explorerMs);
    times.allShortestPaths.push(singleMs);
    if (single === 'timed out') timedOut++;
    else if (sameAnswer(explorer, single, pair.limit)) agreed++;
  }
  return {
    explorer: percentiles(times.explorer),
    allShortestPaths: percentiles(times.allShortestPaths),
    agreed,
    compared: rounds,
    timedOut,
  };
}
