// One hop from an entity, one page at a time: a hub with 100,000 neighbours answers a page plus its totals.
import neo4j from 'neo4j-driver';
import type { NeighborPage } from './contract.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { graphEdgeFields, graphNodeFields, toGraphEdge, toGraphNode } from '../db/mapping.ts';
import { degreeCountsMap, oneHop, readDegreeCounts, type Direction } from '../db/patterns.ts';
import { notFound } from '../model/domainErrors.ts';
import type { RelationshipType } from '../model/schema.ts';
import { decodeCursor, encodeCursor, type NeighborCursor } from './neighborCursor.ts';

export interface NeighborParams {
  id: string;
  types?: RelationshipType[];
  direction: Direction;
  limit: number;
  cursor?: string;
}

/**
 * Pages are ordered by (relationship type, relationship id), a stable order that a cursor can resume from
 * without OFFSET. Only the page's neighbours are projected; the totals come from the degree store.
 */
export function neighborsCypher(types: RelationshipType[] | undefined, direction: Direction): string {
  return `
    MATCH (n:Entity {id: $id})
    CALL (n) {
      MATCH ${oneHop('n', 'r', 'm', types, direction)}
      WITH r, m, type(r) AS relType, coalesce(r.id, elementId(r)) AS key
      WHERE $after IS NULL OR relType > $after.type OR (relType = $after.type AND key > $after.key)
      WITH r, m, relType, key ORDER BY relType, key LIMIT $fetch
      RETURN collect({edge: ${graphEdgeFields('r')}, node: ${graphNodeFields('m')}, type: relType, key: key}) AS page
    }
    RETURN ${graphNodeFields('n')} AS center, ${degreeCountsMap('n', types, direction)} AS counts, page`;
}

export function neighborsStatement(params: NeighborParams) {
  const after: NeighborCursor | null = params.cursor ? decodeCursor(params.cursor) : null;
  return {
    cypher: neighborsCypher(params.types, params.direction),
    params: { id: params.id, after, fetch: neo4j.int(params.limit + 1) },
  };
}

type PageRow = {
  edge: Parameters<typeof toGraphEdge>[0];
  node: Parameters<typeof toGraphNode>[0];
  type: string;
  key: string;
};

export async function expandNeighbors(db: GraphDb, params: NeighborParams): Promise<NeighborPage> {
  const statement = neighborsStatement(params);
  const record = (await db.read(statement.cypher, statement.params)).records[0];
  if (!record) throw notFound('entity', params.id);
  const rows = record.get('page') as PageRow[];
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  const counts: NeighborPage['counts'] = {};
  for (const { type, count } of readDegreeCounts(record.get('counts'))) counts[type] = (counts[type] ?? 0) + count;
  const nodes = new Map(page.map((row) => [String(row.node.id), toGraphNode(row.node)]));
  return {
    center: toGraphNode(record.get('center')),
    nodes: [...nodes.values()],
    edges: page.map((row) => toGraphEdge(row.edge)),
    counts,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    nextCursor: rows.length > params.limit ? encodeCursor({ type: last.type, key: last.key }) : null,
  };
}
