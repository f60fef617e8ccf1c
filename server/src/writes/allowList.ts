// Labels and relationship types reach Cypher text only after this check against the model's allow-list.
import { ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES, type EntityKind, type RelationshipType } from '../model/schema.ts';

export function assertRelationshipType(type: string): RelationshipType {
  if (!(RELATIONSHIP_TYPE_NAMES as string[]).includes(type)) throw new Error(`Not an allowed relationship type: ${type}`);
  return type as RelationshipType;
}

export function assertEntityKind(kind: string): EntityKind {
  if (!(ENTITY_KIND_NAMES as string[]).includes(kind)) throw new Error(`Not an allowed entity kind: ${kind}`);
  return kind as EntityKind;
}
