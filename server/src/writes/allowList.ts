// Labels and relationship types reach Cypher text only after this check against the model's allow-list.
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model/schema.ts';

export function assertRelationshipType(type: string): RelationshipType {
  if (!(RELATIONSHIP_TYPE_NAMES as string[]).includes(type))
    throw new Error(`Not an allowed relationship type: ${type}`);
  return type as RelationshipType;
}
