// npm run bench:api -- [nodes=100000] [--requests=300]
// Starts its own Neo4j in a temp folder, loads a synthetic graph, then times each endpoint through the real HTTP
// server against the same Cypher run directly through the driver, alternately, and prints p50/p95/p99 and ratios.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { ensureSchema, schemaStatements } from '../src/db/constraints.ts';
import { createGraphDb, waitForNeo4j } from '../src/db/graphDb.ts';
import { serveForBench } from './benchServer.ts';
import { loadSyntheticGraph } from './loadSyntheticGraph.ts';
import { compareLatencies } from './measure.ts';
import { benchScenarios } from './scenarios.ts';
import { graphPlan } from './syntheticGraph.ts';

const args = process.argv.slice(2);
const nodes = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const requests = Number(args.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 300);
const big = nodes >= 500_000;

const log = (message: string) => console.log(message);
const ms = (n: number) => n.toFixed(1).padStart(7);

async function main() {
  log(
    `bench:api on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sge-bench-neo4j-'));
  const neo4j = await startLocalNeo4j({
    dataDir,
    heap: big ? '4g' : '2g',
    pageCacheMiB: big ? 4096 : 1024,
    log: () => {},
  });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await waitForNeo4j(db);
    // Like any bulk import: only the id constraint while loading, the other indexes built once afterwards.
    await db.writeTx((tx) => tx.run(schemaStatements()[0]));
    const plan = graphPlan(nodes);
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
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
