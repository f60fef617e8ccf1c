// Small text helpers the importers share: ids and zod messages (names and slugs: server/src/names).
import type { ZodError } from 'zod';
import { describeProblems, fieldProblems } from '../model/fieldProblems.ts';
import type { Source } from '../model/schema.ts';
import { slugify } from '../names/index.ts';

/** A slug to build an id from (a program, an authority's name); never empty. */
export const idPart = (text: string) => slugify(text, 80) || 'x';

/** An id as the model allows it (letters, digits, . _ : -, starting with a letter or digit). */
export function sanitiseId(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return cleaned.slice(0, 200);
}

/** Why a record was refused, worded as the API words it. */
export const describeIssue = (error: ZodError): string => describeProblems(fieldProblems(error.issues));

/** A listing records the edition of the list file it was seen in: the file's date, when it is a full day. */
export const editionsOf = (source: Source): { listEditions?: string[] } =>
  source.date.length === 10 ? { listEditions: [source.date] } : {};

/** A record's source: the import's, with the record's own reference (and address, when it has one). */
export const sourceWith = (source: Source, reference: string, url?: string): Source => ({
  ...source,
  reference,
  ...(url ? { url } : {}),
});
