// npm run bench:import [-- --entities N] [--only ofac|lists|ftm|bulk] [--batch N] [--profile]: import rates (records/s) for the OFAC SDN
// list, OFAC's legacy CSV set and the UN Consolidated List XML (`lists`), and for a generated FollowTheMoney file of N
// records (default 1,000,000), each into a fresh local Neo4j of its own,
// beside the baseline: the same rows written by plain `UNWIND ... CREATE`s into another fresh (empty) Neo4j.
// The FtM file (and with --only bulk, the OFAC list) is also bulk-loaded with neo4j-admin (`npm run import -- --bulk`),
// then imported again through the transactional path, which must find nothing to change.
import { mkdtempSync, rmSync, statSync, createReadStream } from 'node:fs';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { ensureSchema } from '../src/db/constraints.ts';
import { createGraphDb, waitForNeo4j, type GraphDb } from '../src/db/graphDb.ts';
import { progressBar } from '../src/importers/progressBar.ts';
import { readOfacLegacySideFiles } from '../src/importers/ofacLegacyCsv.ts';
import { bulkLoad } from '../src/importers/bulk/bulkLoad.ts';
import { PREPARE_WORKERS, preparedLines } from '../src/importers/bulk/preparedLines.ts';
import { emptySummary, parseOptionsFor, runImport, type ImportOptions } from '../src/importers/runImport.ts';
import { generateFtm } from './generatedFtm.ts';
import { plainCreateRate } from './plainCreate.ts';
import { profileWrites } from './profileWrites.ts';

const OFAC_FILE = path.resolve('..', 'shared', 'data', 'ofac-sdn-2026-08-20.csv');
const OFAC_LEGACY = path.resolve('..', 'shared', 'data', 'ofac-legacy-csv-2019');
const UN_FILE = path.resolve('..', 'shared', 'data', 'un-consolidated-2026-02-27.xml');
const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000000' },
    only: { type: 'string' },
    batch: { type: 'string', default: '1000' },
    /** PROFILE one batch of the import's statements on the loaded store (rolled back). */
    profile: { type: 'boolean', default: false },
  },
});
const total = Number(values.entities);
const batchSize = Number(values.batch);
const load = () => `load average ${loadavg()[0].toFixed(1)}`;
const rate = (n: number) => `${n.toLocaleString('en-US')} records/s`;

/**
 * Runs work against a fresh local Neo4j with the explorer's schema, then throws the store away; `beforeStart`
 * writes into the store folder before Neo4j starts (a bulk load).
 */
async function withFreshNeo4j<T>(
  work: (db: GraphDb, schemaSeconds: number) => Promise<T>,
  beforeStart?: (dataDir: string) => Promise<void>,
): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sge-bench-import-'));
  await beforeStart?.(dataDir);
  const neo4j = await startLocalNeo4j({ dataDir, heap: '4g', pageCacheMiB: 4096 });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await waitForNeo4j(db);
    const started = performance.now();
    await ensureSchema(db);
    return await work(db, (performance.now() - started) / 1000);
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type BenchOptions = Omit<ImportOptions, 'fileName' | 'totalBytes' | 'onProgress'>;
const openFile = (file: string) => () => createInterface({ input: createReadStream(file), crlfDelay: Infinity });

async function baselineRate(label: string, file: string, options: BenchOptions): Promise<number> {
  const baseline = await withFreshNeo4j((db) =>
    plainCreateRate(db, file, options.format, batchSize, { ofacLegacy: options.ofacLegacy }),
  );
  console.log(
    `${label}, baseline (plain UNWIND ... CREATE into an empty store): ${rate(baseline.recordsPerSecond)} (${load()})`,
  );
  return baseline.recordsPerSecond;
}

/** The first load through neo4j-admin into an empty store, then the transactional import of the same file on it. */
async function bulkAndReimport(label: string, file: string, options: BenchOptions, baseline: number) {
  const common = { ...options, batchSize, fileName: file, totalBytes: statSync(file).size };
  let loaded: Awaited<ReturnType<typeof bulkLoad>>;
  await withFreshNeo4j(
    // withFreshNeo4j creates the constraints and builds the full-text indexes over the loaded nodes.
    async (db, indexSeconds) => {
      const { summary, csvSeconds, storeSeconds } = loaded;
      const searchable = summary.recordsRead / (summary.seconds + indexSeconds);
      console.log(
        `${label}, bulk load (npm run import -- --bulk): ${summary.recordsRead.toLocaleString('en-US')} records, ` +
          `parsed to CSV in ${csvSeconds.toFixed(1)} s + store written by neo4j-admin in ${storeSeconds.toFixed(1)} s = ${rate(summary.recordsPerSecond)}, ` +
          `${(summary.recordsPerSecond / baseline).toFixed(2)}x the baseline; indexes built in ${indexSeconds.toFixed(1)} s: ` +
          `${rate(Math.round(searchable))} to a searchable graph (${load()})`,
      );
      const again = await runImport(db, openFile(file), common);
      const written = again.entities.created + again.entities.updated + again.relationships.created;
      console.log(
        `${label}, import of the same file over the bulk-loaded store: ${again.seconds.toFixed(1)} s = ${rate(again.recordsPerSecond)}, ${written + again.relationships.updated} written (${load()})`,
      );
    },
    async (dataDir) => {
      loaded = await bulkLoad(dataDir, openFile(file), common);
    },
  );
}

/**
 * The part of a bulk load that worker threads share (an FtM file's lines parsed and their rows made), timed on
 * this thread and in the workers a bulk load starts, one after the other on the same file.
 */
async function preparedRates(label: string, file: string) {
  const source = { reference: path.basename(file), publisher: 'bench:import', date: '2026-01-01' };
  const options = { format: 'ftm' as const, fileName: file, idPrefix: 'ftm-' };
  const parseOptions = parseOptionsFor(emptySummary('ftm', source), options, () => {});
  const extra = { importedFrom: 'ftm:ftm-' };
  const rateOf = async (workers: number) => {
    const started = performance.now();
    let count = 0;
    for await (const _ of preparedLines(openFile(file)(), parseOptions, extra, { workers })) count++;
    return count / ((performance.now() - started) / 1000);
  };
  const oneThread = await rateOf(0);
  const workers = await rateOf(PREPARE_WORKERS);
  console.log(
    `${label}, lines parsed and rows made for a bulk load (one thread first, then the workers, on the same file): ${rate(Math.round(workers))} in ${PREPARE_WORKERS} worker threads, ` +
      `${rate(Math.round(oneThread))} on one thread (the baseline), ${(workers / oneThread).toFixed(2)}x (${load()})`,
  );
}

async function importAndReimport(label: string, file: string, options: BenchOptions, baseline: number) {
  await withFreshNeo4j(async (db) => {
    const open = openFile(file);
    const common = { ...options, batchSize, fileName: file, totalBytes: statSync(file).size };
    const first = await runImport(db, open, { ...common, onProgress: progressBar() });
    console.log(`(${load()})`);
    const again = await runImport(db, open, common);
    if (values.profile) await profileWrites(db, file, options.format, first.source, batchSize, console.log);
    const written = (o: typeof first.entities) => o.created + o.updated;
    console.log(
      `${label}: ${first.recordsRead.toLocaleString('en-US')} records in ${first.seconds.toFixed(1)} s = ${rate(first.recordsPerSecond)}, ` +
        `${(first.recordsPerSecond / baseline).toFixed(2)}x the baseline ` +
        `(entities written ${written(first.entities)}, relationships written ${written(first.relationships)}, skipped ${first.skippedCount}); ` +
        `re-import (nothing to change): ${again.seconds.toFixed(1)} s = ${rate(again.recordsPerSecond)}, ${written(again.entities) + written(again.relationships)} written (${load()})`,
    );
  });
}

console.log(
  `Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; Neo4j heap 4g, page cache 4 GiB; batches of ${batchSize.toLocaleString('en-US')}; ${load()}.`,
);
/** The baseline, then the import and its re-import (and with `bulk`, the bulk load), of one file. */
async function measure(label: string, file: string, options: BenchOptions, runs: { bulk: boolean; import: boolean }) {
  const baseline = await baselineRate(label, file, options);
  if (runs.import) await importAndReimport(label, file, options, baseline);
  if (runs.bulk && options.format === 'ftm') await preparedRates(label, file);
  if (runs.bulk) await bulkAndReimport(label, file, options, baseline);
}

const only = values.only;
const ofacRuns = { bulk: only === 'bulk', import: only !== 'bulk' };
if (!only || only === 'ofac' || only === 'bulk')
  await measure('OFAC SDN list (ofac-csv)', OFAC_FILE, { format: 'ofac-csv' }, ofacRuns);
if (!only || only === 'lists') {
  const runs = { bulk: false, import: true };
  await measure(
    "OFAC's legacy CSV set, 2019 (ofac-legacy)",
    path.join(OFAC_LEGACY, 'sdn.csv'),
    { format: 'ofac-legacy', date: '2019-06-01', ofacLegacy: readOfacLegacySideFiles(OFAC_LEGACY) },
    runs,
  );
  await measure('UN Consolidated List XML (un-xml)', UN_FILE, { format: 'un-xml' }, runs);
}
if (only && only !== 'ftm' && only !== 'bulk') process.exit(0);
const ftmFile = path.join(mkdtempSync(path.join(tmpdir(), 'sge-bench-ftm-')), 'generated.ftm.jsonl');
await generateFtm(ftmFile, total);
await measure(
  `Generated FtM, ${total.toLocaleString('en-US')} records (ftm)`,
  ftmFile,
  { format: 'ftm' },
  {
    bulk: only !== 'ftm',
    import: only !== 'bulk',
  },
);
rmSync(path.dirname(ftmFile), { recursive: true, force: true });
