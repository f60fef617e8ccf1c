// Creating, updating and deleting entities: each one transaction with its check, its write and its audit entry.
import { Neo4jError, type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import type { User } from '../auth/authConfig.ts';
import { recordAudit, type AuditChange } from '../audit/auditLog.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { entityToProperties, nodeToEntity, relationshipToEdge } from '../db/mapping.ts';
import { duplicateQueryOf, findLikelyDuplicates } from '../duplicates/findLikelyDuplicates.ts';
import { DomainError, notFound } from '../model/domainErrors.ts';
import type { Source } from '../model/schema.ts';
import type { StoredRelationship } from './relationshipState.ts';
import { readEntity, type StoredEntity } from './entityState.ts';
import { touchIfListed, touchIfListing } from './listedGeneration.ts';
import { lockEntities } from './locks.ts';
import { assertVersion } from './versioning.ts';
import { withRemovals, type Patch } from './changeInput.ts';
import { applyEntityPatch, type NewEntity } from './entityInput.ts';

const CREATE_ENTITY = 'CREATE (n:Entity) SET n = $props, n.version = 1, n:$($kind) RETURN n';

const idTaken = (id: string) =>
  new DomainError('conflict', 'id_taken', `An entity with id "${id}" already exists.`, { id });

/** A concurrent create of the same id loses at commit, on the unique constraint. */
const isConstraintViolation = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export async function createEntity(db: GraphDb, actor: User, newEntity: NewEntity): Promise<StoredEntity> {
  try {
    return await db.writeTx((tx) => createInTx(tx, actor, newEntity));
  } catch (error) {
    throw isConstraintViolation(error) ? idTaken(newEntity.entity.id) : error;
  }
}

async function createInTx(
  tx: ManagedTransaction,
  actor: User,
  { entity, allowDuplicate }: NewEntity,
): Promise<StoredEntity> {
  if (!allowDuplicate) {
    const candidates = await findLikelyDuplicates(tx, duplicateQueryOf(entity));
    if (candidates.length) {
      const first = candidates[0];
      throw new DomainError(
        'conflict',
        'likely_duplicate',
        `This looks like an existing entity: ${first.name} (${first.kind}, ${first.id}). Send "allowDuplicate": true to create it anyway.`,
        { candidates },
      );
    }
  }
  if ((await lockEntities(tx, [entity.id])).size) throw idTaken(entity.id);
  const result = await tx.run(CREATE_ENTITY, { props: entityToProperties(entity), kind: entity.kind });
  const created = nodeToEntity(result.records[0].get('n') as Node) as StoredEntity;
  await recordAudit(tx, actor, entity.sources, [
    { action: 'create', targetKind: 'entity', targetId: entity.id, before: null, after: created },
  ]);
  return created;
}

/** Locks the entity, then reads it: a concurrent writer waits here and then sees the winner's version. */
async function lockAndRead(tx: ManagedTransaction, id: string, expected: number): Promise<StoredEntity> {
  await lockEntities(tx, [id]);
  const current = await readEntity(tx, id);
  if (!current) throw notFound('entity', id);
  assertVersion(current, expected, `entity "${id}"`);
  return current;
}

// A null in props removes that property.
const UPDATE_ENTITY = 'MATCH (n:Entity {id: $id}) SET n += $props, n.version = n.version + 1 RETURN n';

export async function updateEntity(
  db: GraphDb,
  actor: User,
  id: string,
  expected: number,
  patch: Patch,
): Promise<StoredEntity> {
  return db.writeTx(async (tx) => {
    const before = await lockAndRead(tx, id, expected);
    const { entity, removed } = applyEntityPatch(before, patch);
    const result = await tx.run(UPDATE_ENTITY, { id, props: withRemovals(entityToProperties(entity), removed) });
    const after = nodeToEntity(result.records[0].get('n') as Node) as StoredEntity;
    await recordAudit(tx, actor, patch.sources, [
      { action: 'update', targetKind: 'entity', targetId: id, before, after },
    ]);
    await touchIfListed(tx, id);
    return after;
  });
}

const RELATIONSHIPS_OF = `
  MATCH (n:Entity {id: $id})-[r]-(other)
  RETURN r, startNode(r).id AS source, endNode(r).id AS target`;

const DELETE_ENTITY = 'MATCH (n:Entity {id: $id}) DETACH DELETE n';

export interface DeletedEntity {
  entity: StoredEntity;
  removedRelationships: StoredRelationship[];
}

function countByType(edges: { type: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const edge of edges) counts[edge.type] = (counts[edge.type] ?? 0) + 1;
  return counts;
}

/** Deletes an entity; with relationships only when cascade is asked for, and then each removal is audited too. */
export async function deleteEntity(
  db: GraphDb,
  actor: User,
  id: string,
  expected: number,
  sources: Source[],
  cascade: boolean,
): Promise<DeletedEntity> {
  return db.writeTx(async (tx) => {
    const entity = await lockAndRead(tx, id, expected);
    const result = await tx.run(RELATIONSHIPS_OF, { id });
    const edges = result.records.map(
      (r) =>
        relationshipToEdge(
          r.get('r') as Relationship,
          r.get('source') as string,
          r.get('target') as string,
        ) as StoredRelationship,
    );
    if (edges.length && !cascade) {
      throw new DomainError(
        'conflict',
        'has_relationships',
        `Entity "${id}" has ${edges.length} relationship(s); delete with ?cascade=true to remove them too.`,
        {
          total: edges.length,
          byType: countByType(edges),
        },
      );
    }
    await tx.run(DELETE_ENTITY, { id });
    const cascaded: AuditChange[] = edges.map((edge) => ({
      action: 'delete',
      targetKind: 'relationship',
      targetId: edge.id,
      fromEntity: edge.source,
      toEntity: edge.target,
      before: edge,
      after: null,
      note: `cascade delete of entity ${id}`,
    }));
    await recordAudit(tx, actor, sources, [
      {
        action: 'delete',
        targetKind: 'entity',
        targetId: id,
        before: { ...entity, removedRelationships: edges },
        after: null,
        note: cascade ? 'cascade' : undefined,
      },
      ...cascaded,
    ]);
    for (const type of new Set(edges.map((edge) => edge.type))) await touchIfListing(tx, type);
    return { entity, removedRelationships: edges };
  });
}
