// Relationships by their properties ("ownerships of 50% or more", "listings under TCO since 2025"), with both ends,
// one page at a time in relationship-id order (the cursor holds the last id).
import neo4j from 'neo4j-driver';
import type { GraphNode } from '../model/shapes.ts';
import type { RelationshipSearchResult } from './contract.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { graphEdgeFields, graphNodeFields, toGraphEdge, toGraphNode } from '../db/mapping.ts';
import { typeAlternatives } from '../db/patterns.ts';
import { decodeCursor, encodeCursor } from '../expand/neighborCursor.ts';
import type { RelationshipType } from '../model/schema.ts';
import { relationshipConditions, type RelationshipFilters } from './propertyFilters.ts';

export interface RelationshipSearch {
  types?: RelationshipType[];
  filters: RelationshipFilters;
  limit: number;
  cursor?: string;
}

export async function searchRelationships(
  db: GraphDb,
  { types, filters, limit, cursor }: RelationshipSearch,
): Promise<RelationshipSearchResult> {
  const conditions = relationshipConditions(filters);
  const cypher = `
    MATCH (a:Entity)-[r${typeAlternatives(types)}]->(b:Entity)
    WHERE ($after IS NULL OR r.id > $after) ${conditions.where.map((c) => `AND ${c}`).join(' ')}
    WITH a, r, b ORDER BY r.id LIMIT $pageSize
    RETURN ${graphEdgeFields('r')} AS edge, ${graphNodeFields('a')} AS start, ${graphNodeFields('b')} AS end`;
  const result = await db.read(cypher, {
    after: cursor ? decodeCursor(cursor).key : null,
    pageSize: neo4j.int(limit + 1),
    ...conditions.params,
  });
  const page = result.records.slice(0, limit);
  const nodes = new Map<string, GraphNode>();
  for (const r of page) for (const end of [r.get('start'), r.get('end')]) nodes.set(end.id, toGraphNode(end));
  const edges = page.map((r) => toGraphEdge(r.get('edge')));
  const last = edges[edges.length - 1];
  return {
    nodes: [...nodes.values()],
    edges,
    nextCursor: result.records.length > limit ? encodeCursor({ type: 'relationship', key: last.id }) : null,
  };
}
