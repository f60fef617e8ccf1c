// The nodes with the given ids and every relationship among them ("reveal links" between what is on screen).
import neo4j from 'neo4j-driver';
import type { SubgraphResult } from './contract.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { graphEdgeFields, graphNodeFields, toGraphEdge, toGraphNode } from '../db/mapping.ts';
import { typeAlternatives } from '../db/patterns.ts';
import type { RelationshipType } from '../model/schema.ts';

export interface SubgraphParams {
  ids: string[];
  types?: RelationshipType[];
}

/** Above this many relationships a node is not expanded; its links are found from the other end instead. */
export const HUB_DEGREE = 1000;

/**
 * Each link is found from an end that is cheap to expand: ordinary nodes expand their outgoing relationships
 * (links to any node on screen) and their incoming ones from hubs; links between two hubs are checked pairwise.
 * So a hub with 100,000 relationships on screen costs no more than its neighbours on screen.
 */
export function subgraphCypher(types: RelationshipType[] | undefined): string {
  const rel = `[r${typeAlternatives(types)}]`;
  // The three parts find disjoint sets (by which ends are hubs), so UNION ALL: the de-duplication of UNION held every
  // relationship in transaction memory and ran out of it at 5,000 ids. Membership is tested on the ids parameter,
  // which Neo4j looks up as a set, rather than scanning a list of nodes for every relationship; the far end must be an
  // Entity, since an id alone does not say the node is one.
  return `
    MATCH (n:Entity) WHERE n.id IN $ids
    WITH collect(n) AS found, collect(CASE WHEN COUNT { (n)--() } > $hubDegree THEN n END) AS hubs
    WITH found, hubs, [h IN hubs | h.id] AS hubIds
    RETURN [x IN found | ${graphNodeFields('x')}] AS nodes, COLLECT {
      UNWIND found AS a WITH a WHERE NOT a.id IN hubIds
      MATCH (a)-${rel}->(b:Entity) WHERE b.id IN $ids
      RETURN ${graphEdgeFields('r')} AS edge
      UNION ALL
      UNWIND found AS a WITH a WHERE NOT a.id IN hubIds
      MATCH (a)<-${rel}-(b:Entity) WHERE b.id IN hubIds
      RETURN ${graphEdgeFields('r')} AS edge
      UNION ALL
      UNWIND hubs AS a UNWIND hubs AS b
      MATCH (a)-${rel}->(b)
      RETURN ${graphEdgeFields('r')} AS edge
    } AS edges`;
}

export const subgraphStatement = ({ ids, types }: SubgraphParams) => ({
  cypher: subgraphCypher(types),
  params: { ids, hubDegree: neo4j.int(HUB_DEGREE) },
});

export async function revealSubgraph(db: GraphDb, params: SubgraphParams): Promise<SubgraphResult> {
  const statement = subgraphStatement(params);
  const record = (await db.read(statement.cypher, statement.params)).records[0];
  const nodes = (record.get('nodes') as Parameters<typeof toGraphNode>[0][]).map(toGraphNode);
  const found = new Set(nodes.map((n) => n.id));
  return {
    nodes,
    edges: (record.get('edges') as Parameters<typeof toGraphEdge>[0][]).map(toGraphEdge),
    missing: [...new Set(params.ids)].filter((id) => !found.has(id)),
  };
}
