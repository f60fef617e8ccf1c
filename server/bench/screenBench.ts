// npm run bench:screen [-- --positives N] [--negatives N] [--batch N]: screening quality and speed on the whole OFAC
// SDN list, imported into a fresh local Neo4j. Screens listed names and aliases perturbed as real data is (see
// screeningSet.ts) and unlisted names through the real HTTP API, and prints recall at the default threshold and at
// rank 1, the false positive rate, latency p50/p95 beside the bare full-text query (the baseline), and the time of
// a 10,000-name batch job, each with the load average.
import { createReadStream } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { FULLTEXT_INDEX } from '../src/db/constraints.ts';
import type { GraphDb } from '../src/db/graphDb.ts';
import { runImport } from '../src/importers/runImport.ts';
import { prepareName } from '../src/names/index.ts';
import type { BatchJobStatus, ScreeningResult } from '../src/screen/contract.ts';
import { nameQuery, queryWords } from '../src/search/searchEntities.ts';
import { withFreshNeo4j } from './benchGraph.ts';
import { withBenchServer } from './benchServer.ts';
import { percentiles } from './measure.ts';
import {
  PERTURBATION_NAMES,
  perturbedProbes,
  readOfacEntries,
  seededRandom,
  unlistedProbes,
  type Probe,
} from './screeningSet.ts';

const OFAC_FILE = path.resolve('..', 'shared', 'data', 'ofac-sdn-2026-08-20.csv');
const DEFAULT_THRESHOLD = 0.7;
const { values } = parseArgs({
  options: {
    positives: { type: 'string', default: '1200' },
    negatives: { type: 'string', default: '800' },
    batch: { type: 'string', default: '10000' },
  },
});
const load = () => `load average ${loadavg()[0].toFixed(1)}`;
const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The baseline: the bare full-text query for the name's words, as the screen's candidate step runs it. */
async function bareIndexQuery(db: GraphDb, name: string): Promise<void> {
  const words = queryWords(prepareName(name).words.join(' '));
  if (!words.length) return;
  await db.read(
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $q, {limit: $limit}) YIELD node RETURN node.id`,
    {
      q: nameQuery(words),
      limit: neo4j.int(100),
    },
  );
}

interface Outcome {
  probe: Probe;
  result: ScreeningResult;
}

async function screenAll(db: GraphDb, baseUrl: string, probes: Probe[]) {
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  const outcomes: Outcome[] = [];
  for (const [i, probe] of probes.entries()) {
    let startedAt = performance.now();
    await bareIndexQuery(db, probe.name);
    const raw = performance.now() - startedAt;
    startedAt = performance.now();
    const response = await fetch(`${baseUrl}/screen?limit=10&minScore=0&name=${encodeURIComponent(probe.name)}`);
    const result = (await response.json()) as ScreeningResult;
    const api = performance.now() - startedAt;
    if (!response.ok) throw new Error(`GET /api/screen answered ${response.status} for ${probe.name}`);
    if (i >= 20) {
      rawTimes.push(raw);
      apiTimes.push(api);
    }
    outcomes.push({ probe, result });
  }
  return { outcomes, api: percentiles(apiTimes), raw: percentiles(rawTimes) };
}

function report(outcomes: Outcome[]) {
  const positives = outcomes.filter((o) => o.probe.expected !== null);
  const negatives = outcomes.filter((o) => o.probe.expected === null);
  const atThreshold = (o: Outcome) =>
    o.result.matches.some((m) => m.id === o.probe.expected && m.score >= DEFAULT_THRESHOLD);
  const atRankOne = (o: Outcome) => o.result.matches[0]?.id === o.probe.expected;
  const falsePositive = (o: Outcome) => o.result.matches.some((m) => m.score >= DEFAULT_THRESHOLD);
  console.log(
    `Recall at the default threshold (${DEFAULT_THRESHOLD}): ${pct(positives.filter(atThreshold).length, positives.length)}; ` +
      `at rank 1: ${pct(positives.filter(atRankOne).length, positives.length)} (${positives.length} perturbed listed names)`,
  );
  for (const kind of PERTURBATION_NAMES) {
    const some = positives.filter((o) => o.probe.perturbation === kind);
    console.log(
      `  ${kind.padEnd(20)} ${String(some.length).padStart(5)}: at threshold ${pct(some.filter(atThreshold).length, some.length)}, rank 1 ${pct(some.filter(atRankOne).length, some.length)}`,
    );
  }
  const fps = negatives.filter(falsePositive);
  console.log(
    `False positives: ${fps.length} of ${negatives.length} unlisted names = ${pct(fps.length, negatives.length)}` +
      (fps.length
        ? ` (e.g. ${fps
            .slice(0, 5)
            .map((o) => `${o.probe.name} -> ${o.result.matches[0].matchedName} ${o.result.matches[0].score}`)
            .join('; ')})`
        : ''),
  );
  const misses = positives.filter((o) => !atThreshold(o)).slice(0, 8);
  if (misses.length)
    console.log(
      `Some misses: ${misses.map((o) => `${o.probe.name} [${o.probe.perturbation}] -> ${o.result.matches[0]?.matchedName ?? 'nothing'} ${o.result.matches[0]?.score ?? ''}`).join('; ')}`,
    );
}

async function batchSeconds(baseUrl: string, probes: Probe[], rows: number): Promise<number> {
  const csv = [
    'name',
    ...Array.from({ length: rows }, (_, i) => `"${probes[i % probes.length].name.replace(/"/g, '""')}"`),
  ];
  const startedAt = performance.now();
  const started = await fetch(`${baseUrl}/screen/batch?format=csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv.join('\n'),
  });
  if (started.status !== 202)
    throw new Error(`POST /api/screen/batch answered ${started.status}: ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  for (let polls = 1; ; polls++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const status = (await (await fetch(`${baseUrl}/screen/batch/${id}`)).json()) as BatchJobStatus;
    if (status.status === 'done') return (performance.now() - startedAt) / 1000;
    if (polls % 120 === 0)
      console.log(
        `  batch: ${status.processed.toLocaleString('en-US')} of ${rows.toLocaleString('en-US')} after ${((performance.now() - startedAt) / 1000).toFixed(0)} s (${load()})`,
      );
    if (status.status === 'failed') throw new Error(`The batch job failed: ${status.error}`);
  }
}

async function main() {
  console.log(`bench:screen on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; ${load()}`);
  const entries = readOfacEntries(OFAC_FILE);
  const random = seededRandom(12);
  const probes = [
    ...perturbedProbes(entries, Number(values.positives), random),
    ...unlistedProbes(entries, Number(values.negatives), random),
  ].sort(() => random() - 0.5);
  await withFreshNeo4j('screen', async (db) => {
    const imported = await runImport(
      db,
      () => createInterface({ input: createReadStream(OFAC_FILE), crlfDelay: Infinity }),
      {
        format: 'ofac-csv',
        fileName: OFAC_FILE,
        // Small batches keep each write transaction inside the interactive time limit on a busy machine.
        batchSize: 250,
      },
    );
    console.log(
      `Imported the OFAC SDN list: ${imported.recordsRead.toLocaleString('en-US')} entries in ${imported.seconds.toFixed(1)} s (${load()}); ` +
        `${entries.length.toLocaleString('en-US')} people and entities to draw from.`,
    );
    await withBenchServer(db, async (baseUrl) => {
      const { outcomes, api, raw } = await screenAll(db, baseUrl, probes);
      report(outcomes);
      console.log(
        `Latency of GET /api/screen over ${outcomes.length - 20} names: p50 ${ms(api.p50)}, p95 ${ms(api.p95)}, p99 ${ms(api.p99)}; ` +
          `baseline (the bare full-text query): p50 ${ms(raw.p50)}, p95 ${ms(raw.p95)} (${load()})`,
      );
      const rows = Number(values.batch);
      const seconds = await batchSeconds(baseUrl, probes, rows);
      console.log(
        `Batch job of ${rows.toLocaleString('en-US')} names: ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} names/s (${load()})`,
      );
    });
  });
}

await main();
