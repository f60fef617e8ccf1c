// Audit entries in words: what happened and which fields changed from what to what.
import type { AuditEntry } from '@api/types.ts';

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

/** Field by field, what an update changed (empty for creates and deletes). */
export function changedFields(entry: AuditEntry): { field: string; from: string; to: string }[] {
  if (entry.action !== 'update') return [];
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !BOOKKEEPING.has(field) && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, from: show(before[field]), to: show(after[field]) }));
}
