// Audit entries in words: what happened and which fields changed from what to what.
import type { AuditEntry } from '@api/types.ts';
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '@model/schema.ts';

/** Labels of the fields every entity or relationship has (the kinds' and types' own come from the model). */
const BASE_LABELS: Record<string, string> = {
  name: 'Name',
  aliases: 'Also known as',
  confidence: 'Confidence',
  notes: 'Notes',
  startDate: 'Start date',
  endDate: 'End date',
  listEditions: 'List editions',
};

/** The model's label of a field of this record ("registrationNumber" reads "Registration number"). */
export function fieldLabel(record: Record<string, unknown>, field: string): string {
  const kind = ENTITY_KINDS[record.kind as EntityKind];
  const type = RELATIONSHIP_TYPES[record.type as RelationshipType];
  const fields: Record<string, { label: string }> = kind?.fields ?? type?.fields ?? {};
  return fields[field]?.label ?? BASE_LABELS[field] ?? field;
}

const VERBS = { create: 'created', update: 'changed', delete: 'deleted', merge: 'merged', import: 'imported' } as const;
const BOOKKEEPING = new Set(['version', 'sources', 'removedRelationships']);

type Props = Record<string, unknown> | null;

const show = (value: unknown) =>
  value === undefined
    ? '—'
    : Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

export function summarize(entry: AuditEntry, nameOf: (id: string) => string): string {
  const verb = VERBS[entry.action];
  if (entry.targetKind === 'list') return `${entry.actor} imported ${entry.targetId}`;
  if (entry.targetKind === 'entity') {
    if (entry.action === 'merge')
      return `${entry.actor} merged ${entry.fromEntity} into ${nameOf(entry.toEntity ?? entry.targetId)}`;
    return `${entry.actor} ${verb} the entity${entry.note === 'cascade' ? ' and its relationships' : ''}`;
  }
  const record = (entry.after ?? entry.before) as Props;
  const type = record?.type ?? 'relationship';
  return `${entry.actor} ${verb} ${type} ${nameOf(entry.fromEntity ?? '?')} → ${nameOf(entry.toEntity ?? '?')}`;
}

export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

/** Field by field, what differs between two versions of a record, labelled from the model. */
export function recordChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const record = { ...before, ...after };
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !BOOKKEEPING.has(field) && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, label: fieldLabel(record, field), from: show(before[field]), to: show(after[field]) }));
}

/** What an update changed (empty for creates and deletes). */
export function changedFields(entry: AuditEntry): FieldChange[] {
  if (entry.action !== 'update') return [];
  return recordChanges((entry.before ?? {}) as Props & object, (entry.after ?? {}) as Props & object);
}
