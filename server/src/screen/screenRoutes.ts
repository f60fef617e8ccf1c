// GET /api/screen and the batch screening jobs (contract.ts).
import express, { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { ApiError } from '../http/errors.ts';
import { notFound } from '../model/domainErrors.ts';
import { BatchInputError, parseCsvBatch, parseFtmBatch } from './batchInput.ts';
import { batchJob, jobStatus, resultsCsv, startBatchJob } from './batchJobs.ts';
import { BATCH_FILE, batchBody, batchIdParams, batchQuery, batchResultsQuery, screenQuery } from './contract.ts';
import { screenName } from './screenNames.ts';

function jobOf(id: string) {
  const job = batchJob(batchIdParams.parse({ id }).id);
  if (!job) throw notFound('batch job', id);
  return job;
}

function batchRoutes(db: GraphDb, router: Router): void {
  router.post('/screen/batch', express.text({ type: BATCH_FILE.types, limit: BATCH_FILE.limit }), (req, res) => {
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
