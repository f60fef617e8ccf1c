// Write locks taken before reading, so that a check and the write that depends on it see the same state.
import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationshipType } from '../model/schema.ts';
import { assertRelationshipType } from './allowList.ts';

// Setting a property takes the node's exclusive lock until the transaction ends; removing it again leaves no trace.
// A concurrent writer blocks here, and reads the winner's committed state once it gets the lock.
const LOCK_ENTITIES = `
  MATCH (n:Entity) WHERE n.id IN $ids
  WITH n ORDER BY n.id
  SET n._lock = true
  REMOVE n._lock
  RETURN n.id AS id`;

/** Locks the entities that exist among ids (in id order, to avoid deadlocks) and returns their ids. */
export async function lockEntities(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  const result = await tx.run(LOCK_ENTITIES, { ids });
  return new Set(result.records.map((r) => r.get('id') as string));
}

export async function lockRelationship(tx: ManagedTransaction, type: RelationshipType, id: string): Promise<void> {
  await tx.run(`MATCH ()-[r:${assertRelationshipType(type)} {id: $id}]->() SET r._lock = true REMOVE r._lock`, { id });
}
