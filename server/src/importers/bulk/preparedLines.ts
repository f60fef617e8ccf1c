// The lines of a bulk load parsed and their rows made. An FtM file's lines stand alone, so worker threads share
// them, a batch at a time, and their answers are taken in the order the batches were read: the outcome, the
// warnings and their order are those of one thread. The list formats (a few thousand records, read whole or
// across lines) are parsed here.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { emptyInput, parseInput, type ParseOptions } from '../parseInput.ts';
import { prepareLine, type PreparedLine } from './bulkRows.ts';
import type { PrepareBatch, PreparedBatch, PrepareSetup } from './prepareWorker.ts';
import { parseFtmLine } from '../ftmLines.ts';

const BATCH_LINES = 1_000;
/** One per core, up to four: on two cores, two workers and this thread share them. */
export const PREPARE_WORKERS = Math.min(availableParallelism(), 4);
/**
 * A worker's first lines: its code is TypeScript, loaded as the explorer's own is, through tsx's loader hooks,
 * which Node 20 does not pass on to worker threads (neither inherited nor from `--import` in `execArgv`).
 */
const TSX_API = path.join(
  path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
  'dist/esm/api/index.mjs',
);
const WORKER_BOOT = `import(${JSON.stringify(pathToFileURL(TSX_API).href)})
  .then((tsx) => (tsx.register(), import(${JSON.stringify(new URL('./prepareWorker.ts', import.meta.url).href)})));`;

export interface WorkerChoice {
  workers?: number;
  /**
   * Whether this thread parses the batches read while the workers load (about a second under tsx), so that a
   * small file does not wait for them: a file of 20,000 lines is read before they are ready. Off in tests.
   */
  parseWhileBooting?: boolean;
}

export async function* preparedLines(
  lines: AsyncIterable<string>,
  options: ParseOptions,
  extra: Record<string, string>,
  choice: WorkerChoice = {},
): AsyncGenerator<PreparedLine> {
  if (options.format === 'ftm') return yield* inWorkers(lines, options, extra, choice);
  for await (const parsed of parseInput(lines, options)) yield prepareLine(parsed, extra);
}

async function* inWorkers(
  lines: AsyncIterable<string>,
  options: ParseOptions,
  extra: Record<string, string>,
  { workers: count = PREPARE_WORKERS, parseWhileBooting = true }: WorkerChoice,
): AsyncGenerator<PreparedLine> {
  const setup = { idPrefix: options.idPrefix, fileName: options.fileName, extra, source: options.sourceFor('') };
  const workers = Array.from({ length: count }, () => new PrepareWorker(setup));
  const answers: Promise<PreparedBatch>[] = [];
  let lineNumber = 0;
  let sent = 0;
  let batch: string[] = [];
  const dispatch = function* () {
    const [firstLine, batchLines] = [lineNumber - batch.length + 1, batch];
    batch = [];
    if (!parseWhileBooting || workers.every((worker) => worker.ready))
      answers.push(workers[sent++ % workers.length].prepare({ firstLine, lines: batchLines }));
    else
      for (const [i, text] of batchLines.entries()) {
        const parsed = parseFtmLine(text, firstLine + i, options);
        if (parsed) yield prepareLine(parsed, extra);
      }
  };
  const taken = function* ({ prepared, warnings }: PreparedBatch) {
    for (const issue of warnings) options.warn(issue);
    yield* prepared;
  };
  try {
    for await (const text of lines) {
      lineNumber++;
      options.onBytes(Buffer.byteLength(text) + 1);
      batch.push(text);
      if (batch.length === BATCH_LINES) yield* dispatch();
      // Two batches in flight per worker keep each busy while the one before is taken.
      if (answers.length >= 2 * workers.length) yield* taken(await answers.shift()!);
    }
    if (batch.length) yield* dispatch();
    while (answers.length) yield* taken(await answers.shift()!);
    if (lineNumber === 0) throw emptyInput();
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

/** One worker thread; it answers its batches in the order they were sent. */
class PrepareWorker {
  private readonly thread: Worker;
  private readonly waiting: { resolve: (batch: PreparedBatch) => void; reject: (error: Error) => void }[] = [];
  /** Whether its code has loaded (its first message says so). */
  ready = false;

  constructor(setup: PrepareSetup) {
    this.thread = new Worker(WORKER_BOOT, { eval: true, workerData: setup });
    this.thread.on('message', (batch: PreparedBatch | 'ready') =>
      batch === 'ready' ? (this.ready = true) : this.waiting.shift()?.resolve(batch),
    );
    this.thread.on('error', (error: Error) => this.failAll(error));
    this.thread.on('exit', (code) =>
      this.failAll(new Error(`a bulk load's worker thread stopped (exit code ${code})`)),
    );
  }

  prepare(batch: PrepareBatch): Promise<PreparedBatch> {
    const answer = new Promise<PreparedBatch>((resolve, reject) => this.waiting.push({ resolve, reject }));
    // Answers are awaited in order; one that fails before its turn must not count as unhandled meanwhile.
    answer.catch(() => {});
    this.thread.postMessage(batch);
    return answer;
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.splice(0)) reject(error);
  }

  stop = () => this.thread.terminate();
}
