// Parses create and update bodies of entities with the shared schema of their kind.
import { ENTITY_KIND_NAMES, entitySchemaFor, type EntityRecord } from '../model/schema.ts';
import { mergePatch, refuseChangeOf, type Patch } from './changeInput.ts';
import { entityFieldsOf, type StoredEntity } from './entityState.ts';
import { newEntityId } from './ids.ts';
import { invalidInput, parseChoice, parseOrInvalid } from '../model/domainErrors.ts';

export interface NewEntity {
  entity: EntityRecord;
  /** The caller saw the likely duplicates and creates anyway. */
  allowDuplicate: boolean;
}

export function parseNewEntity(body: Record<string, unknown>): NewEntity {
  const { allowDuplicate = false, ...fields } = body;
  if (typeof allowDuplicate !== 'boolean')
    throw invalidInput([{ path: 'allowDuplicate', message: 'must be true or false' }]);
  const kind = parseChoice(fields.kind, ENTITY_KIND_NAMES, 'kind');
  const id = fields.id ?? newEntityId(kind, typeof fields.name === 'string' ? fields.name : '');
  const allowed = [...entityFieldsOf(kind), 'allowDuplicate'];
  const entity = parseOrInvalid(entitySchemaFor(kind), { ...fields, id }, allowed) as EntityRecord;
  return { entity, allowDuplicate };
}

/** The entity after the patch, validated as a whole with its kind's schema. */
export function applyEntityPatch(current: StoredEntity, patch: Patch): { entity: EntityRecord; removed: string[] } {
  refuseChangeOf(patch.changes, current, ['id'], 'ids are permanent');
  refuseChangeOf(patch.changes, current, ['kind'], 'create an entity of the other kind and merge this one into it');
  const allowed = entityFieldsOf(current.kind);
  const { merged, removed } = mergePatch(current, patch, allowed, `a ${current.kind}`);
  return { entity: parseOrInvalid(entitySchemaFor(current.kind), merged, allowed) as EntityRecord, removed };
}
