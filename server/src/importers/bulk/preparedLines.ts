// The lines of a bulk load parsed and their rows made. An FtM file's lines stand alone, so worker threads share
// them, a batch at a time, and their answers are taken in the order the batches were read: the outcome, the
// warnings and their order are those of one thread. The list formats (a few thousand records, read whole or
// across lines) are parsed here.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { emptyInput, parseInput, type ParseOptions } from '../parseInput.ts';
import { prepareLine, type PreparedLine } from './bulkRows.ts';
import { prepareFtmBatch, type PrepareBatch, type PreparedBatch } from './ftmBatch.ts';
import type { PrepareSetup } from './prepareWorker.ts';

const BATCH_LINES = 1_000;
/** One per core, up to four; none on a single core, where this thread alone is as fast. */
export const PREPARE_WORKERS = availableParallelism() < 2 ? 0 : Math.min(availableParallelism(), 4);

/** Below this many lines a file is parsed here: two workers loading tsx cost more than they save (bench:import). */
const WORKERS_AFTER_LINES = 50_000;

export interface WorkerChoice {
  workers?: number;
  /** The workers start once this many lines have been read (WORKERS_AFTER_LINES; tests start them at once). */
  startAfterLines?: number;
  /**
   * Whether this thread parses the batches read while no worker has loaded yet (about a second under tsx), so
   * that the file does not wait for them.
   */
  parseWhileBooting?: boolean;
  /** Told where each batch was parsed (tests). */
  onBatch?: (where: 'here' | 'worker') => void;
}

export async function* preparedLines(
  lines: AsyncIterable<string>,
  options: ParseOptions,
  extra: Record<string, string>,
  choice: WorkerChoice = {},
): AsyncGenerator<PreparedLine> {
  const workers = choice.workers ?? PREPARE_WORKERS;
  if (options.format === 'ftm' && workers > 0) return yield* inWorkers(lines, options, extra, { ...choice, workers });
  for await (const parsed of parseInput(lines, options)) yield prepareLine(parsed, extra);
}

async function* inWorkers(
  lines: AsyncIterable<string>,
  options: ParseOptions,
  extra: Record<string, string>,
  choice: WorkerChoice & { workers: number },
): AsyncGenerator<PreparedLine> {
  const { startAfterLines = WORKERS_AFTER_LINES, parseWhileBooting = true, onBatch } = choice;
  // FtM files state no edition, so the import's source is settled before the first line.
  const setup = { idPrefix: options.idPrefix, fileName: options.fileName, extra, source: options.sourceFor('') };
  let workers: PrepareWorker[] = [];
  const answers: Promise<PreparedBatch>[] = [];
  let [lineNumber, sent, batch] = [0, 0, [] as string[]];
  const taken = function* ({ prepared, warnings }: PreparedBatch) {
    for (const issue of warnings) options.warn(issue);
    yield* prepared;
  };
  const handOver = function* () {
    const next = { firstLine: lineNumber - batch.length + 1, lines: batch };
    batch = [];
    if (workers.length === 0 && next.firstLine > startAfterLines)
      workers = Array.from({ length: choice.workers }, () => new PrepareWorker(setup));
    const failed = workers.find((worker) => worker.failure);
    if (failed) throw failed.failure;
    const ready = parseWhileBooting ? workers.filter((worker) => worker.ready) : workers;
    onBatch?.(ready.length ? 'worker' : 'here');
    if (ready.length) answers.push(ready[sent++ % ready.length].prepare(next));
    else yield* taken(prepareFtmBatch(next, options, extra));
  };
  try {
    for await (const text of lines) {
      lineNumber++;
      options.onBytes(Buffer.byteLength(text) + 1);
      batch.push(text);
      if (batch.length === BATCH_LINES) yield* handOver();
      // Two batches in flight per worker keep each busy while the one before is taken.
      if (answers.length > 0 && answers.length >= 2 * workers.length) yield* taken(await answers.shift()!);
    }
    if (batch.length) yield* handOver();
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
  private stopping = false;
  /** Whether its code has loaded (its first message says so). */
  ready = false;
  /** Why it stopped, when it stopped on its own (it failed to load, or threw). */
  failure?: Error;

  constructor(setup: PrepareSetup) {
    this.thread = startWorker(setup);
    this.thread.on('message', (batch: PreparedBatch | 'ready') =>
      batch === 'ready' ? (this.ready = true) : this.waiting.shift()?.resolve(batch),
    );
    this.thread.on('error', (error: Error) => this.fail(error));
    this.thread.on('exit', (code) => this.fail(new Error(`stopped with exit code ${code}`)));
  }

  prepare(batch: PrepareBatch): Promise<PreparedBatch> {
    if (this.failure) return Promise.reject(this.failure);
    const answer = new Promise<PreparedBatch>((resolve, reject) => this.waiting.push({ resolve, reject }));
    // Answers are awaited in order; one that fails before its turn must not count as unhandled meanwhile.
    answer.catch(() => {});
    this.thread.postMessage(batch);
    return answer;
  }

  private fail(cause: Error): void {
    if (this.stopping || this.failure) return;
    this.failure = new Error(`A worker thread of the bulk load failed: ${cause.message}`, { cause });
    for (const { reject } of this.waiting.splice(0)) reject(this.failure);
  }

  stop = () => ((this.stopping = true), this.thread.terminate());
}

const WORKER_FILE = new URL(`./prepareWorker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Compiled (the Docker image), the worker is plain JavaScript. Run from TypeScript, it is loaded as the explorer's
 * own code is, through tsx's loader hooks, which Node 20 does not pass on to worker threads: the worker registers
 * them itself when its first import fails for want of them (a Node that passes them on imports it at once).
 */
function startWorker(workerData: PrepareSetup): Worker {
  if (!WORKER_FILE.pathname.endsWith('.ts')) return new Worker(WORKER_FILE, { workerData });
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const worker = JSON.stringify(WORKER_FILE.href);
  // A failed import is remembered under its address: the second asks under another (a query).
  const boot = `import(${worker}).catch(() => import(${JSON.stringify(tsx)}).then((t) => (t.register(), import(${worker} + '?tsx'))));`;
  return new Worker(boot, { eval: true, workerData });
}
