// The model's record schemas, built once per kind and type: building a zod schema per imported line is slow.
import { entitySchemaFor, relationshipSchemaFor, type EntityKind, type RelationshipType } from '../model/schema.ts';

const entitySchemas = new Map<EntityKind, ReturnType<typeof entitySchemaFor>>();
const relationshipSchemas = new Map<RelationshipType, ReturnType<typeof relationshipSchemaFor>>();

export function entitySchema(kind: EntityKind) {
  if (!entitySchemas.has(kind)) entitySchemas.set(kind, entitySchemaFor(kind));
  return entitySchemas.get(kind)!;
}

/**
 * A list's own record may lack what a hand-made one must give: FtM Sanctions without a program are real (the EU
 * and national lists often have none), so imports keep them with the program unknown instead of rejecting them.
 */
export function relationshipSchema(type: RelationshipType) {
  if (!relationshipSchemas.has(type)) relationshipSchemas.set(type, relationshipSchemaFor(type, []));
  return relationshipSchemas.get(type)!;
}
