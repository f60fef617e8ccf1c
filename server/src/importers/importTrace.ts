// An import leaves a trace from its first batch on: its audit entry is written when it starts (running), updated
// in the transaction of every batch it commits, and marked finished, failed or interrupted at the end. An import
// killed outright stays "running" with the counts of what it committed.
import type { ManagedTransaction } from 'neo4j-driver';
import { recordAudit } from '../audit/auditLog.ts';
import type { User } from '../auth/authConfig.ts';
import type { GraphDb } from '../db/graphDb.ts';
import type { ImportSummary, Outcomes } from './importTypes.ts';

export type ImportStatus = 'running' | 'finished' | 'failed' | 'interrupted';

/** Thrown by an import whose AbortSignal fired (Ctrl-C on the command line, a client that went away). */
export class ImportInterrupted extends Error {
  constructor() {
    super('The import was interrupted; what it committed so far is recorded in its audit entry.');
  }
}

export interface TraceCounts {
  entities: Outcomes;
  relationships: Outcomes;
}

function entryAfter(
  summary: ImportSummary,
  idPrefix: string,
  status: ImportStatus,
  counts: TraceCounts,
  error?: string,
) {
  const { format, recordsRead, skippedCount, linkedCount } = summary;
  return {
    status,
    format,
    idPrefix,
    recordsRead,
    ...counts,
    skipped: skippedCount,
    linked: linkedCount,
    ...(error ? { error } : {}),
  };
}

const UPDATE_ENTRY = 'MATCH (a:AuditEntry {id: $id}) SET a.after = $after';

export class ImportTrace {
  private constructor(
    private readonly id: string,
    private readonly summary: ImportSummary,
    private readonly idPrefix: string,
  ) {}

  /** Writes the running entry; one per run (not per record): who imports which file. */
  static async start(db: GraphDb, actor: User, summary: ImportSummary, idPrefix: string): Promise<ImportTrace> {
    const change = {
      action: 'import' as const,
      targetKind: 'list' as const,
      targetId: summary.source.reference ?? 'upload',
      before: null,
      after: entryAfter(summary, idPrefix, 'running', summary),
    };
    const [id] = await db.writeTx((tx) => recordAudit(tx, actor, [summary.source], [change]));
    return new ImportTrace(id, summary, idPrefix);
  }

  /** In a batch's own transaction: the counts including that batch, so the entry never claims more than committed. */
  async inBatch(tx: ManagedTransaction, counts: TraceCounts): Promise<void> {
    const after = JSON.stringify(entryAfter(this.summary, this.idPrefix, 'running', counts));
    await tx.run(UPDATE_ENTRY, { id: this.id, after });
  }

  async end(db: GraphDb, status: Exclude<ImportStatus, 'running'>, error?: string): Promise<void> {
    const after = JSON.stringify(entryAfter(this.summary, this.idPrefix, status, this.summary, error));
    await db.writeTx((tx) => tx.run(UPDATE_ENTRY, { id: this.id, after }));
  }
}
