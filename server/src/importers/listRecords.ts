// Building model records from an official list's entry, shared by the OFAC and UN importers: validated with the
// model's schemas, so a value the model refuses is dropped with a warning instead of losing the whole entry.
import type { EntityKind, EntityRecord, RelationshipRecord, RelationshipType } from '../model/schema.ts';
import { entitySchema, relationshipSchema } from './modelSchemas.ts';
import { describeIssue } from './text.ts';

/** Fields left empty are dropped, so an entry writes only what the list says. */
function present(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

export function listedEntity(
  kind: EntityKind,
  record: Record<string, unknown>,
  warn: (message: string) => void,
): EntityRecord | string {
  let candidate = present({ ...record, kind });
  for (let attempt = 0; attempt < 5; attempt++) {
    const parsed = entitySchema(kind).safeParse(candidate);
    if (parsed.success) return parsed.data as EntityRecord;
    const field = String(parsed.error.issues[0].path[0] ?? '');
    if (!field || ['id', 'name', 'kind', 'sources'].includes(field)) return describeIssue(parsed.error);
    warn(`${record.id}: ${describeIssue(parsed.error)} (value dropped)`);
    const { [field]: _dropped, ...rest } = candidate;
    candidate = rest;
  }
  return `${record.id}: too many invalid values`;
}

export function listedRelationship(
  type: RelationshipType,
  record: Record<string, unknown>,
): RelationshipRecord | string {
  const parsed = relationshipSchema(type).safeParse(present({ ...record, type }));
  return parsed.success ? (parsed.data as RelationshipRecord) : describeIssue(parsed.error);
}
