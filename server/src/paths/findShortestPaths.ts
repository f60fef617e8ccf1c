// Shortest paths between two entities over allowed relationship types, with bounded hops and a bounded count.
import neo4j from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../model/shapes.ts';
import type { PathResult } from './contract.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { graphEdgeFields, graphNodeFields, toGraphEdge, toGraphNode } from '../db/mapping.ts';
import { typeAlternatives, type Direction } from '../db/patterns.ts';
import { notFound } from '../model/domainErrors.ts';
import type { RelationshipType } from '../model/schema.ts';

export interface PathParams {
  from: string;
  to: string;
  types?: RelationshipType[];
  direction: Direction;
  maxHops: number;
  limit: number;
  /** Leave out paths through an intermediate node with more links than this (a country with 20,000 links). */
  avoidHubsAbove?: number;
}

/**
 * The shortest paths that pass through no node with more links than $avoidHubsAbove (the ends themselves may be
 * hubs). The bound sits inside a quantified path pattern, so Neo4j prunes hubs while it searches: the same bound as
 * a WHERE on allShortestPaths made Neo4j fall back to an exhaustive search, which at 1,000,000 nodes ran into the
 * 30 s timeout on every pair bench:api tried, while this answers in tens of milliseconds (README, "Shortest paths
 * at scale"). Without the bound, its exact form is slower than allShortestPaths (README, the plan comparison).
 */
function avoidingHubs({ types, direction, maxHops }: Pick<PathParams, 'types' | 'direction' | 'maxHops'>): string {
  const hop = `()${step(types, direction)}(via)`;
  return `ALL SHORTEST (a) (${hop} WHERE via = b OR COUNT { (via)--() } <= $avoidHubsAbove){1,${checkedMaxHops(maxHops)}} (b)`;
}

/** maxHops is validated as an integer from 1 to 10 before it reaches the query text (a bound cannot be a parameter). */
function checkedMaxHops(maxHops: number): number {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new Error(`maxHops out of range: ${maxHops}`);
  return maxHops;
}

/** One step (or with `hops`, several) from the `from` end toward the `to` end, pointing the asked way. */
function step(types: PathParams['types'], direction: Direction, hops = ''): string {
  const rel = `[${typeAlternatives(types)}${hops}]`;
  return direction === 'out' ? `-${rel}->` : direction === 'in' ? `<-${rel}-` : `-${rel}-`;
}

/** A walk of `hops` steps from `start` to `end` with unnamed nodes between. */
const walk = (start: string, hops: number, end: string, oneStep: string) =>
  `(${start})${Array.from({ length: hops }, () => oneStep).join('()')}(${end})`;

/** A path from a to b of one to maxHops steps. */
const anyLength = ({ types, direction, maxHops }: Pick<PathParams, 'types' | 'direction' | 'maxHops'>) =>
  `(a)${step(types, direction, `*..${checkedMaxHops(maxHops)}`)}(b)`;

const PATH_FIELDS = (nodes: string, rels: string) =>
  `{nodes: [x IN ${nodes} | ${graphNodeFields('x')}], edges: [r IN ${rels} | ${graphEdgeFields('r')}]}`;

const ENDS = `
    OPTIONAL MATCH (a:Entity {id: $from})
    OPTIONAL MATCH (b:Entity {id: $to})`;

/**
 * The shortest paths in one search: Neo4j's allShortestPaths, or with avoidHubsAbove the bounded quantified path
 * pattern. allShortestPaths finishes the whole last level of its breadth-first search before it returns a path,
 * which through two country hubs took 150-250 ms at 1,000,000 nodes, so the exact search asks it only for paths too
 * long to meet in the middle (shortestPathRecords). bench:api compares the two with it as the baseline.
 */
function pathsCypher({
  types,
  direction,
  maxHops,
  avoidHubsAbove,
}: Pick<PathParams, 'types' | 'direction' | 'maxHops' | 'avoidHubsAbove'>): string {
  const match =
    avoidHubsAbove === undefined
      ? `allShortestPaths(${anyLength({ types, direction, maxHops })})`
      : avoidingHubs({ types, direction, maxHops });
  return `${ENDS}
    RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
      MATCH p = ${match}
      RETURN ${PATH_FIELDS('nodes(p)', 'relationships(p)')}
      LIMIT $limit
    } AS paths`;
}

const statementParams = (params: PathParams) => ({
  from: params.from,
  to: params.to,
  limit: neo4j.int(params.limit),
  ...(params.avoidHubsAbove === undefined ? {} : { avoidHubsAbove: neo4j.int(params.avoidHubsAbove) }),
});

/** The one-search statement, for bench:api's baseline and the tests' comparison. */
export const pathsStatement = (params: PathParams) => ({
  cypher: pathsCypher(params),
  params: statementParams(params),
});

/**
 * The first exact step: how long a shortest path is (shortestPath stops at the first meeting of its two searches),
 * and how many steps lie two steps out from each end (the sum of its neighbours' degrees, read from the store's
 * counts), which decides the second step's plan.
 */
function shortestLengthCypher({ types, direction, maxHops }: PathParams): string {
  const oneStep = step(types, direction);
  return `${ENDS}
    OPTIONAL MATCH p = shortestPath(${anyLength({ types, direction, maxHops })})
    RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, length(p) AS length,
      reduce(total = 0, n IN [(a)${oneStep}(n) | n] | total + COUNT { (n)${oneStep}() }) AS fromReach,
      reduce(total = 0, n IN [(n)${oneStep}(b) | n] | total + COUNT { ()${oneStep}(n) }) AS toReach`;
}

/**
 * The second exact step: up to $limit paths of exactly the shortest length, met in the middle. Every walk of that
 * length between the two ends is a shortest path (a walk that repeated a node would hold a shorter one), so none is
 * left out and none added. Neo4j hashes the shorter half whole (for an odd length, the half from the end with fewer
 * steps two out) and streams the other half against it until $limit paths are found: where shortest paths are many
 * (through two country hubs), that stops long before allShortestPaths would have finished its last level.
 */
function pathsOfLengthCypher(params: PathParams, length: number, shortHalfFrom: 'from' | 'to'): string {
  const oneStep = step(params.types, params.direction);
  if (length === 1)
    return `${ENDS}
    RETURN COLLECT { MATCH p = ${walk('a', 1, 'b', oneStep)} RETURN ${PATH_FIELDS('nodes(p)', 'relationships(p)')} LIMIT $limit } AS paths`;
  const hashed = Math.floor(length / 2);
  const fromHops = shortHalfFrom === 'from' ? hashed : length - hashed;
  return `${ENDS}
    RETURN COLLECT {
      MATCH p1 = ${walk('a', fromHops, 'w', oneStep)}, p2 = ${walk('w', length - fromHops, 'b', oneStep)}
      USING JOIN ON w
      RETURN ${PATH_FIELDS('nodes(p1) + tail(nodes(p2))', 'relationships(p1) + relationships(p2)')}
      LIMIT $limit
    } AS paths`;
}

type StoredPath = { nodes: Parameters<typeof toGraphNode>[0][]; edges: Parameters<typeof toGraphEdge>[0][] };

/**
 * Meeting in the middle is safe up to this length: its halves are at most two steps (hashed) and three (streamed).
 * Walks, unlike a breadth-first search, do not remember where they have been, so a half of four steps may pass
 * through two hubs of 20,000 links (400 million walks); longer paths are asked in one allShortestPaths search.
 */
const MIDDLE_MAX_LENGTH = 5;
/** Nor is a hashed half of more walks than this held in memory (two ends of 500,000 links each, say). */
const MIDDLE_MAX_HASHED_WALKS = 200_000;

/** The shortest paths as stored records, in at most three statements of one read transaction. */
export function shortestPathRecords(
  db: GraphDb,
  params: PathParams,
): Promise<{ fromFound: boolean; toFound: boolean; paths: StoredPath[] }> {
  return db.readTx(async (tx) => {
    const recordOf = async (cypher: string) => (await tx.run(cypher, statementParams(params))).records[0];
    const pathsOf = async (cypher: string) => (await recordOf(cypher)).get('paths') as StoredPath[];
    const first = await recordOf(
      params.avoidHubsAbove === undefined ? shortestLengthCypher(params) : pathsCypher(params),
    );
    const found = { fromFound: first.get('fromFound') as boolean, toFound: first.get('toFound') as boolean };
    if (params.avoidHubsAbove !== undefined) return { ...found, paths: first.get('paths') as StoredPath[] };
    const length = first.get('length') as number | null;
    if (length === null) return { ...found, paths: [] };
    const [fromReach, toReach] = [first.get('fromReach') as number, first.get('toReach') as number];
    const middle = length <= MIDDLE_MAX_LENGTH && Math.min(fromReach, toReach) <= MIDDLE_MAX_HASHED_WALKS;
    const paths = middle
      ? await pathsOf(pathsOfLengthCypher(params, length, fromReach <= toReach ? 'from' : 'to'))
      : [];
    // None met in the middle: a longer path, or a write committed between the steps removed every path of that
    // length. One search answers either.
    return { ...found, paths: paths.length > 0 ? paths : await pathsOf(pathsCypher(params)) };
  });
}

export async function findShortestPaths(db: GraphDb, params: PathParams): Promise<PathResult> {
  const record = await shortestPathRecords(db, params);
  if (!record.fromFound) throw notFound('entity', params.from);
  if (!record.toFound) throw notFound('entity', params.to);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const paths = record.paths.map((path) => {
    const pathNodes = path.nodes.map(toGraphNode);
    const pathEdges = path.edges.map(toGraphEdge);
    for (const node of pathNodes) nodes.set(node.id, node);
    for (const edge of pathEdges) edges.set(edge.id, edge);
    return { nodeIds: pathNodes.map((n) => n.id), edgeIds: pathEdges.map((e) => e.id) };
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()], paths };
}
