// Batch screening as a job: the rows are screened in the background, in chunks against the in-memory listed names
// (fresh for each chunk), and the job says how far it has got; the results are kept in memory for an hour. Each
// match carries its lists and its exposure status per regime, from the exposure capability's own function, looked
// up once per entity per job.
import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../db/graphDb.ts';
import { exposuresOf } from '../exposure/exposureRoutes.ts';
import { today } from '../exposure/dates.ts';
import type { BatchRow, ParsedBatch } from './batchInput.ts';
import type { BatchJobStatus, BatchRowResult, ExposureStatusOfMatch } from './contract.ts';
import { listedIndex } from './listedNames.ts';
import { screenNameIn } from './screenNames.ts';

export interface BatchJob extends BatchJobStatus {
  results: BatchRowResult[];
}

const KEEP_MS = 60 * 60_000;
/** Rows screened per look at the listed generation; small enough that other requests wait little between chunks. */
const CHUNK = 50;
const MATCHES_PER_ROW = 3;
const jobs = new Map<string, BatchJob>();

export const batchJob = (id: string) => jobs.get(id) ?? null;

function forgetOldJobs(): void {
  for (const [id, job] of jobs)
    if (job.finishedAt && Date.now() - Date.parse(job.finishedAt) > KEEP_MS) jobs.delete(id);
}

type Exposures = Map<string, ExposureStatusOfMatch[]>;

/** The exposure status per regime of each entity not looked up yet in this job, read together. */
async function addExposures(db: GraphDb, ids: string[], exposures: Exposures): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !exposures.has(id));
  if (!missing.length) return;
  for (const [id, { regimes }] of await exposuresOf(db, missing, today()))
    exposures.set(
      id,
      regimes.map((r) => ({ regime: r.regime, status: r.status })),
    );
}

/** Screens a chunk of rows against the listed names as they are now, then adds each match's exposure. */
async function screenChunk(db: GraphDb, rows: BatchRow[], minScore: number, exposures: Exposures) {
  const index = await listedIndex(db);
  const screened = rows.map((row) => ({
    row,
    matches: screenNameIn(index, row, { limit: MATCHES_PER_ROW, minScore }).matches,
  }));
  await addExposures(
    db,
    screened.flatMap((s) => s.matches.map((m) => m.id)),
    exposures,
  );
  return screened.map(({ row, matches }): BatchRowResult => ({
    line: row.line,
    reference: row.reference,
    name: row.name,
    // An entity deleted since it was screened has no exposure to show.
    matches: matches.map((m) => ({ ...m, exposure: exposures.get(m.id) ?? [] })),
  }));
}

async function run(db: GraphDb, job: BatchJob, rows: BatchRow[]): Promise<void> {
  const exposures: Exposures = new Map();
  const results: BatchRowResult[] = [];
  try {
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = await screenChunk(db, rows.slice(start, start + CHUNK), job.minScore, exposures);
      results.push(...chunk);
      job.processed += chunk.length;
      job.matched += chunk.filter((r) => r.matches.length).length;
    }
    job.results = results;
    job.status = 'done';
  } catch (error) {
    job.status = 'failed';
    job.error = (error as Error).message;
  }
  job.finishedAt = new Date().toISOString();
}

/** Starts screening the rows and returns the job at once; `done` resolves when it has finished. */
export function startBatchJob(
  db: GraphDb,
  batch: ParsedBatch,
  minScore: number,
): { job: BatchJob; done: Promise<void> } {
  forgetOldJobs();
  const job: BatchJob = {
    id: randomUUID(),
    status: 'running',
    total: batch.rows.length,
    processed: 0,
    matched: 0,
    problems: batch.problems,
    minScore,
    createdAt: new Date().toISOString(),
    finishedAt: null,
    error: null,
    results: [],
  };
  jobs.set(job.id, job);
  return { job, done: run(db, job, batch.rows) };
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One CSV line per match (and one per row without a match), with its lists and exposure per regime. */
export function resultsCsv(job: BatchJob): string {
  const header = [
    'line',
    'reference',
    'screened_name',
    'match_id',
    'match_name',
    'matched_name',
    'score',
    'features',
    'lists',
    'exposure',
  ];
  const lines = [header.join(',')];
  for (const row of job.results) {
    const matches = row.matches.length ? row.matches : [null];
    for (const m of matches)
      lines.push(
        [
          row.line,
          row.reference,
          row.name,
          m?.id,
          m?.name,
          m?.matchedName,
          m?.score,
          m &&
            Object.entries(m.features)
              .map(([k, v]) => `${k}=${v}`)
              .join('; '),
          m?.lists.map((l) => [l.authority, l.program, l.listId].filter(Boolean).join(' ')).join('; '),
          m?.exposure.map((e) => `${e.regime}: ${e.status}`).join('; '),
        ]
          .map(csvCell)
          .join(','),
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The job as its status answer: everything but the results. */
export const jobStatus = ({ results: _results, ...status }: BatchJob) => status;
