// npm run bench:import [-- --entities N] [--only ofac|ftm]: import rates (records/s) for the OFAC SDN list and for a generated
// FollowTheMoney file of N entities (default 1,000,000), each into a fresh local Neo4j of its own.
import { createWriteStream, mkdtempSync, rmSync, statSync, createReadStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { ensureSchema } from '../src/db/constraints.ts';
import { createGraphDb, waitForNeo4j } from '../src/db/graphDb.ts';
import { progressBar } from '../src/importers/progressBar.ts';
import { runImport, type ImportOptions } from '../src/importers/runImport.ts';

const OFAC_FILE = path.resolve('..', 'shared', 'data', 'ofac-sdn-2026-08-20.csv');
const { values } = parseArgs({
  options: { entities: { type: 'string', default: '1000000' }, only: { type: 'string' } },
});
const total = Number(values.entities);

/** A deterministic generator, so that runs compare. */
function prng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** 60% parties (people, companies, organisations), 40% interval records (ownerships, directorships, sanctions). */
async function generateFtm(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  const random = prng(42);
  const parties = Math.round(count * 0.6);
  const pick = () => `e${Math.floor(random() * parties)}`;
  for (let i = 0; i < count; i++) {
    let line: object;
    if (i < parties) {
      const schema = i % 3 === 0 ? 'Person' : i % 3 === 1 ? 'Company' : 'Organization';
      line = {
        id: `e${i}`,
        schema,
        properties: {
          name: [`${schema} ${i} ${Math.floor(random() * 1e6).toString(36)}`],
          ...(i % 5 === 0 ? { alias: [`Alias ${i}`] } : {}),
        },
      };
    } else if (i % 10 < 6) {
      line = {
        id: `r${i}`,
        schema: 'Ownership',
        properties: {
          owner: [pick()],
          asset: [`e${3 * Math.floor(random() * (parties / 3)) + 1}`],
          percentage: [String(Math.ceil(random() * 100))],
        },
      };
    } else if (i % 10 < 9) {
      line = {
        id: `r${i}`,
        schema: 'Directorship',
        properties: {
          director: [`e${3 * Math.floor(random() * (parties / 3))}`],
          organization: [`e${3 * Math.floor(random() * (parties / 3)) + 1}`],
          role: ['Director'],
        },
      };
    } else {
      line = {
        id: `r${i}`,
        schema: 'Sanction',
        properties: {
          entity: [pick()],
          authority: ['Office of Foreign Assets Control'],
          country: ['us'],
          program: ['SDGT'],
          listingDate: ['2024-01-01'],
        },
      };
    }
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function importIntoFreshNeo4j(
  label: string,
  file: string,
  options: Omit<ImportOptions, 'fileName' | 'totalBytes' | 'onProgress'>,
) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sge-bench-import-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '4g', pageCacheMiB: 4096 });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await waitForNeo4j(db);
    await ensureSchema(db);
    const open = () => createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const first = await runImport(db, open, {
      ...options,
      fileName: file,
      totalBytes: statSync(file).size,
      onProgress: progressBar(),
    });
    const again = await runImport(db, open, { ...options, fileName: file, totalBytes: statSync(file).size });
    const written = (o: typeof first.entities) => o.created + o.updated;
    console.log(
      `${label}: ${first.recordsRead.toLocaleString('en-US')} records in ${first.seconds.toFixed(1)} s = ${first.recordsPerSecond.toLocaleString('en-US')} records/s ` +
        `(entities written ${written(first.entities)}, relationships written ${written(first.relationships)}, skipped ${first.skippedCount}); ` +
        `re-import (nothing to change): ${again.recordsPerSecond.toLocaleString('en-US')} records/s, ${written(again.entities) + written(again.relationships)} written`,
    );
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; Neo4j heap 4g, page cache 4 GiB; batches of 1,000.`,
);
if (values.only !== 'ftm') await importIntoFreshNeo4j('OFAC SDN list (ofac-csv)', OFAC_FILE, { format: 'ofac-csv' });
if (values.only === 'ofac') process.exit(0);
const ftmFile = path.join(mkdtempSync(path.join(tmpdir(), 'sge-bench-ftm-')), 'generated.ftm.jsonl');
await generateFtm(ftmFile, total);
await importIntoFreshNeo4j(`Generated FtM, ${total.toLocaleString('en-US')} entities (ftm)`, ftmFile, {
  format: 'ftm',
});
rmSync(path.dirname(ftmFile), { recursive: true, force: true });
