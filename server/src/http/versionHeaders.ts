// The version a PATCH or DELETE expects, read from the body's `version` or an If-Match header, and the ETag of
// an answer. The rule that refuses a stale version is domain code (writes/versioning.ts).
import type { Request, Response } from 'express';
import { DomainError, invalidInput } from '../model/domainErrors.ts';

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
    throw new DomainError(
      'precondition_required',
      'version_required',
      'Send the version you are changing (body "version" or an If-Match header), so that a concurrent edit is not overwritten.',
      [{ path: 'version', message: 'is required' }],
    );
  }
  return version;
}

/** The ETag is the version, so a client can send it back as If-Match. */
export const versionTag = (version: number) => ({ ETag: `"${version}"` });

export const withVersionTag = (res: Response, version: number) => res.set(versionTag(version));
