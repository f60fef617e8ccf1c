// bench:api's comparison of query plans for the exact shortest paths: the explorer's `allShortestPaths` against
// Neo4j 5's `ALL SHORTEST` quantified path pattern (a bidirectional search of its own), on the same pairs, run
// alternately, and checked to give the same answers (same length, same number of paths, same paths when fewer
// than the limit exist), since neither may change what a shortest path means.
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../src/db/graphDb.ts';
import { typeAlternatives } from '../src/db/patterns.ts';
import { pathsStatement, type PathParams } from '../src/paths/findShortestPaths.ts';
import { percentiles, type Percentiles } from './measure.ts';

type Statement = { cypher: string; params: Record<string, unknown> };

/** The same question as pathsStatement, asked as a GQL `ALL SHORTEST` path pattern (direction both only). */
export function allShortestQppStatement(params: PathParams): Statement {
  if (params.direction !== 'both') throw new Error('the comparison asks undirected paths');
  return {
    cypher: `
      OPTIONAL MATCH (a:Entity {id: $from})
      OPTIONAL MATCH (b:Entity {id: $to})
      RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
        MATCH p = ALL SHORTEST (a)-[${typeAlternatives(params.types)}]-{1,${params.maxHops}}(b)
        RETURN [x IN nodes(p) | x.id] AS ids
        LIMIT $limit
      } AS paths`,
    params: { from: params.from, to: params.to, limit: neo4j.int(params.limit) },
  };
}

/** The explorer's statement, returning only the node ids of each path so both plans return the same shape. */
function explorerIdsStatement(params: PathParams): Statement {
  const { cypher, params: values } = pathsStatement(params);
  const ids = cypher.replace(/RETURN \{nodes: .*\}\n/, 'RETURN [x IN nodes(p) | x.id] AS ids\n');
  if (ids === cypher) throw new Error('pathsStatement changed shape; update the comparison');
  return { cypher: ids, params: values };
}

/** Each plan gets this long per pair; a pair it cannot answer in time is counted, not waited for. */
const PLAN_TIMEOUT_MS = 10_000;

async function pathsOf(db: GraphDb, statement: Statement): Promise<string[][] | 'timed out'> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(statement.cypher, statement.params), {
      timeout: PLAN_TIMEOUT_MS,
    });
    return result.records[0].get('paths') as string[][];
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
  allShortest: Percentiles;
  agreed: number;
  compared: number;
  /** Pairs a plan did not answer within PLAN_TIMEOUT_MS (timed when the cut-off came back). */
  timedOut: { explorer: number; allShortest: number };
}

export async function comparePathPlans(
  db: GraphDb,
  pairs: PathParams[],
  rounds: number,
  warmup: number,
): Promise<PlanComparison> {
  const times = { explorer: [] as number[], allShortest: [] as number[] };
  let agreed = 0;
  const timedOut = { explorer: 0, allShortest: 0 };
  for (let i = 0; i < rounds + warmup; i++) {
    const pair = pairs[i % pairs.length];
    let startedAt = performance.now();
    const explorer = await pathsOf(db, explorerIdsStatement(pair));
    const explorerMs = performance.now() - startedAt;
    startedAt = performance.now();
    const qpp = await pathsOf(db, allShortestQppStatement(pair));
    const qppMs = performance.now() - startedAt;
    if (i < warmup) continue;
    times.explorer.push(explorerMs);
    times.allShortest.push(qppMs);
    if (explorer === 'timed out') timedOut.explorer++;
    if (qpp === 'timed out') timedOut.allShortest++;
    if (explorer !== 'timed out' && qpp !== 'timed out' && sameAnswer(explorer, qpp, pair.limit)) agreed++;
  }
  return {
    explorer: percentiles(times.explorer),
    allShortest: percentiles(times.allShortest),
    agreed,
    compared: rounds,
    timedOut,
  };
}
