// The current state of an entity, as the write paths see it inside their transaction.
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { nodeToEntity } from '../db/mapping.ts';
import { entitySchemaFor, type EntityKind, type Source } from '../model/schema.ts';

export type StoredEntity = ReturnType<typeof nodeToEntity> & { version: number; aliases: string[]; sources: Source[] };

const ENTITY_BY_ID = 'MATCH (n:Entity {id: $id}) RETURN n';

export async function readEntity(tx: ManagedTransaction, id: string): Promise<StoredEntity | null> {
  const result = await tx.run(ENTITY_BY_ID, { id });
  return result.records.length ? (nodeToEntity(result.records[0].get('n') as Node) as StoredEntity) : null;
}

/** The fields a kind's schema knows, i.e. what a client may send for it. */
export const entityFieldsOf = (kind: EntityKind): string[] => Object.keys(entitySchemaFor(kind).shape);
