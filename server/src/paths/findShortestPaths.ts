// Shortest paths between two entities over allowed relationship types, with bounded hops and a bounded count.
import neo4j from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../model/shapes.ts';
import type { PathResult } from './contract.ts';
import { isTimedOut, type GraphDb } from '../db/graphDb.ts';
import { graphEdgeFields, graphNodeFields, toGraphEdge, toGraphNode } from '../db/mapping.ts';
import { arrow, type Direction } from '../db/patterns.ts';
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
  const hop = `()${arrow('', types, direction)}(via)`;
  return `ALL SHORTEST (a) (${hop} WHERE via = b OR COUNT { (via)--() } <= $avoidHubsAbove){1,${checkedMaxHops(maxHops)}} (b)`;
}

/** maxHops is validated as an integer from 1 to 10 before it reaches the query text (a bound cannot be a parameter). */
function checkedMaxHops(maxHops: number): number {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new Error(`maxHops out of range: ${maxHops}`);
  return maxHops;
}

/** A walk of `hops` steps from `start` to `end` with unnamed nodes between. */
const walk = (start: string, hops: number, end: string, oneStep: string) =>
  `(${start})${Array.from({ length: hops }, () => oneStep).join('()')}(${end})`;

/** A path from a to b of one to maxHops steps. */
const anyLength = ({ types, direction, maxHops }: Pick<PathParams, 'types' | 'direction' | 'maxHops'>) =>
  `(a)${arrow('', types, direction, `*..${checkedMaxHops(maxHops)}`)}(b)`;

/** At most $limit paths matched by `match`, each as its stored nodes and edges. */
const collectPaths = (match: string, nodes = 'nodes(p)', rels = 'relationships(p)') => `COLLECT {
      ${match}
      RETURN {nodes: [x IN ${nodes} | ${graphNodeFields('x')}], edges: [r IN ${rels} | ${graphEdgeFields('r')}]}
      LIMIT $limit
    }`;

const ENDS = `
    OPTIONAL MATCH (a:Entity {id: $from})
    OPTIONAL MATCH (b:Entity {id: $to})`;

/**
 * The shortest paths in one search: Neo4j's allShortestPaths, or with avoidHubsAbove the bounded quantified path
 * pattern. allShortestPaths finishes the whole last level of its breadth-first search before it returns a path,
 * which through two country hubs took 150-250 ms at 1,000,000 nodes, so where both ends are near hubs the exact
 * search meets in the middle instead (shortestPathRecords). bench:api compares the two with it as the baseline.
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
    RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, ${collectPaths(`MATCH p = ${match}`)} AS paths`;
}

/**
 * Meeting in the middle is kept to this length: its halves are at most two steps (hashed) and three (streamed).
 * Walks, unlike a breadth-first search, do not remember where they have been, so a half of four steps may pass
 * through two hubs of 20,000 links (400 million walks); longer paths are asked in one allShortestPaths search.
 */
const MIDDLE_MAX_LENGTH = 5;
/** Nor is a hashed half of more walks than this held in memory (an end of 500,000 links, say). */
const MIDDLE_MAX_HASHED_WALKS = 200_000;
/**
 * The meeting pays where both ends are near hubs, so that a breadth-first search's last level is large: at
 * 1,000,000 nodes, pairs over all types (both ends about 20,000 walks two steps out, next to a country) took 36 ms
 * met in the middle against 130 ms in one search at 5 steps (medians), while pairs over ownership types (most ends
 * under 30) took as long or longer. Below this many walks two steps out from either end, one search is asked.
 */
export const MIDDLE_MIN_REACH = 1_000;
/**
 * The streamed half has no such count before it runs (three steps from an end near a hub can be millions of walks
 * where few meet), so the meeting gets this long, about ten times its p99 at 1,000,000 nodes, before one search is
 * asked instead (a count with a 1 ms limit was stopped in under 300 ms, README).
 */
const MIDDLE_BUDGET_MS = 1_000;

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
 * The first statement: whether the ends exist, and from each its links and its walks two steps out (the sum of its
 * neighbours' degrees, from the store's counts). Where both ends are near hubs (MIDDLE_MIN_REACH walks), it gives
 * how long a shortest path is (shortestPath stops at the first meeting of its two breadth-first searches), for the
 * meeting in the middle; elsewhere the paths themselves, in one allShortestPaths search. An end with more links than
 * could be hashed is not read through (its reach is null): its walks two steps out are more still.
 */
function endsCypher(params: PathParams): string {
  const oneStep = arrow('', params.types, params.direction);
  const nearHub = (side: string) => `coalesce(${side}Reach, $maxHashedWalks + 1) >= $minReach`;
  return `${ENDS}
    WITH a, b, COUNT { (a)${oneStep}() } AS fromLinks, COUNT { ()${oneStep}(b) } AS toLinks
    WITH a, b, fromLinks, toLinks,
      CASE WHEN fromLinks <= $maxHashedWalks
        THEN reduce(total = 0, n IN [(a)${oneStep}(n) | n] | total + COUNT { (n)${oneStep}() }) END AS fromReach,
      CASE WHEN toLinks <= $maxHashedWalks
        THEN reduce(total = 0, n IN [(n)${oneStep}(b) | n] | total + COUNT { ()${oneStep}(n) }) END AS toReach
    WITH a, b, fromLinks, toLinks, fromReach, toReach, a IS NOT NULL AND b IS NOT NULL AS found,
      ${nearHub('from')} AND ${nearHub('to')} AS nearHubs
    OPTIONAL CALL (a, b, found, nearHubs) {
      WITH a, b WHERE found AND nearHubs
      MATCH p = shortestPath(${anyLength(params)})
      RETURN length(p) AS length
    }
    OPTIONAL CALL (a, b, found, nearHubs) {
      WITH a, b WHERE found AND NOT nearHubs
      RETURN ${collectPaths(`MATCH p = allShortestPaths(${anyLength(params)})`)} AS paths
    }
    RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, fromLinks, toLinks, fromReach, toReach,
      found AND nearHubs AS nearHubs, length, paths`;
}

/** Walks out from one end: one step (its links) and two (its reach, Infinity where too many to count). */
interface EndWalks {
  links: number;
  reach: number;
}

/**
 * Which end takes the shorter half of a meeting in the middle, or null where it is not safe. The join hashes the
 * shorter half (for an even length, whichever half Neo4j estimates smaller, so both must fit), and streams the
 * other: for 3 steps the two-step half is streamed from the end of smaller reach; for 5, the two-step half is hashed
 * from it, so that the three-step half streams from the end whose reach is more likely to hold the meeting.
 */
function shortHalfEnd(length: number, from: EndWalks, to: EndWalks): 'from' | 'to' | null {
  if (length > MIDDLE_MAX_LENGTH) return null;
  if (length === 1) return 'from';
  if (length === 3) {
    const pick = from.links + to.reach <= to.links + from.reach ? from : to;
    return pick.links > MIDDLE_MAX_HASHED_WALKS ? null : pick === from ? 'from' : 'to';
  }
  const hashed = (end: EndWalks) => (length === 2 ? end.links : end.reach);
  if (length % 2 === 0) return Math.max(hashed(from), hashed(to)) <= MIDDLE_MAX_HASHED_WALKS ? 'from' : null;
  const smaller = from.reach <= to.reach ? 'from' : 'to';
  return Math.min(from.reach, to.reach) <= MIDDLE_MAX_HASHED_WALKS ? smaller : null;
}

/**
 * The second exact step: up to $limit paths of exactly the shortest length, met in the middle. Every walk of that
 * length between the two ends is a shortest path (a walk that repeated a node would hold a shorter one), so none is
 * left out and none added. The join hashes one half whole and streams the other against it until $limit paths are
 * found: where shortest paths are many (through two country hubs), that stops long before allShortestPaths would
 * have finished its last level.
 */
function pathsOfLengthCypher(params: PathParams, length: number, shortHalfFrom: 'from' | 'to'): string {
  const oneStep = arrow('', params.types, params.direction);
  const hashed = Math.floor(length / 2);
  const fromHops = shortHalfFrom === 'from' ? hashed : length - hashed;
  const paths =
    length === 1
      ? collectPaths(`MATCH p = ${walk('a', 1, 'b', oneStep)}`)
      : collectPaths(
          `MATCH p1 = ${walk('a', fromHops, 'w', oneStep)}, p2 = ${walk('w', length - fromHops, 'b', oneStep)}
      USING JOIN ON w`,
          'nodes(p1) + tail(nodes(p2))',
          'relationships(p1) + relationships(p2)',
        );
  return `${ENDS}
    RETURN ${paths} AS paths`;
}

export type StoredPath = { nodes: Parameters<typeof toGraphNode>[0][]; edges: Parameters<typeof toGraphEdge>[0][] };

/** How the answer was found: met in the middle, or one search (allShortestPaths, or the bounded avoid-hubs one). */
export type PathPlan = 'middle' | 'one search';

export interface PathRecords {
  fromFound: boolean;
  toFound: boolean;
  paths: StoredPath[];
  plan: PathPlan;
}

/** The paths met in the middle, or none when the meeting ran out of its time. */
async function meetInTheMiddle(db: GraphDb, params: PathParams, length: number, shortHalfFrom: 'from' | 'to') {
  const cypher = pathsOfLengthCypher(params, length, shortHalfFrom);
  try {
    const result = await db.read(cypher, statementParams(params), { timeoutMs: MIDDLE_BUDGET_MS });
    return result.records[0].get('paths') as StoredPath[];
  } catch (error) {
    if (isTimedOut(error)) return [];
    throw error;
  }
}

const endWalks = (ends: { get(key: string): unknown }, side: 'from' | 'to'): EndWalks => ({
  links: ends.get(`${side}Links`) as number,
  reach: (ends.get(`${side}Reach`) as number | null) ?? Infinity,
});

/**
 * The shortest paths as stored records. Where both ends are near hubs, the length (endsCypher) and then the paths of
 * that length met in the middle; elsewhere one search, in the same statement as the ends; and one search again where
 * the meeting is not safe or finds nothing. Each statement is a transaction of its own: Neo4j's reads see each write
 * as it commits, so one transaction would be no snapshot either; if a write between them removed every path of that
 * length, the meeting finds none and one search answers. `minReach` is MIDDLE_MIN_REACH but in tests, whose graphs
 * are small.
 */
export async function shortestPathRecords(
  db: GraphDb,
  params: PathParams,
  minReach = MIDDLE_MIN_REACH,
): Promise<PathRecords> {
  const read = async (cypher: string, extra = {}) =>
    (await db.read(cypher, { ...statementParams(params), ...extra })).records[0];
  const answer = (record: { get(key: string): unknown }, paths: StoredPath[], plan: PathPlan): PathRecords => ({
    fromFound: record.get('fromFound') as boolean,
    toFound: record.get('toFound') as boolean,
    paths,
    plan,
  });
  const oneSearch = async () => {
    const record = await read(pathsCypher(params));
    return answer(record, record.get('paths') as StoredPath[], 'one search');
  };
  if (params.avoidHubsAbove !== undefined) return oneSearch();
  const ends = await read(endsCypher(params), {
    maxHashedWalks: neo4j.int(MIDDLE_MAX_HASHED_WALKS),
    minReach: neo4j.int(minReach),
  });
  if (!ends.get('nearHubs')) return answer(ends, (ends.get('paths') as StoredPath[] | null) ?? [], 'one search');
  const length = ends.get('length') as number | null;
  if (length === null) return answer(ends, [], 'one search');
  const shortHalfFrom = shortHalfEnd(length, endWalks(ends, 'from'), endWalks(ends, 'to'));
  const met = shortHalfFrom ? await meetInTheMiddle(db, params, length, shortHalfFrom) : [];
  return met.length > 0 ? answer(ends, met, 'middle') : oneSearch();
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
