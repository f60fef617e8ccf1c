// Parses create and update bodies of relationships with the shared schema of their type.
import { RELATIONSHIP_TYPE_NAMES, relationshipSchemaFor, type RelationshipRecord } from '../model/schema.ts';
import { mergePatch, refuseChangeOf, type Patch } from './changeInput.ts';
import { newRelationshipId } from './ids.ts';
import { parseChoice, parseOrInvalid } from '../model/domainErrors.ts';
import { relationshipFieldsOf, type StoredRelationship } from './relationshipState.ts';

export function parseNewRelationship(body: Record<string, unknown>): RelationshipRecord {
  const type = parseChoice(body.type, RELATIONSHIP_TYPE_NAMES, 'type');
  // Without usable endpoints the id is a placeholder; validation then reports the endpoints, not the id.
  const endpoint = (value: unknown) => (typeof value === 'string' ? value : 'unknown');
  const id = body.id ?? newRelationshipId(type, endpoint(body.source), endpoint(body.target));
  return parseOrInvalid(relationshipSchemaFor(type), { ...body, id }, relationshipFieldsOf(type)) as RelationshipRecord;
}

/** The relationship after the patch, validated as a whole with its type's schema. */
export function applyRelationshipPatch(
  current: StoredRelationship,
  patch: Patch,
): { relationship: RelationshipRecord; removed: string[] } {
  refuseChangeOf(patch.changes, current, ['id', 'type', 'source', 'target'], 'delete it and create a new relationship');
  const allowed = relationshipFieldsOf(current.type);
  const { merged, removed } = mergePatch(current, patch, allowed, current.type);
  return {
    relationship: parseOrInvalid(relationshipSchemaFor(current.type), merged, allowed) as RelationshipRecord,
    removed,
  };
}
