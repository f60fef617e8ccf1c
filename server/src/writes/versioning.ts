// Optimistic concurrency: a change names the version it read; a stale version is refused with the current state.
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
