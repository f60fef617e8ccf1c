// After a 409 version_conflict: what someone else changed meanwhile, and a way to carry on from their version.
import type { StoredEntityShape } from '@api/types.ts';
import { ApiRequestError } from '../api/apiClient.ts';
import { recordChanges } from '../audit/describeAudit.ts';

/** The current record a version conflict carries, if the error is one. */
export function conflictCurrent(error: unknown): StoredEntityShape | null {
  if (!(error instanceof ApiRequestError) || error.code !== 'version_conflict') return null;
  const details = error.details as { current?: StoredEntityShape } | null;
  return details?.current ?? null;
}

export function ConflictNotice({
  read,
  current,
  onLoad,
}: {
  read: StoredEntityShape;
  current: StoredEntityShape;
  onLoad(): void;
}) {
  const changes = recordChanges(read, current);
  return (
    <div className="conflict-notice" role="alert">
      <p>
        Someone changed {current.name} meanwhile (you read version {read.version}, it is now at version{' '}
        {current.version}):
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
