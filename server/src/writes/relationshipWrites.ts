// Creating, updating and deleting relationships: each one transaction with its checks, its write and its audit entry.
import type { ManagedTransaction, Relationship } from 'neo4j-driver';
import type { User } from '../auth/authConfig.ts';
import { recordAudit } from '../audit/auditLog.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { relationshipToEdge, relationshipToProperties } from '../db/mapping.ts';
import { DomainError, notFound } from '../model/domainErrors.ts';
import {
  allowsEndpoints,
  RELATIONSHIP_TYPES,
  selfLinkProblem,
  type RelationshipRecord,
  type Source,
} from '../model/schema.ts';
import { assertRelationshipType } from './allowList.ts';
import { withRemovals, type Patch } from './changeInput.ts';
import { readEntity } from './entityState.ts';
import { touchIfListing } from './listedGeneration.ts';
import { lockEntities, lockRelationship } from './locks.ts';
import { assertVersion } from './versioning.ts';
import { applyRelationshipPatch } from './relationshipInput.ts';
import { readRelationship, type StoredRelationship } from './relationshipState.ts';

/**
 * The two ends differ (422 self_relationship), both exist (404 naming the missing one) and the type may join
 * their kinds (422 naming what it allows).
 */
async function checkEndpoints(tx: ManagedTransaction, rel: RelationshipRecord): Promise<void> {
  const selfLink = selfLinkProblem(rel.type, rel.source, rel.target);
  if (selfLink)
    throw new DomainError('not_allowed', 'self_relationship', selfLink, [
      { path: 'target', message: 'is the same entity as source' },
    ]);
  await lockEntities(tx, [rel.source, rel.target]);
  const from = await readEntity(tx, rel.source);
  const to = await readEntity(tx, rel.target);
  const missing = [
    ...(from ? [] : [{ path: 'source', message: `no entity with id "${rel.source}"` }]),
    ...(to ? [] : [{ path: 'target', message: `no entity with id "${rel.target}"` }]),
  ];
  if (missing.length)
    throw new DomainError(
      'not_found',
      'endpoint_not_found',
      `Cannot link: ${missing.map((m) => `${m.path} has ${m.message}`).join('; ')}.`,
      missing,
    );
  if (!allowsEndpoints(rel.type, from!.kind, to!.kind)) {
    const spec = RELATIONSHIP_TYPES[rel.type];
    const kinds = (list: readonly string[]) => (list.length ? list.join(', ') : 'any kind');
    throw new DomainError(
      'not_allowed',
      'endpoints_not_allowed',
      `${rel.type} cannot join a ${from!.kind} to a ${to!.kind}: it goes from ${kinds(spec.from)} to ${kinds(spec.to)}.`,
      [
        { path: 'source', message: `is a ${from!.kind}; ${rel.type} starts at ${kinds(spec.from)}` },
        { path: 'target', message: `is a ${to!.kind}; ${rel.type} ends at ${kinds(spec.to)}` },
      ],
    );
  }
}

const createRelationshipCypher = (type: string) => `
  MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
  CREATE (a)-[r:${assertRelationshipType(type)}]->(b)
  SET r = $props, r.version = 1
  RETURN r`;

// The same stake recorded again: same owner and asset, same percentage (or both unknown), overlapping dates.
const SAME_HOLDING = `
  MATCH (:Entity {id: $source})-[r:OWNS]->(:Entity {id: $target})
  WHERE coalesce(r.percentage, -1) = coalesce($percentage, -1)
    AND (r.endDate IS NULL OR $startDate IS NULL OR r.endDate >= $startDate)
    AND ($endDate IS NULL OR r.startDate IS NULL OR r.startDate <= $endDate)
  RETURN r LIMIT 1`;

/** An exact duplicate holding would be counted once anyway; creating one is refused unless asked for (409). */
async function refuseDuplicateHolding(tx: ManagedTransaction, rel: RelationshipRecord): Promise<void> {
  if (rel.type !== 'OWNS') return;
  const result = await tx.run(SAME_HOLDING, {
    source: rel.source,
    target: rel.target,
    percentage: rel.percentage ?? null,
    startDate: rel.startDate ?? null,
    endDate: rel.endDate ?? null,
  });
  if (!result.records.length) return;
  const existing = relationshipToEdge(result.records[0].get('r') as Relationship, rel.source, rel.target);
  throw new DomainError(
    'conflict',
    'duplicate_holding',
    `${rel.source} already holds ${rel.percentage ?? 'an unknown percentage'}${rel.percentage === undefined ? '' : '%'} of ${rel.target} over these dates (relationship ${existing.id}): the same stake counts once. Add a source to it, or send "allowDuplicate": true to record a separate report.`,
    { existing },
  );
}

export async function createRelationship(
  db: GraphDb,
  actor: User,
  rel: RelationshipRecord,
  { allowDuplicate = false } = {},
): Promise<StoredRelationship> {
  return db.writeTx(async (tx) => {
    await checkEndpoints(tx, rel);
    if (!allowDuplicate) await refuseDuplicateHolding(tx, rel);
    if (await readRelationship(tx, rel.id))
      throw new DomainError('conflict', 'id_taken', `A relationship with id "${rel.id}" already exists.`, {
        id: rel.id,
      });
    const result = await tx.run(createRelationshipCypher(rel.type), {
      source: rel.source,
      target: rel.target,
      props: relationshipToProperties(rel),
    });
    const created = relationshipToEdge(
      result.records[0].get('r') as Relationship,
      rel.source,
      rel.target,
    ) as StoredRelationship;
    await recordAudit(tx, actor, rel.sources, [
      {
        action: 'create',
        targetKind: 'relationship',
        targetId: rel.id,
        fromEntity: rel.source,
        toEntity: rel.target,
        before: null,
        after: created,
      },
    ]);
    await touchIfListing(tx, rel.type);
    return created;
  });
}

/** Finds, locks and re-reads the relationship, then checks the version the caller expects. */
async function lockAndRead(tx: ManagedTransaction, id: string, expected: number): Promise<StoredRelationship> {
  const found = await readRelationship(tx, id);
  if (!found) throw notFound('relationship', id);
  await lockRelationship(tx, found.type, id);
  const current = await readRelationship(tx, id);
  if (!current) throw notFound('relationship', id);
  assertVersion(current, expected, `relationship "${id}"`);
  return current;
}

const updateRelationshipCypher = (type: string) => `
  MATCH ()-[r:${assertRelationshipType(type)} {id: $id}]->()
  SET r += $props, r.version = r.version + 1
  RETURN r`;

export async function updateRelationship(
  db: GraphDb,
  actor: User,
  id: string,
  expected: number,
  patch: Patch,
): Promise<StoredRelationship> {
  return db.writeTx(async (tx) => {
    const before = await lockAndRead(tx, id, expected);
    const { relationship, removed } = applyRelationshipPatch(before, patch);
    const props = withRemovals(relationshipToProperties(relationship), removed);
    const result = await tx.run(updateRelationshipCypher(before.type), { id, props });
    const after = relationshipToEdge(
      result.records[0].get('r') as Relationship,
      before.source,
      before.target,
    ) as StoredRelationship;
    await recordAudit(tx, actor, patch.sources, [
      {
        action: 'update',
        targetKind: 'relationship',
        targetId: id,
        fromEntity: before.source,
        toEntity: before.target,
        before,
        after,
      },
    ]);
    await touchIfListing(tx, before.type);
    return after;
  });
}

const deleteRelationshipCypher = (type: string) =>
  `MATCH ()-[r:${assertRelationshipType(type)} {id: $id}]->() DELETE r`;

export async function deleteRelationship(
  db: GraphDb,
  actor: User,
  id: string,
  expected: number,
  sources: Source[],
): Promise<StoredRelationship> {
  return db.writeTx(async (tx) => {
    const before = await lockAndRead(tx, id, expected);
    await tx.run(deleteRelationshipCypher(before.type), { id });
    await recordAudit(tx, actor, sources, [
      {
        action: 'delete',
        targetKind: 'relationship',
        targetId: id,
        fromEntity: before.source,
        toEntity: before.target,
        before,
        after: null,
      },
    ]);
    await touchIfListing(tx, before.type);
    return before;
  });
}
