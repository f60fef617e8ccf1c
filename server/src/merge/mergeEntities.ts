// Merging two records of the same real-world entity: in one transaction, the survivor takes over every
// relationship (both directions, every type, same ids and properties), the aliases and the sources; the other goes.
import type { ManagedTransaction } from 'neo4j-driver';
import type { User } from '../auth/authConfig.ts';
import { recordAudit } from '../audit/auditLog.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { entityToProperties } from '../db/mapping.ts';
import { DomainError, notFound } from '../model/domainErrors.ts';
import type { Source } from '../model/schema.ts';
import { readEntity, type StoredEntity } from '../writes/entityState.ts';
import { touchIfListed } from '../writes/listedGeneration.ts';
import { lockEntities } from '../writes/locks.ts';
import { assertVersion } from '../writes/versioning.ts';
import { invalidInput } from '../model/domainErrors.ts';
import type { MergeResult } from './contract.ts';
import { assertLinksFit, mergedSurvivor, type LinkToMove } from './mergePlan.ts';

export interface MergeRequest {
  into: string;
  from: string;
  version?: number;
  fromVersion?: number;
  sources: Source[];
}

const LINKS_OF = `
  MATCH (l:Entity {id: $from})-[r]-(x)
  RETURN r.id AS id, type(r) AS type, CASE WHEN startNode(r) = l THEN 'out' ELSE 'in' END AS direction,
         x.id AS otherId, [k IN labels(x) WHERE k <> 'Entity'][0] AS otherKind`;

// Dynamic types ($(...), Neo4j 5.26) recreate each relationship with its own type; the types are the ones
// already in the graph, which only ever holds allow-listed types. Each is deleted before its copy is made, so the
// copy can take its id. A self-loop on the other becomes one on the survivor.
const MOVE_OUTGOING = `
  MATCH (l:Entity {id: $from})-[r]->(x), (s:Entity {id: $into})
  WITH s, r, CASE WHEN x = l THEN s ELSE x END AS target, type(r) AS type, properties(r) AS props
  DELETE r
  WITH s, target, type, props
  CREATE (s)-[moved:$(type)]->(target)
  SET moved = props, moved.version = coalesce(props.version, 0) + 1`;

const MOVE_INCOMING = `
  MATCH (x)-[r]->(l:Entity {id: $from}), (s:Entity {id: $into})
  WITH s, r, x, type(r) AS type, properties(r) AS props
  DELETE r
  WITH s, x, type, props
  CREATE (x)-[moved:$(type)]->(s)
  SET moved = props, moved.version = coalesce(props.version, 0) + 1`;

const FINISH_MERGE = `
  MATCH (s:Entity {id: $into}), (l:Entity {id: $from})
  DELETE l
  SET s += $props, s.version = s.version + 1`;

/** Both records, as read in this transaction (a merge locks them first). */
async function readBoth(
  tx: ManagedTransaction,
  request: Pick<MergeRequest, 'into' | 'from'>,
): Promise<[StoredEntity, StoredEntity]> {
  if (request.from === request.into)
    throw invalidInput([{ path: 'from', message: 'cannot merge an entity into itself' }]);
  const survivor = await readEntity(tx, request.into);
  if (!survivor) throw notFound('entity', request.into);
  const other = await readEntity(tx, request.from);
  if (!other)
    throw new DomainError('not_found', 'not_found', `No entity with id "${request.from}" to merge from.`, [
      { path: 'from', message: 'no such entity' },
    ]);
  return [survivor, other];
}

/** The other's relationships, refused (422) when one would not fit the survivor's kind. */
async function linksToMove(tx: ManagedTransaction, survivor: StoredEntity, from: string): Promise<LinkToMove[]> {
  const links = (await tx.run(LINKS_OF, { from })).records.map((r): LinkToMove => ({
    ...(r.toObject() as Omit<LinkToMove, 'betweenThem'>),
    betweenThem: r.get('otherId') === survivor.id,
  }));
  assertLinksFit(survivor.kind, links);
  return links;
}

const moved = (links: LinkToMove[]) => links.map(({ id, type, direction }) => ({ id, type, direction }));

async function lockBoth(tx: ManagedTransaction, request: MergeRequest): Promise<[StoredEntity, StoredEntity]> {
  await lockEntities(tx, [request.into, request.from]);
  const [survivor, other] = await readBoth(tx, request);
  if (request.version !== undefined) assertVersion(survivor, request.version, `entity "${request.into}"`);
  if (request.fromVersion !== undefined) assertVersion(other, request.fromVersion, `entity "${request.from}"`);
  return [survivor, other];
}

/**
 * What the merge would do, without doing it: the survivor as it would read afterwards, what moves, or the same
 * refusal the merge would give. Nothing is locked or written, so the merge itself may still meet a newer version.
 */
export async function previewMerge(db: GraphDb, request: Pick<MergeRequest, 'into' | 'from'>): Promise<MergeResult> {
  return db.readTx(async (tx) => {
    const [survivor, other] = await readBoth(tx, request);
    const links = await linksToMove(tx, survivor, request.from);
    const merged = mergedSurvivor(survivor, other, []);
    const entity = { ...merged, version: survivor.version + 1 } as MergeResult['entity'];
    return { entity, mergedFrom: request.from, movedRelationships: moved(links) };
  });
}

export async function mergeEntities(db: GraphDb, actor: User, request: MergeRequest): Promise<MergeResult> {
  return db.writeTx(async (tx) => {
    const [survivor, other] = await lockBoth(tx, request);
    const links = await linksToMove(tx, survivor, request.from);
    const merged = mergedSurvivor(survivor, other, request.sources);
    await tx.run(MOVE_OUTGOING, request);
    await tx.run(MOVE_INCOMING, request);
    await tx.run(FINISH_MERGE, { ...request, props: entityToProperties(merged) });
    const after = (await readEntity(tx, request.into))!;
    const movedRelationships = moved(links);
    await recordAudit(tx, actor, request.sources, [
      {
        action: 'merge',
        targetKind: 'entity',
        targetId: request.into,
        fromEntity: request.from,
        toEntity: request.into,
        before: { survivor, mergedFrom: other, movedRelationships },
        after,
        note: `merged ${request.from} into ${request.into}`,
      },
    ]);
    // The survivor holds both names and both entities' listings now.
    await touchIfListed(tx, request.into);
    return { entity: after, mergedFrom: request.from, movedRelationships };
  });
}
