// The current state of a relationship, found by id whatever its type.
import type { ManagedTransaction, Relationship } from 'neo4j-driver';
import { relationshipToEdge } from '../db/mapping.ts';
import {
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  relationshipBaseFields,
  type RelationshipType,
  type Source,
} from '../model/schema.ts';

export type StoredRelationship = ReturnType<typeof relationshipToEdge> & {
  type: RelationshipType;
  source: string;
  target: string;
  version: number;
  sources: Source[];
};

// Relationship ids are unique per type (one index each), so a lookup by id is one index seek per allowed type.
const RELATIONSHIP_BY_ID = `
  CALL () {
    ${RELATIONSHIP_TYPE_NAMES.map((type) => `MATCH (a)-[r:${type} {id: $id}]->(b) RETURN r, a.id AS source, b.id AS target`).join('\n    UNION ALL\n    ')}
  }
  RETURN r, source, target LIMIT 1`;

export async function readRelationship(tx: ManagedTransaction, id: string): Promise<StoredRelationship | null> {
  const result = await tx.run(RELATIONSHIP_BY_ID, { id });
  if (!result.records.length) return null;
  const record = result.records[0];
  return relationshipToEdge(
    record.get('r') as Relationship,
    record.get('source') as string,
    record.get('target') as string,
  ) as StoredRelationship;
}

/** The fields a relationship type's schema knows, i.e. what a client may send for it. */
export const relationshipFieldsOf = (type: RelationshipType): string[] => [
  ...Object.keys(relationshipBaseFields),
  'type',
  'source',
  'target',
  ...Object.keys(RELATIONSHIP_TYPES[type].fields),
];
