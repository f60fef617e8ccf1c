// POST /api/import (admins): an OFAC SDN CSV, a UN Consolidated List XML or FollowTheMoney JSON lines file, sent as
// JSON or as the file itself.
import { z } from 'zod';
import type { Contract, FileBody } from '../http/operations.ts';
import { isoDate } from '../model/schema.ts';
import { storedSource } from '../model/shapes.ts';
import { API_IMPORT_FORMATS, IMPORT_FORMATS } from './parseInput.ts';

/** The file itself, with the options in the query string. */
export const IMPORT_FILE: FileBody = {
  types: ['text/csv', 'text/plain', 'application/x-ndjson', 'application/jsonl', 'application/xml', 'text/xml'],
  limit: '20mb',
};

const importOptions = {
  format: z.enum(API_IMPORT_FORMATS),
  fileName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, 'must be a file name without folders')
    .default('upload'),
  idPrefix: z
    .string()
    .max(50)
    .regex(/^([A-Za-z0-9][A-Za-z0-9._:-]*)?$/, 'may hold letters, digits and . _ : - only')
    .optional(),
  publisher: z.string().min(1).max(200).optional(),
  date: isoDate.optional(),
};
export const jsonImport = z.object({ ...importOptions, content: z.string().min(1, 'content is empty') }).strict();
export const rawImportQuery = z.object(importOptions).strict();

export const lineIssue = z.object({ line: z.int(), reason: z.string() });
export const outcomes = z.object({ created: z.int(), updated: z.int(), unchanged: z.int() });
export const linkedRecord = z.object({
  line: z.int(),
  listId: z.string(),
  name: z.string(),
  linkedTo: z.string(),
  evidence: z.string(),
});
export const matchCandidate = z.object({
  line: z.int(),
  recordId: z.string(),
  name: z.string(),
  existingId: z.string(),
  existingName: z.string(),
  reason: z.string(),
});

export const listHistory = z
  .object({
    edition: z.string(),
    previousEdition: z.string().nullable().meta({ description: 'The newest edition imported before, if any.' }),
    olderEdition: z
      .boolean()
      .meta({ description: 'True when this edition is older than one already imported: nothing was written.' }),
    added: z.int(),
    changed: z.int(),
    unchanged: z.int(),
    delisted: z.int().meta({ description: 'Entries no longer on the list: their listings got endDate = edition.' }),
    relisted: z
      .int()
      .meta({ description: 'Entries back on the list after being delisted: their endDate was removed.' }),
  })
  .meta({ description: 'What this edition of an official list changed, entry by entry.' });

export const importSummary = z.looseObject({
  format: z.enum(IMPORT_FORMATS),
  source: storedSource,
  recordsRead: z.int(),
  entities: outcomes,
  relationships: outcomes,
  skipped: z
    .array(lineIssue)
    .meta({ description: 'Rejected lines and records not written, with reasons (first 200).' }),
  skippedCount: z.int(),
  warnings: z.array(lineIssue),
  warningCount: z.int(),
  linked: z
    .array(linkedRecord)
    .meta({ description: 'Records attached to an entity already in the graph on strong evidence (same list id).' }),
  linkedCount: z.int(),
  candidates: z.array(matchCandidate).meta({ description: 'Possible matches (same name), reported, not merged.' }),
  candidateCount: z.int(),
  history: listHistory
    .nullable()
    .meta({ description: 'For official lists (OFAC, UN): what this edition changed; null for FtM files.' }),
  unresolvedLinks: z
    .array(lineIssue)
    .meta({ description: 'OFAC "Linked To" names that match no entry of the file (the LINKED_TO edge is not made).' }),
  unresolvedLinkCount: z.int(),
  seconds: z.number(),
  recordsPerSecond: z.number(),
});

export type LineIssue = z.infer<typeof lineIssue>;
export type Outcomes = z.infer<typeof outcomes>;
export type LinkedRecord = z.infer<typeof linkedRecord>;
export type MatchCandidate = z.infer<typeof matchCandidate>;
export type ListHistory = z.infer<typeof listHistory>;
export type ImportSummary = z.infer<typeof importSummary>;

export const importContract: Contract = {
  schemas: { ImportSummary: importSummary },
  operations: [
    {
      method: 'post',
      path: '/import',
      operationId: 'importList',
      summary:
        'Imports an OFAC SDN CSV, a UN Consolidated List XML or FollowTheMoney JSON lines (admins only); idempotent.',
      description:
        'Send JSON {format, content, ...}, or the file itself as text/csv, application/xml or application/x-ndjson with the options in the query string. ' +
        "OFAC's legacy four-file CSV set is imported from the command line (npm run import), not over HTTP. " +
        'Malformed lines are skipped and reported with their line numbers; the rest is written.',
      query: rawImportQuery.partial(),
      body: {
        description: 'The file content and options.',
        schema: jsonImport,
        file: IMPORT_FILE,
      },
      responses: {
        200: { description: 'What was created, updated, left unchanged, skipped, linked.', schema: importSummary },
      },
      errors: [400, 403, 413],
    },
  ],
};
