// The nodes with the given ids and every relationship among them ("reveal links" between what is on screen).
import type { SubgraphResult } from '../api/types.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { graphEdgeFields, graphNodeFields, toGraphEdge, toGraphNode } from '../db/mapping.ts';
import { typeAlternatives } from '../db/patterns.ts';
import type { RelationshipType } from '../model/schema.ts';

export interface SubgraphParams {
  ids: string[];
  types?: RelationshipType[];
}

export function subgraphCypher(types: RelationshipType[] | undefined): string {
  return `
    MATCH (n:Entity) WHERE n.id IN $ids
    WITH collect(n) AS found
    RETURN [x IN found | ${graphNodeFields('x')}] AS nodes, COLLECT {
      UNWIND found AS a
      MATCH (a)-[r${typeAlternatives(types)}]->(b)
      WHERE b IN found
      RETURN ${graphEdgeFields('r')}
    } AS edges`;
}

export const subgraphStatement = ({ ids, types }: SubgraphParams) => ({ cypher: subgraphCypher(types), params: { ids } });

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
