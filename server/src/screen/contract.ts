// Screening: GET /api/screen (one name, with the facts known about it) and POST /api/screen/batch (a customer file
// screened as a background job, its status and results).
import { z } from 'zod';
import { exposureListing } from '../exposure/contract.ts';
import type { Contract, FileBody, Operation } from '../http/operations.ts';
import { countryCode, entityKind, isoDate } from '../model/schema.ts';
import { entityIdentity } from '../model/shapes.ts';
import { nameWords } from '../names/index.ts';

export const screenedName = z
  .string()
  .trim()
  .min(1, 'name is required')
  .max(300)
  .refine((n) => nameWords(n).length > 0, 'must contain a letter or digit');

const minScore = z.coerce.number().min(0).max(1).default(0.7);

export const screenQuery = z
  .object({
    name: screenedName,
    kind: entityKind.optional(),
    birthDate: isoDate
      .optional()
      .meta({ description: 'Date or year of birth; a contradicting year lowers the score.' }),
    nationality: countryCode.optional().meta({ description: 'ISO 3166-1 alpha-2 code, e.g. KH.' }),
    identifier: z
      .string()
      .max(100)
      .optional()
      .meta({ description: 'A passport, national id or registration number; a match decides.' }),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    minScore,
  })
  .strict();

export const screeningMatch = z.object({
  ...entityIdentity,
  score: z
    .number()
    .min(0)
    .max(1)
    .meta({ description: 'How closely the entity matches: its best name or alias, adjusted by the features.' }),
  matchedName: z.string(),
  matchedIsAlias: z.boolean(),
  features: z.record(z.string(), z.number()).meta({
    description:
      'What contributed to the score: name_match, and dob_*, nationality_*, identifier_match where both sides had them.',
  }),
  lists: z.array(exposureListing),
});

export const screeningResult = z.object({
  name: z.string(),
  kind: entityKind.nullable(),
  minScore: z.number(),
  matches: z.array(screeningMatch),
  disclaimer: z.string(),
});

/** A batch file sent as itself, with the options in the query string. */
export const BATCH_FILE: FileBody = {
  types: ['text/csv', 'text/plain', 'application/x-ndjson', 'application/jsonl'],
  limit: '50mb',
};

const batchOptions = {
  format: z.enum(['csv', 'ftm']).default('csv').meta({
    description:
      'csv (with a header: name, and optional kind, birthDate, nationality, identifier, reference) or ftm (FollowTheMoney lines).',
  }),
  minScore,
};
export const batchQuery = z.object(batchOptions).strict();
export const batchBody = z.object({ ...batchOptions, content: z.string().min(1, 'content is empty') }).strict();
export const batchIdParams = z.object({ id: z.uuid() }).strict();
export const batchResultsQuery = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

const rowProblem = z.object({ line: z.int(), reason: z.string() });

export const batchJobStatus = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.int().meta({ description: 'Rows to screen.' }),
  processed: z.int(),
  matched: z.int().meta({ description: 'Rows with at least one match.' }),
  problems: z
    .array(rowProblem)
    .meta({ description: 'Malformed rows, with their line numbers; the others are screened.' }),
  minScore: z.number(),
  createdAt: z.string().meta({ format: 'date-time' }),
  finishedAt: z.string().meta({ format: 'date-time' }).nullable(),
  error: z.string().nullable(),
});

export const exposureStatusOfMatch = z.object({ regime: z.string(), status: z.string() });
export const batchMatch = screeningMatch.extend({ exposure: z.array(exposureStatusOfMatch) });
export const batchRowResult = z.object({
  line: z.int(),
  reference: z.string().nullable().meta({ description: "The row's own reference column, if it had one." }),
  name: z.string(),
  matches: z.array(batchMatch),
});
export const batchResults = batchJobStatus.extend({ results: z.array(batchRowResult) });

export type ScreeningMatch = z.infer<typeof screeningMatch>;
export type ScreeningResult = z.infer<typeof screeningResult>;
export type RowProblem = z.infer<typeof rowProblem>;
export type ExposureStatusOfMatch = z.infer<typeof exposureStatusOfMatch>;
export type BatchMatch = z.infer<typeof batchMatch>;
export type BatchRowResult = z.infer<typeof batchRowResult>;
export type BatchJobStatus = z.infer<typeof batchJobStatus>;

const screenName = {
  method: 'get',
  path: '/screen',
  operationId: 'screenName',
  summary: 'Whether a name matches a listed (sanctioned) entity: score, matched name or alias, features and the lists.',
  query: screenQuery,
  responses: { 200: { description: 'Matches at or above minScore, best first.', schema: screeningResult } },
  errors: [400],
} satisfies Operation;

export const screenContract: Contract = {
  schemas: {
    ScreeningMatch: screeningMatch,
    ScreeningResult: screeningResult,
    BatchJobStatus: batchJobStatus,
    BatchResults: batchResults,
  },
  operations: [
    screenName,
    {
      method: 'post',
      path: '/screen/batch',
      operationId: 'startBatchScreening',
      summary: 'Screens a customer file (CSV or FtM lines, up to 100,000 rows) as a background job.',
      description:
        'Send JSON {format, content, minScore}, or the file itself as text/csv or application/x-ndjson with the options in the query string. Answers 202 with the job and its Location.',
      query: batchQuery.partial(),
      body: { description: 'The file and options.', schema: batchBody, file: BATCH_FILE },
      responses: { 202: { description: 'The job was started.', schema: batchJobStatus } },
      errors: [400, 413],
    },
    {
      method: 'get',
      path: '/screen/batch/{id}',
      operationId: 'getBatchScreening',
      summary: 'How far a batch screening job has got.',
      params: batchIdParams,
      responses: { 200: { description: 'The job.', schema: batchJobStatus } },
      errors: [400, 404],
      errorMeanings: { 404: 'No such job (jobs are kept for an hour after they finish).' },
    },
    {
      method: 'get',
      path: '/screen/batch/{id}/results',
      operationId: 'getBatchScreeningResults',
      summary: "A finished job's results, per row: its matches with their lists and exposure status per regime.",
      params: batchIdParams,
      query: batchResultsQuery,
      responses: {
        200: {
          description:
            'The results as JSON, or with ?format=csv as one CSV line per match (a row without one has one line).',
          schema: batchResults,
          files: {
            'text/csv':
              'line, reference, screened_name, match_id, match_name, matched_name, score, features, lists, exposure: one line per match, and one with the match columns empty for a row without one.',
          },
        },
      },
      errors: [400, 404, 409],
      errorMeanings: { 409: 'The job has not finished (`not_ready`).', 404: 'No such job.' },
    },
  ],
};
