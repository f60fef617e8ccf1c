// npm run bench:import [-- --entities N] [--only ofac|lists|ftm] [--batch N]: import rates (records/s) for the OFAC SDN
// list, OFAC's legacy CSV set and the UN Consolidated List XML (`lists`), and for a generated FollowTheMoney file of N
// records (default 1,000,000), each into a fresh local Neo4j of its own,
// beside the baseline: the same rows written by plain `UNWIND ... CREATE`s into another fresh (empty) Neo4j.
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
import { runImport, type ImportOptions } from '../src/importers/runImport.ts';
import { generateFtm } from './generatedFtm.ts';
import { plainCreateRate } from './plainCreate.ts';

const OFAC_FILE = path.resolve('..', 'shared', 'data', 'ofac-sdn-2026-08-20.csv');
const OFAC_LEGACY = path.resolve('..', 'shared', 'data', 'ofac-legacy-csv-2019');
const UN_FILE = path.resolve('..', 'shared', 'data', 'un-consolidated-2026-02-27.xml');
const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000000' },
    only: { type: 'string' },
    batch: { type: 'string', default: '1000' },
  },
});
const total = Number(values.entities);
const batchSize = Number(values.batch);
const load = () => `load average ${loadavg()[0].toFixed(1)}`;
const rate = (n: number) => `${n.toLocaleString('en-US')} records/s`;

/** Runs work against a fresh local Neo4j with the explorer's schema, then throws the store away. */
async function withFreshNeo4j<T>(work: (db: GraphDb) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sge-bench-import-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '4g', pageCacheMiB: 4096 });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await waitForNeo4j(db);
    await ensureSchema(db);
    return await work(db);
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function importAndReimport(
  label: string,
  file: string,
  options: Omit<ImportOptions, 'fileName' | 'totalBytes' | 'onProgress'>,
) {
  const baseline = await withFreshNeo4j((db) =>
    plainCreateRate(db, file, options.format, batchSize, { ofacLegacy: options.ofacLegacy }),
  );
  console.log(
    `${label}, baseline (plain UNWIND ... CREATE into an empty store): ${rate(baseline.recordsPerSecond)} (${load()})`,
  );
  await withFreshNeo4j(async (db) => {
    const open = () => createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const common = { ...options, batchSize, fileName: file, totalBytes: statSync(file).size };
    const first = await runImport(db, open, { ...common, onProgress: progressBar() });
    console.log(`(${load()})`);
    const again = await runImport(db, open, common);
    const written = (o: typeof first.entities) => o.created + o.updated;
    console.log(
      `${label}: ${first.recordsRead.toLocaleString('en-US')} records in ${first.seconds.toFixed(1)} s = ${rate(first.recordsPerSecond)}, ` +
        `${(first.recordsPerSecond / baseline.recordsPerSecond).toFixed(2)}x the baseline ` +
        `(entities written ${written(first.entities)}, relationships written ${written(first.relationships)}, skipped ${first.skippedCount}); ` +
        `re-import (nothing to change): ${again.seconds.toFixed(1)} s = ${rate(again.recordsPerSecond)}, ${written(again.entities) + written(again.relationships)} written (${load()})`,
    );
  });
}

console.log(
  `Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; Neo4j heap 4g, page cache 4 GiB; batches of ${batchSize.toLocaleString('en-US')}; ${load()}.`,
);
if (!values.only || values.only === 'ofac')
  await importAndReimport('OFAC SDN list (ofac-csv)', OFAC_FILE, { format: 'ofac-csv' });
if (!values.only || values.only === 'lists') {
  await importAndReimport("OFAC's legacy CSV set, 2019 (ofac-legacy)", path.join(OFAC_LEGACY, 'sdn.csv'), {
    format: 'ofac-legacy',
    date: '2019-06-01',
    ofacLegacy: readOfacLegacySideFiles(OFAC_LEGACY),
  });
  await importAndReimport('UN Consolidated List XML (un-xml)', UN_FILE, { format: 'un-xml' });
}
if (values.only && values.only !== 'ftm') process.exit(0);
const ftmFile = path.join(mkdtempSync(path.join(tmpdir(), 'sge-bench-ftm-')), 'generated.ftm.jsonl');
await generateFtm(ftmFile, total);
await importAndReimport(`Generated FtM, ${total.toLocaleString('en-US')} records (ftm)`, ftmFile, {
  format: 'ftm',
});
rmSync(path.dirname(ftmFile), { recursive: true, force: true });
