// Small text helpers the importers share: ids, slugs, name keys, zod messages.
import type { ZodError } from 'zod';
import { searchWords } from '../db/mapping.ts';
import type { Source } from '../model/schema.ts';

export const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'x';

/** An id as the model allows it (letters, digits, . _ : -, starting with a letter or digit). */
export function sanitiseId(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return cleaned.slice(0, 200);
}

/** A key under which spellings of one name meet: no accents, case, punctuation or word order. */
export const nameKey = (name: string) => searchWords(name).sort().join(' ');

export function describeIssue(error: ZodError): string {
  const first = error.issues[0];
  return `${first.path.length ? `${first.path.join('.')}: ` : ''}${first.message}`;
}

/** A listing records the edition of the list file it was seen in: the file's date, when it is a full day. */
export const editionsOf = (source: Source): { listEditions?: string[] } =>
  source.date.length === 10 ? { listEditions: [source.date] } : {};
