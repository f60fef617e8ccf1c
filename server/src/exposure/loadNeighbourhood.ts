// Loads the upstream ownership/control neighbourhood of one entity with bounded, parameterised Cypher:
// one query per hop, stopping at a depth, an entity count or a time bound (and saying which and where), then
// one query for names and listings and one for the joint arrangements among the entities found.
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../db/graphDb.ts';
import { decodeSources, kindOf } from '../db/mapping.ts';
import { listingMap, listingSummary, toListing } from '../listings/sanctionListings.ts';
import type { WalkBound } from './contract.ts';
import type {
  HoldingEdge,
  JointArrangement,
  NeighbourhoodNode,
  OwnershipNeighbourhood,
  StoredListing,
  WalkLimits,
} from './neighbourhood.ts';

/** Room for real structures (long chains of holding companies, large groups), still answering in seconds. */
export const DEFAULT_LIMITS: WalkLimits = { maxDepth: 40, maxEntities: 20_000, maxMilliseconds: 10_000 };

const HOLDINGS_INTO = `
  UNWIND $ids AS assetId
  MATCH (owner:Entity)-[r:OWNS|CONTROLS]->(:Entity {id: assetId})
  RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, owner.id AS source, assetId AS target,
         r.percentage AS percentage, r.startDate AS startDate, r.endDate AS endDate, r.sources AS sources
  LIMIT $limit`;

const NODES_WITH_LISTINGS = `
  UNWIND $ids AS nodeId
  MATCH (n:Entity {id: nodeId})
  OPTIONAL MATCH (n)-[s:SANCTIONED_BY]->(a:Entity)
  RETURN n.id AS id, n.name AS name, labels(n) AS labels,
         collect(CASE WHEN s IS NULL THEN null ELSE ${listingMap('s', 'a')} END) AS listings`;

const JOINT_ARRANGEMENTS = `
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})-[r:ACTS_JOINTLY_WITH]->(b:Entity)
  WHERE b.id IN $ids
  RETURN coalesce(r.id, elementId(r)) AS id, a.id AS source, b.id AS target,
         r.startDate AS startDate, r.endDate AS endDate`;

const orNull = <T>(value: T | undefined | null): T | null => value ?? null;

/** What the rules read of a listing: who, under what, when it is in force, and the list files it was seen in. */
const toStoredListing = (row: Record<string, unknown>): StoredListing => {
  const listing = toListing(row);
  const { startDate, endDate, listEditions } = listing;
  return { ...listingSummary(listing), startDate, endDate, listEditions };
};

const toHolding = (row: Record<string, unknown>): HoldingEdge => ({
  id: String(row.id),
  type: row.type as HoldingEdge['type'],
  source: String(row.source),
  target: String(row.target),
  percentage: orNull(row.percentage as number),
  startDate: orNull(row.startDate as string),
  endDate: orNull(row.endDate as string),
  sources: decodeSources(row.sources),
});

interface Walk {
  visited: Set<string>;
  edges: Map<string, HoldingEdge>;
  boundHit: WalkBound | null;
  stoppedAt: OwnershipNeighbourhood['stoppedAt'];
}

/** Records the first bound the walk hits, with the entities whose owners it did not look at. */
function stop(walk: Walk, bound: WalkBound, depth: number, unexplored: string[]): void {
  if (walk.boundHit) return;
  walk.boundHit = bound;
  walk.stoppedAt = { depth, entityIds: [...new Set(unexplored)].slice(0, 20) };
}

async function walkUpstream(db: GraphDb, targetId: string, limits: WalkLimits): Promise<Walk> {
  const walk: Walk = { visited: new Set([targetId]), edges: new Map(), boundHit: null, stoppedAt: null };
  const started = Date.now();
  const limit = limits.maxEntities * 4;
  let frontier = [targetId];
  for (let depth = 0; frontier.length > 0; depth++) {
    if (Date.now() - started > limits.maxMilliseconds) return (stop(walk, 'time', depth, frontier), walk);
    const result = await db.read(HOLDINGS_INTO, { ids: frontier, limit: neo4j.int(limit) });
    const rows = result.records.map((r) => toHolding(r.toObject()));
    if (rows.length >= limit) stop(walk, 'entities', depth, frontier);
    const next: string[] = [];
    for (const row of rows) {
      if (!walk.visited.has(row.source)) {
        // Owners beyond the last hop or the entity bound are left out, and the answer says so.
        if (depth === limits.maxDepth) {
          stop(walk, 'depth', depth, [row.target]);
          continue;
        }
        if (walk.visited.size >= limits.maxEntities) {
          stop(walk, 'entities', depth, [row.target]);
          continue;
        }
        walk.visited.add(row.source);
        next.push(row.source);
      }
      walk.edges.set(row.id, row);
    }
    frontier = next;
  }
  return walk;
}

/** Walks upstream hop by hop; returns null when the entity does not exist. */
export async function loadNeighbourhood(
  db: GraphDb,
  targetId: string,
  limits = DEFAULT_LIMITS,
): Promise<OwnershipNeighbourhood | null> {
  const walk = await walkUpstream(db, targetId, limits);
  const ids = [...walk.visited];
  const nodes = await loadNodes(db, ids);
  if (!nodes.has(targetId)) return null;
  const joint = await db.read(JOINT_ARRANGEMENTS, { ids });
  return {
    targetId,
    nodes,
    edges: [...walk.edges.values()],
    jointArrangements: joint.records.map((r) => {
      const row = r.toObject();
      return { ...row, startDate: orNull(row.startDate), endDate: orNull(row.endDate) } as JointArrangement;
    }),
    limits,
    complete: walk.boundHit === null,
    boundHit: walk.boundHit,
    stoppedAt: walk.stoppedAt,
  };
}

const OWNED = `
  UNWIND $ids AS nodeId
  MATCH (n:Entity {id: nodeId})
  RETURN n.id AS id, EXISTS { (:Entity)-[:OWNS|CONTROLS]->(n) } AS owned`;

/** Walks at once when loading many neighbourhoods: each walk is a few reads, one hop at a time. */
const PARALLEL_WALKS = 4;

/**
 * The neighbourhoods of many entities (a batch screen's matches): an entity nobody owns or controls is its own
 * neighbourhood, and all such are read in two queries; the others are walked as loadNeighbourhood does, a few at a
 * time. Entities not in the graph are left out.
 */
export async function loadNeighbourhoods(
  db: GraphDb,
  ids: string[],
  limits = DEFAULT_LIMITS,
): Promise<Map<string, OwnershipNeighbourhood>> {
  const owned = (await db.read(OWNED, { ids })).records.map((r) => ({ id: r.get('id'), owned: r.get('owned') }));
  const found = new Map<string, OwnershipNeighbourhood>();
  const alone = await loadNodes(
    db,
    owned.filter((o) => !o.owned).map((o) => o.id),
  );
  for (const [id, node] of alone) found.set(id, { ...walkedAlone(id, limits), nodes: new Map([[id, node]]) });
  const walked = owned.filter((o) => o.owned).map((o) => o.id);
  const walk = async () => {
    for (let id = walked.pop(); id !== undefined; id = walked.pop()) {
      const neighbourhood = await loadNeighbourhood(db, id, limits);
      if (neighbourhood) found.set(id, neighbourhood);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WALKS }, walk));
  return found;
}

/** What the walk finds upstream of an entity nobody owns or controls: nothing, and no bound hit. */
const walkedAlone = (targetId: string, limits: WalkLimits) => ({
  targetId,
  edges: [],
  jointArrangements: [],
  limits,
  complete: true,
  boundHit: null,
  stoppedAt: null,
});

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
