// GET /api/screen?name=&kind=&birthDate=&nationality=&identifier=&limit=&minScore=: screen a counterparty's name
// against listed entities.
import express, { Router } from 'express';
import { z } from 'zod';
import type { GraphDb } from '../db/graphDb.ts';
import { countryCode, entityKind, isoDate } from '../model/schema.ts';
import { nameWords } from '../names/index.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { BatchInputError, parseCsvBatch, parseFtmBatch } from './batchInput.ts';
import { batchJob, jobStatus, resultsCsv, startBatchJob } from './batchJobs.ts';
import { screenName } from './screenNames.ts';

export const screenedName = z
  .string()
  .trim()
  .min(1, 'name is required')
  .max(300)
  .refine((n) => nameWords(n).length > 0, 'must contain a letter or digit');

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
    minScore: z.coerce.number().min(0).max(1).default(0.7),
  })
  .strict();

const BATCH_TYPES = ['text/csv', 'text/plain', 'application/x-ndjson', 'application/jsonl'];

const batchOptions = {
  format: z
    .enum(['csv', 'ftm'])
    .default('csv')
    .meta({ description: 'csv (with a header) or ftm (FollowTheMoney lines).' }),
  minScore: z.coerce.number().min(0).max(1).default(0.7),
};
export const batchQuery = z.object(batchOptions).strict();
export const batchBody = z.object({ ...batchOptions, content: z.string().min(1, 'content is empty') }).strict();
export const batchIdParams = z.object({ id: z.uuid() }).strict();
export const batchResultsQuery = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

function jobOf(id: string) {
  const job = batchJob(batchIdParams.parse({ id }).id);
  if (!job) throw notFound('batch job', id);
  return job;
}

function batchRoutes(db: GraphDb, router: Router): void {
  router.post('/screen/batch', express.text({ type: BATCH_TYPES, limit: '50mb' }), (req, res) => {
    const { content, format, minScore } =
      typeof req.body === 'string'
        ? { ...batchQuery.parse(req.query), content: req.body }
        : batchBody.parse(req.body ?? {});
    let batch;
    try {
      batch = format === 'ftm' ? parseFtmBatch(content) : parseCsvBatch(content);
    } catch (error) {
      if (error instanceof BatchInputError) throw new ApiError(400, 'invalid_file', error.message, null);
      throw error;
    }
    const { job } = startBatchJob(db, batch, minScore);
    res.status(202).location(`/api/screen/batch/${job.id}`).json(jobStatus(job));
  });
  router.get('/screen/batch/:id', (req, res) => {
    res.json(jobStatus(jobOf(req.params.id)));
  });
  router.get('/screen/batch/:id/results', (req, res) => {
    const { format } = batchResultsQuery.parse(req.query);
    const job = jobOf(req.params.id);
    if (job.status !== 'done')
      throw new ApiError(409, 'not_ready', `The job is ${job.status} (${job.processed} of ${job.total} rows).`, null);
    if (format === 'csv') res.type('text/csv').attachment('screening-results.csv').send(resultsCsv(job));
    else res.json({ ...jobStatus(job), results: job.results });
  });
}

export function screenRoutes(db: GraphDb): Router {
  const router = Router();
  batchRoutes(db, router);
  router.get('/screen', async (req, res) => {
    const { name, kind, birthDate, nationality, identifier, limit, minScore } = screenQuery.parse(req.query);
    const query = {
      name,
      kinds: kind ? [kind] : null,
      birthDates: birthDate ? [birthDate] : [],
      nationalities: nationality ? [nationality] : [],
      identifiers: identifier ? [identifier] : [],
    };
    res.json(await screenName(db, query, { limit, minScore }));
  });
  return router;
}
