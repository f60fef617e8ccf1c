// Parses create and update bodies of relationships with the shared schema of their type.
import { RELATIONSHIP_TYPE_NAMES, relationshipSchemaFor, type RelationshipRecord } from '../model/schema.ts';
import { mergePatch, refuseChangeOf, type Patch } from './changeInput.ts';
import { newRelationshipId } from './ids.ts';
import { invalidInput, parseChoice, parseOrInvalid } from '../model/domainErrors.ts';
import { relationshipFieldsOf, type StoredRelationship } from './relationshipState.ts';

export interface NewRelationship {
  relationship: RelationshipRecord;
  /** The caller saw the existing holding and records this one anyway (e.g. a second report of it). */
  allowDuplicate: boolean;
}

export function parseNewRelationship({ allowDuplicate = false, ...body }: Record<string, unknown>): NewRelationship {
  if (typeof allowDuplicate !== 'boolean')
    throw invalidInput([{ path: 'allowDuplicate', message: 'must be true or false' }]);
  const type = parseChoice(body.type, RELATIONSHIP_TYPE_NAMES, 'type');
  // Without usable endpoints the id is a placeholder; validation then reports the endpoints, not the id.
  const endpoint = (value: unknown) => (typeof value === 'string' ? value : 'unknown');
  const id = body.id ?? newRelationshipId(type, endpoint(body.source), endpoint(body.target));
  const allowed = [...relationshipFieldsOf(type), 'allowDuplicate'];
  const relationship = parseOrInvalid(relationshipSchemaFor(type), { ...body, id }, allowed) as RelationshipRecord;
  return { relationship, allowDuplicate };
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
