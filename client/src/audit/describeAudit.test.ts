import type { AuditEntry } from '@api/types.ts';
import { describe, expect, it } from 'vitest';
import { changedFields, summarize } from './describeAudit.ts';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 'a1',
  at: '2026-02-01T10:00:00.000Z',
  actor: 'alice',
  role: 'investigator',
  action: 'update',
  targetKind: 'entity',
  targetId: 'acme',
  fromEntity: null,
  toEntity: null,
  note: null,
  before: null,
  after: null,
  sources: [],
  ...over,
});
const names: Record<string, string> = { 'chen-zhi': 'Chen Zhi', acme: 'Acme Ltd' };
const nameOf = (id: string) => names[id] ?? id;

describe('audit entries in words', () => {
  it('says who created a relationship between whom', () => {
    const created = entry({
      action: 'create',
      targetKind: 'relationship',
      targetId: 'r1',
      fromEntity: 'chen-zhi',
      toEntity: 'acme',
      after: { type: 'OWNS' },
    });
    expect(summarize(created, nameOf)).toBe('alice created OWNS Chen Zhi → Acme Ltd');
  });

  it('lists the fields an update changed, labelled from the model, not its bookkeeping', () => {
    const updated = entry({
      before: { kind: 'Company', name: 'Acme', version: 1, jurisdiction: 'KH' },
      after: { kind: 'Company', name: 'Acme Ltd', version: 2, registrationNumber: 'R1', jurisdiction: 'KH' },
    });
    expect(changedFields(updated)).toEqual([
      { field: 'name', label: 'Name', from: 'Acme', to: 'Acme Ltd' },
      { field: 'registrationNumber', label: 'Registration number', from: '—', to: 'R1' },
    ]);
  });

  it('says when a delete took the relationships with it', () => {
    expect(summarize(entry({ action: 'delete', note: 'cascade' }), nameOf)).toBe(
      'alice deleted the entity and its relationships',
    );
  });
});
