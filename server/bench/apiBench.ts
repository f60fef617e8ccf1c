// npm run bench:api -- [nodes=100000] [--requests=300]
// Starts its own Neo4j in a temp folder, loads a synthetic graph, then times each endpoint through the real HTTP
// server against the same Cypher run directly through the driver, alternately, and prints p50/p95/p99 and ratios.
import os from 'node:os';
import { serveForBench } from './benchServer.ts';
import { machineLine, startBenchGraph } from './benchGraph.ts';
import { compareLatencies } from './measure.ts';
import { benchScenarios } from './scenarios.ts';

const args = process.argv.slice(2);
const nodes = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const requests = Number(args.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 300);

const log = (message: string) => console.log(message);
const ms = (n: number) => n.toFixed(1).padStart(7);

async function main() {
  log(machineLine('bench:api'));
  const graph = await startBenchGraph(nodes, log);
  const { db, plan } = graph;
  try {
    const server = await serveForBench(db);
    const scenarios = await benchScenarios(db, server.baseUrl, plan, requests);
    log(
      `\n${requests} requests per endpoint, after 20 warm-up rounds; API = HTTP round trip, raw = same Cypher through the driver.`,
    );
    log('endpoint                           |  API p50    p95    p99 |  raw p50    p95    p99 | ratio p50  p95');
    for (const scenario of scenarios) {
      const { raw, api } = await compareLatencies(requests, 20, scenario.raw, scenario.api);
      log(
        `${scenario.name.padEnd(34)} | ${ms(api.p50)}${ms(api.p95)}${ms(api.p99)} | ${ms(raw.p50)}${ms(raw.p95)}${ms(raw.p99)} | ` +
          `${(api.p50 / raw.p50).toFixed(2).padStart(6)}x ${(api.p95 / raw.p95).toFixed(2)}x`,
      );
    }
    log(`(milliseconds; load average at the end ${os.loadavg()[0].toFixed(2)})`);
    server.close();
  } finally {
    await graph.close();
  }
}

await main();
