// npm run bench:api -- [nodes=100000] [--requests=300] [--only=paths|plans] [--store=DIR [--load-only]]
// Starts its own Neo4j in a temp folder, loads a synthetic graph, then times each endpoint through the real HTTP
// server against the same Cypher run directly through the driver, alternately, and prints p50/p95/p99 and ratios,
// then compares two plans for the exact shortest paths (pathAlternatives.ts).
import os from 'node:os';
import type { GraphDb } from '../src/db/graphDb.ts';
import type { PathParams } from '../src/paths/findShortestPaths.ts';
import { serveForBench } from './benchServer.ts';
import { machineLine, startBenchGraph } from './benchGraph.ts';
import { compareLatencies, nodesArg, type Percentiles } from './measure.ts';
import { comparePathPlans, PLAN_TIMEOUT_MS } from './pathAlternatives.ts';
import { benchPathPairs, benchScenarios } from './scenarios.ts';
import type { GraphPlan } from './syntheticGraph.ts';

const args = process.argv.slice(2);
const nodes = nodesArg(args);
const requests = Number(args.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 300);
/** `--only=paths` times only the path scenarios; `--only=plans` only the comparison of path plans. */
const only = args.find((a) => a.startsWith('--only='))?.split('=')[1];
/** `--store=DIR` keeps the loaded graph in DIR for later runs (see startBenchGraph). */
const keptStore = args.find((a) => a.startsWith('--store='))?.split('=')[1];
/** With --store: load the graph (if not there yet) and stop, to time it in a later run. */
const loadOnly = args.includes('--load-only');

const log = (message: string) => console.log(message);
const ms = (n: number) => n.toFixed(1).padStart(7);

/** The exact shortest paths by the explorer's two steps and by one allShortestPaths search, alternately. */
async function printPathPlans(db: GraphDb, pairs: PathParams[]) {
  log(`\nExact shortest paths (all types, maxHops 6, limit 10), two plans, ${requests} pairs alternately (raw, ms):`);
  const { explorer, allShortestPaths, agreed, compared, timedOut, metInTheMiddle } = await comparePathPlans(
    db,
    pairs,
    requests,
    20,
  );
  const row = (name: string, p: Percentiles) => log(`  ${name.padEnd(52)} ${ms(p.p50)}${ms(p.p95)}${ms(p.p99)}`);
  log(`  ${'plan'.padEnd(52)}     p50    p95    p99`);
  row('shortestPath, then met in the middle (the explorer)', explorer);
  row('one allShortestPaths search (baseline)', allShortestPaths);
  log(`  same answers on ${agreed} of ${compared} pairs; the explorer met in the middle on ${metInTheMiddle}`);
  log(`  allShortestPaths not answered within ${PLAN_TIMEOUT_MS / 1000} s: ${timedOut}`);
}

/** Every scenario (or those --only names) through the HTTP API and raw, then the comparison of path plans. */
async function timeScenarios(db: GraphDb, plan: GraphPlan) {
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
  log(machineLine('bench:api'));
  const graph = await startBenchGraph(nodes, log, keptStore);
  try {
    if (loadOnly) return;
    if (only === 'plans') await printPathPlans(graph.db, benchPathPairs(graph.plan, requests));
    else await timeScenarios(graph.db, graph.plan);
    log(`(load average at the end ${os.loadavg()[0].toFixed(2)})`);
  } finally {
    await graph.close();
  }
}

await main();
