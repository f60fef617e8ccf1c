// The audit trail: one :AuditEntry node per change, written in the transaction that makes the change.
// AuditEntry is not an :Entity, so it never appears in search, graph counts or expansion.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { AuditAction, AuditTargetKind } from './contract.ts';
import type { User } from '../auth/authConfig.ts';
import type { Source } from '../model/schema.ts';

export interface AuditChange {
  action: AuditAction;
  targetKind: AuditTargetKind;
  targetId: string;
  /** For relationships: their endpoints; for a merge: the merged-away entity and the survivor. */
  fromEntity?: string;
  toEntity?: string;
  before: unknown;
  after: unknown;
  /** Why the change was made, e.g. "cascade delete of <entity>". */
  note?: string;
}

export const AUDIT_SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX audit_target_id IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId)',
  'CREATE INDEX audit_from_entity IF NOT EXISTS FOR (a:AuditEntry) ON (a.fromEntity)',
  'CREATE INDEX audit_to_entity IF NOT EXISTS FOR (a:AuditEntry) ON (a.toEntity)',
];

let sequence = 0;
/** Orders entries written within the same millisecond (in this process) by the order they were made. */
const nextSeq = () => Date.now() * 1000 + (sequence++ % 1000);

const CREATE_AUDIT_ENTRIES = `
  UNWIND $rows AS row
  CREATE (a:AuditEntry)
  SET a = row`;

/** Records changes made by actor, citing sources; nulls (e.g. no fromEntity) are simply not stored. Returns their ids. */
export async function recordAudit(
  tx: ManagedTransaction,
  actor: User,
  sources: Source[],
  changes: AuditChange[],
): Promise<string[]> {
  const at = new Date().toISOString();
  const rows = changes.map((change) => ({
    id: randomUUID(),
    at,
    seq: nextSeq(),
    actor: actor.name,
    role: actor.role,
    action: change.action,
    targetKind: change.targetKind,
    targetId: change.targetId,
    fromEntity: change.fromEntity ?? null,
    toEntity: change.toEntity ?? null,
    note: change.note ?? null,
    before: JSON.stringify(change.before ?? null),
    after: JSON.stringify(change.after ?? null),
    sources: JSON.stringify(sources),
  }));
  await tx.run(CREATE_AUDIT_ENTRIES, { rows });
  return rows.map((row) => row.id);
}
