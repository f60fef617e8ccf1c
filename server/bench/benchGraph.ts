// The Neo4j every benchmark measures against: its own JVM in a temp folder with a synthetic graph loaded.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { ensureSchema } from '../src/db/constraints.ts';
import { createGraphDb, waitForNeo4j, type GraphDb } from '../src/db/graphDb.ts';
import { loadSyntheticGraph } from './loadSyntheticGraph.ts';
import { graphPlan, type GraphPlan } from './syntheticGraph.ts';

export interface BenchGraph {
  db: GraphDb;
  uri: string;
  plan: GraphPlan;
  close(): Promise<void>;
}

export const machineLine = (name: string) =>
  `${name} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ` +
  `load average ${os.loadavg()[0].toFixed(2)}`;

/** Runs `work` on a Neo4j of its own, empty but for the schema, in a temp folder removed afterwards. */
export async function withFreshNeo4j<T>(name: string, work: (db: GraphDb) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `sge-bench-${name}-`));
  const local = await startLocalNeo4j({ dataDir, heap: '2g', pageCacheMiB: 1024, log: () => {} });
  const db = createGraphDb({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await waitForNeo4j(db);
    await ensureSchema(db);
    return await work(db);
  } finally {
    await db.close();
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * `store` keeps the loaded graph in that folder and, when it already holds one of the same size, starts on it
 * without loading again: a large load takes most of an hour on a busy 2-core machine.
 */
export async function startBenchGraph(nodes: number, log: (m: string) => void, store?: string): Promise<BenchGraph> {
  const big = nodes >= 500_000;
  const dataDir = store ? path.resolve(store) : mkdtempSync(path.join(os.tmpdir(), 'sge-bench-neo4j-'));
  const loadedMark = path.join(dataDir, `bench-graph-${nodes}.loaded`);
  const plan = graphPlan(nodes);
  const reuse = existsSync(loadedMark);
  if (reuse) log(`Reusing the graph of ${nodes.toLocaleString('en')} nodes kept in ${dataDir}.`);
  else {
    log(
      `Loading a synthetic graph of ${nodes.toLocaleString('en')} nodes (hubs: ${plan.hubs} companies owning ${plan.hubHoldings.toLocaleString('en')} each)...`,
    );
    const loaded = await loadSyntheticGraph(dataDir, plan, log);
    log(
      `Loaded ${loaded.nodes.toLocaleString('en')} nodes and ${loaded.relationships.toLocaleString('en')} relationships (${loaded.how}).`,
    );
  }
  const neo4j = await startLocalNeo4j({
    dataDir,
    heap: big ? '4g' : '2g',
    pageCacheMiB: big ? 4096 : 1024,
    log: () => {},
  });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const close = async () => {
    await db.close();
    await neo4j.stop();
    if (!store) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForNeo4j(db);
    if (reuse) return { db, uri: neo4j.uri, plan, close };
    const indexingStartedAt = performance.now();
    await ensureSchema(db);
    log(
      `Built the constraints and the full-text, kind and relationship-id indexes in ${((performance.now() - indexingStartedAt) / 1000).toFixed(1)} s.`,
    );
    if (store) writeFileSync(loadedMark, new Date().toISOString());
    return { db, uri: neo4j.uri, plan, close };
  } catch (error) {
    await close();
    throw error;
  }
}
