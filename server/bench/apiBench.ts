// npm run bench:api -- [nodes=100000] [--requests=300] [--only=paths] [--store=DIR [--load-only]]
// Starts its own Neo4j in a temp folder, loads a synthetic graph, then times each endpoint through the real HTTP
// server against the same Cypher run directly through the driver, alternately, and prints p50/p95/p99 and ratios.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { ensureSchema, schemaStatements } from '../src/db/constraints.ts';
import { createGraphDb, waitForNeo4j, type GraphDb } from '../src/db/graphDb.ts';
import { serveForBench } from './benchServer.ts';
import { loadSyntheticGraph } from './loadSyntheticGraph.ts';
import { compareLatencies, type Percentiles } from './measure.ts';
import { comparePathPlans, PLAN_TIMEOUT_MS } from './pathAlternatives.ts';
import { benchPathPairs, benchScenarios } from './scenarios.ts';
import { graphPlan } from './syntheticGraph.ts';
import type { PathParams } from '../src/paths/findShortestPaths.ts';

const args = process.argv.slice(2);
const nodes = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const requests = Number(args.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 300);
/** `--only=paths` times only the path scenarios; any other name (e.g. `--only=plans`) only the comparison of path plans. */
const only = args.find((a) => a.startsWith('--only='))?.split('=')[1];
/**
 * `--store=DIR` keeps the loaded graph in DIR and, when DIR already holds one (from a run of the same size), times
 * it without loading again: a 1M-node load takes half an hour on a busy 2-core machine.
 */
const keptStore = args.find((a) => a.startsWith('--store='))?.split('=')[1];
/** With --store: load the graph (if not there yet) and stop, to time it in a later run. */
const loadOnly = args.includes('--load-only');
const big = nodes >= 500_000;

const log = (message: string) => console.log(message);
const ms = (n: number) => n.toFixed(1).padStart(7);

/** Like any bulk import: only the id constraint while loading, the other indexes built once afterwards. */
async function loadGraph(db: GraphDb, plan: ReturnType<typeof graphPlan>) {
  await db.writeTx((tx) => tx.run(schemaStatements()[0]));
  log(
    `Loading a synthetic graph of ${nodes.toLocaleString('en')} nodes (hubs: ${plan.hubs} companies owning ${plan.hubHoldings.toLocaleString('en')} each)...`,
  );
  const loaded = await loadSyntheticGraph(db, plan, log);
  log(
    `Loaded ${loaded.nodes.toLocaleString('en')} nodes (${loaded.nodeRate}) and ${loaded.relationships.toLocaleString('en')} relationships (${loaded.relationshipRate}).`,
  );
  const indexingStartedAt = performance.now();
  await ensureSchema(db);
  log(
    `Built the full-text, kind and relationship-id indexes in ${((performance.now() - indexingStartedAt) / 1000).toFixed(1)} s.`,
  );
}

/** The exact shortest paths by two query plans, raw through the driver, alternately on the same pairs. */
async function printPathPlans(db: GraphDb, pairs: PathParams[]) {
  log(`\nExact shortest paths (all types, maxHops 6, limit 10), two plans, ${requests} pairs alternately (raw, ms):`);
  const { explorer, allShortest, agreed, compared, timedOut } = await comparePathPlans(db, pairs, requests, 20);
  const row = (name: string, p: Percentiles) => log(`  ${name.padEnd(40)} ${ms(p.p50)}${ms(p.p95)}${ms(p.p99)}`);
  log(`  ${'plan'.padEnd(40)}     p50    p95    p99`);
  row('allShortestPaths (the explorer, baseline)', explorer);
  row('ALL SHORTEST quantified path pattern', allShortest);
  log(`  same answers on ${agreed} of ${compared} pairs`);
  log(
    `  not answered within ${PLAN_TIMEOUT_MS / 1000} s (timed when the cut-off came back): allShortestPaths ${timedOut.explorer}, ALL SHORTEST ${timedOut.allShortest}`,
  );
}

/** Every scenario (or those --only names) through the HTTP API and raw, then the comparison of path plans. */
async function timeScenarios(db: GraphDb, plan: ReturnType<typeof graphPlan>) {
  const server = await serveForBench(db);
  const { scenarios, pathPairs } = await benchScenarios(db, server.baseUrl, plan, requests);
  log(
    `\n${requests} requests per endpoint, after 20 warm-up rounds; API = HTTP round trip, raw = same Cypher through the driver.`,
  );
  log('endpoint                           |  API p50    p95    p99 |  raw p50    p95    p99 | ratio p50  p95');
  for (const scenario of scenarios.filter((s) => !only || s.name.startsWith(only))) {
    const { raw, api } = await compareLatencies(requests, 20, scenario.raw, scenario.api);
    log(
      `${scenario.name.padEnd(34)} | ${ms(api.p50)}${ms(api.p95)}${ms(api.p99)} | ${ms(raw.p50)}${ms(raw.p95)}${ms(raw.p99)} | ` +
        `${(api.p50 / raw.p50).toFixed(2).padStart(6)}x ${(api.p95 / raw.p95).toFixed(2)}x`,
    );
  }
  log(`(milliseconds; load average ${os.loadavg()[0].toFixed(2)})`);
  server.close();
  await printPathPlans(db, pathPairs);
}

async function main() {
  log(
    `bench:api on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const dataDir = keptStore ? path.resolve(keptStore) : mkdtempSync(path.join(os.tmpdir(), 'sge-bench-neo4j-'));
  const loadedMark = path.join(dataDir, `bench-graph-${nodes}.loaded`);
  const neo4j = await startLocalNeo4j({
    dataDir,
    heap: big ? '4g' : '2g',
    pageCacheMiB: big ? 4096 : 1024,
    log: () => {},
  });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await waitForNeo4j(db);
    const plan = graphPlan(nodes);
    if (existsSync(loadedMark)) log(`Reusing the graph of ${nodes.toLocaleString('en')} nodes kept in ${dataDir}.`);
    else await loadGraph(db, plan);
    if (keptStore) writeFileSync(loadedMark, new Date().toISOString());
    if (loadOnly) return;
    if (only === 'plans') return await printPathPlans(db, benchPathPairs(plan, requests));
    await timeScenarios(db, plan);
    log(`(load average at the end ${os.loadavg()[0].toFixed(2)})`);
  } finally {
    await db.close();
    await neo4j.stop();
    if (!keptStore) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
