// Who may do what with an investigation: its owner everything, named investigators save and rename, and when it
// is shared with analysts everyone may open it (and save a copy of their own).
import { roleAtLeast, type User } from '../auth/authConfig.ts';
import { DomainError } from '../model/domainErrors.ts';
import type { Access, Sharing } from './contract.ts';

export interface Owned {
  id: string;
  owner: string;
  sharing: Sharing;
}

export function accessOf(record: Owned, user: User): Access | null {
  if (record.owner === user.name) return 'owner';
  if (record.sharing.editors.includes(user.name) && roleAtLeast(user.role, 'investigator')) return 'editor';
  if (record.sharing.visibility === 'analysts') return 'reader';
  return null;
}

const notFound = (id: string) => new DomainError('not_found', 'not_found', `No investigation with id "${id}".`, { id });

/** What the caller may do, or 404 when the caller may not even see it (a private one is not revealed). */
export function requireAccess(record: Owned | null, id: string, user: User, needed: Access): Access {
  const access = record ? accessOf(record, user) : null;
  if (!access) throw notFound(id);
  const rank = { reader: 0, editor: 1, owner: 2 };
  if (rank[access] >= rank[needed]) return access;
  const may = needed === 'owner' ? 'Only its owner may do this' : 'You may open it and save a copy, not change it';
  throw new DomainError('forbidden', 'forbidden', `${may} (investigation of ${record!.owner}).`, { needed, access });
}
