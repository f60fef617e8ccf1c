// After a 409 version_conflict: what someone else changed meanwhile, and a way to carry on from their version.
import { ApiRequestError } from '../api/apiClient.ts';
import { recordChanges } from '../audit/describeAudit.ts';

/** An entity or relationship as a write answers it. */
export type VersionedRecord = Record<string, unknown> & { id: string; version: number };

/** The current record a version conflict carries, if the error is one. */
export function conflictCurrent<T extends VersionedRecord>(error: unknown): T | null {
  if (!(error instanceof ApiRequestError) || error.code !== 'version_conflict') return null;
  const details = error.details as { current?: T } | null;
  return details?.current ?? null;
}

export function ConflictNotice({
  title,
  read,
  current,
  onLoad,
}: {
  /** The record's name in words ("Chen Zhi", "OWNS Chen Zhi → Acme"). */
  title: string;
  read: VersionedRecord;
  current: VersionedRecord;
  onLoad(): void;
}) {
  const changes = recordChanges(read, current);
  return (
    <div className="conflict-notice" role="alert">
      <p>
        Someone changed {title} meanwhile (you read version {read.version}, it is now at version {current.version}):
      </p>
      <ul>
        {changes.map((c) => (
          <li key={c.field}>
            {c.label}: <del>{c.from}</del> → <ins>{c.to}</ins>
          </li>
        ))}
        {changes.length === 0 && <li>only its sources or bookkeeping.</li>}
      </ul>
      <button type="button" onClick={onLoad}>
        Load the current version
      </button>
    </div>
  );
}
