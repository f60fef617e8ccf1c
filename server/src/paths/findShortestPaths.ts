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
 * at scale"). Without the bound, allShortestPaths is the faster of the two and stays the exact search.
 */
function avoidingHubs(rel: string, direction: Direction, maxHops: number): string {
  const hop =
    direction === 'out' ? `()-[${rel}]->(via)` : direction === 'in' ? `()<-[${rel}]-(via)` : `()-[${rel}]-(via)`;
  return `ALL SHORTEST (a) (${hop} WHERE via = b OR COUNT { (via)--() } <= $avoidHubsAbove){1,${maxHops}} (b)`;
}

/** maxHops is validated as an integer from 1 to 10 before it reaches the query text (a bound cannot be a parameter). */
export function pathsCypher({
  types,
  direction,
  maxHops,
  avoidHubsAbove,
}: Pick<PathParams, 'types' | 'direction' | 'maxHops' | 'avoidHubsAbove'>): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new Error(`maxHops out of range: ${maxHops}`);
  const rel = `[${typeAlternatives(types)}*..${maxHops}]`;
  const exact = direction === 'out' ? `(a)-${rel}->(b)` : direction === 'in' ? `(a)<-${rel}-(b)` : `(a)-${rel}-(b)`;
  const match =
    avoidHubsAbove === undefined
      ? `allShortestPaths(${exact})`
      : avoidingHubs(typeAlternatives(types), direction, maxHops);
  return `
    OPTIONAL MATCH (a:Entity {id: $from})
    OPTIONAL MATCH (b:Entity {id: $to})
    RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
      MATCH p = ${match}
      RETURN {nodes: [x IN nodes(p) | ${graphNodeFields('x')}], edges: [r IN relationships(p) | ${graphEdgeFields('r')}]}
      LIMIT $limit
    } AS paths`;
}

export const pathsStatement = (params: PathParams) => ({
  cypher: pathsCypher(params),
  params: {
    from: params.from,
    to: params.to,
    limit: neo4j.int(params.limit),
    ...(params.avoidHubsAbove === undefined ? {} : { avoidHubsAbove: neo4j.int(params.avoidHubsAbove) }),
  },
});

type StoredPath = { nodes: Parameters<typeof toGraphNode>[0][]; edges: Parameters<typeof toGraphEdge>[0][] };

export async function findShortestPaths(db: GraphDb, params: PathParams): Promise<PathResult> {
  const statement = pathsStatement(params);
  const record = (await db.read(statement.cypher, statement.params)).records[0];
  if (!record.get('fromFound')) throw notFound('entity', params.from);
  if (!record.get('toFound')) throw notFound('entity', params.to);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const paths = (record.get('paths') as StoredPath[]).map((path) => {
    const pathNodes = path.nodes.map(toGraphNode);
    const pathEdges = path.edges.map(toGraphEdge);
    for (const node of pathNodes) nodes.set(node.id, node);
    for (const edge of pathEdges) edges.set(edge.id, edge);
    return { nodeIds: pathNodes.map((n) => n.id), edgeIds: pathEdges.map((e) => e.id) };
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()], paths };
}
