// Loads the upstream ownership/control neighbourhood of one entity with bounded, parameterised Cypher:
// one query per hop (at most maxDepth), stopping at maxNodes entities, then one query for names and listings.
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../db/graphDb.ts';
import { kindOf } from '../db/mapping.ts';
import { listingMap, listingSummary, toListing } from '../listings/sanctionListings.ts';
import type { HoldingEdge, NeighbourhoodNode, OwnershipNeighbourhood, StoredListing } from './neighbourhood.ts';

export interface NeighbourhoodLimits {
  maxDepth: number;
  maxNodes: number;
}

export const DEFAULT_LIMITS: NeighbourhoodLimits = { maxDepth: 10, maxNodes: 2_000 };

const HOLDINGS_INTO = `
  UNWIND $ids AS assetId
  MATCH (owner:Entity)-[r:OWNS|CONTROLS]->(:Entity {id: assetId})
  RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, owner.id AS source, assetId AS target,
         r.percentage AS percentage, r.startDate AS startDate, r.endDate AS endDate
  LIMIT $limit`;

const NODES_WITH_LISTINGS = `
  UNWIND $ids AS nodeId
  MATCH (n:Entity {id: nodeId})
  OPTIONAL MATCH (n)-[s:SANCTIONED_BY]->(a:Entity)
  RETURN n.id AS id, n.name AS name, labels(n) AS labels,
         collect(CASE WHEN s IS NULL THEN null ELSE ${listingMap('s', 'a')} END) AS listings`;

/** What the rules read of a listing: who, under what, and when it is in force. */
const toStoredListing = (row: Record<string, unknown>): StoredListing => {
  const listing = toListing(row);
  return { ...listingSummary(listing), startDate: listing.startDate, endDate: listing.endDate };
};

/** Walks upstream hop by hop; returns null when the entity does not exist. */
export async function loadNeighbourhood(
  db: GraphDb,
  targetId: string,
  limits = DEFAULT_LIMITS,
): Promise<OwnershipNeighbourhood | null> {
  const visited = new Set([targetId]);
  const edges = new Map<string, HoldingEdge>();
  let frontier = [targetId];
  let complete = true;
  const limit = limits.maxNodes * 4;
  for (let depth = 0; frontier.length > 0; depth++) {
    const rows = (await db.read(HOLDINGS_INTO, { ids: frontier, limit: neo4j.int(limit) })).records.map(
      (r) => r.toObject() as unknown as HoldingEdge,
    );
    // Owners beyond the last hop or the node cap are left out, and the answer says so.
    const noNewNodes = depth === limits.maxDepth;
    if (rows.length >= limit) complete = false;
    frontier = [];
    for (const row of rows) {
      if (!visited.has(row.source)) {
        if (noNewNodes || visited.size >= limits.maxNodes) {
          complete = false;
          continue;
        }
        visited.add(row.source);
        frontier.push(row.source);
      }
      edges.set(row.id, {
        ...row,
        percentage: row.percentage ?? null,
        startDate: row.startDate ?? null,
        endDate: row.endDate ?? null,
      });
    }
  }
  const nodes = await loadNodes(db, [...visited]);
  if (!nodes.has(targetId)) return null;
  return { targetId, nodes, edges: [...edges.values()], maxDepth: limits.maxDepth, complete };
}

async function loadNodes(db: GraphDb, ids: string[]): Promise<Map<string, NeighbourhoodNode>> {
  const result = await db.read(NODES_WITH_LISTINGS, { ids });
  return new Map(
    result.records.map((r) => {
      const node: NeighbourhoodNode = {
        id: r.get('id'),
        name: r.get('name'),
        kind: kindOf(r.get('labels')),
        listings: (r.get('listings') as Record<string, unknown>[]).map(toStoredListing),
      };
      return [node.id, node];
    }),
  );
}
