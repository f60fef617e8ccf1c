// Optimistic concurrency: a PATCH or DELETE names the version it read; a stale version is refused with the current state.
import type { Request, Response } from 'express';
import { ApiError } from '../http/errors.ts';
import { invalidInput } from './writeInput.ts';

function parseIfMatch(header: string): number | null {
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  return match ? Number(match[1]) : null;
}

/** The expected version, from the body's `version` or an If-Match header (ETag "<version>"). */
export function expectedVersion(req: Request, body: Record<string, unknown>): number {
  const header = req.get('If-Match');
  const fromHeader = header === undefined ? undefined : parseIfMatch(header);
  if (fromHeader === null) throw invalidInput([{ path: 'If-Match', message: 'must be the version number, e.g. "3"' }]);
  const fromBody = body.version;
  if (fromBody !== undefined && (!Number.isInteger(fromBody) || (fromBody as number) < 1)) {
    throw invalidInput([{ path: 'version', message: 'must be a positive integer' }]);
  }
  if (fromBody !== undefined && fromHeader !== undefined && fromBody !== fromHeader) {
    throw invalidInput([{ path: 'version', message: `disagrees with If-Match (${fromHeader})` }]);
  }
  const version = (fromBody as number | undefined) ?? fromHeader;
  if (version === undefined) {
    throw new ApiError(
      428,
      'version_required',
      'Send the version you are changing (body "version" or an If-Match header), so that a concurrent edit is not overwritten.',
      [{ path: 'version', message: 'is required' }],
    );
  }
  return version;
}

/** 409 version_conflict with the current state, so the client can show it and retry deliberately. */
export function assertVersion<T extends { version?: unknown }>(current: T, expected: number, what: string): void {
  const currentVersion = Number(current.version ?? 0);
  if (currentVersion === expected) return;
  throw new ApiError(
    409,
    'version_conflict',
    `The ${what} changed since you read it: you sent version ${expected}, it is now at version ${currentVersion}.`,
    { expectedVersion: expected, currentVersion, current },
  );
}

/** The ETag is the version, so a client can send it back as If-Match. */
export const withVersionTag = (res: Response, version: number) => res.set('ETag', `"${version}"`);
