// The version rule, the same for every writer in writes/: a record is created at version 1 and each write that
// changes it adds 1. An investigator's change (entityWrites, relationshipWrites, merge) always changes the record
// and names the version it read, refused here when stale; a record from a file (graphWrites: imports, the seed)
// is only written when a property differs, so loading the same file again leaves versions alone; an authority
// created on demand (ensureEntity) starts at 1 and is not touched again.
import { DomainError } from '../model/domainErrors.ts';

/** version_conflict with the current state, so the client can show it and retry deliberately. */
export function assertVersion<T extends { version?: unknown }>(current: T, expected: number, what: string): void {
  const currentVersion = Number(current.version ?? 0);
  if (currentVersion === expected) return;
  throw new DomainError(
    'conflict',
    'version_conflict',
    `The ${what} changed since you read it: you sent version ${expected}, it is now at version ${currentVersion}.`,
    { expectedVersion: expected, currentVersion, current },
  );
}
