// npm run bench:exposure [-- --requests=20]: how long GET /api/entities/:id/exposure takes when the upstream walk
// reaches its bounds (25 hops deep, 20,000 entities with the entity itself), on a fresh local Neo4j. Three synthetic
// groups are timed through the real HTTP API: a small one (the baseline), one that fills the entity bound exactly
// (complete) and one a quarter over it (cut off: undetermined). Beside each, the bare upstream walk as one Cypher
// query (the least any exposure answer must read), with the load average.
import { parseArgs } from 'node:util';
import type { GraphDb } from '../src/db/graphDb.ts';
import type { ExposureResult } from '../src/exposure/contract.ts';
import { DEFAULT_LIMITS } from '../src/exposure/loadNeighbourhood.ts';
import { REGIMES } from '../src/exposure/regimes.ts';
import { machineLine, withFreshNeo4j } from './benchGraph.ts';
import { withBenchServer } from './benchServer.ts';
import { compareLatencies, type Percentiles } from './measure.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '20' } } });
const REQUESTS = Number(values.requests);
const DEPTH = 25;
const SOURCES = [
  JSON.stringify({ reference: 'bench:exposure (synthetic)', publisher: 'bench:exposure', date: '2026-01-01' }),
];
const OFAC = REGIMES.US.authority;

interface Group {
  name: string;
  /** Companies per layer above the target; the top layer has `trimTop` fewer. */
  width: number;
  trimTop: number;
}

const GROUPS: Group[] = [
  { name: 'small', width: 4, trimTop: 0 },
  // 19,998 companies and the listed person: with the target, exactly the entity bound.
  { name: 'at-bound', width: 800, trimTop: 2 },
  { name: 'over-bound', width: 1_000, trimTop: 0 },
];

const idOf = (group: string, layer: number, j: number) => `${group}-${layer}-${j}`;

/**
 * A group of DEPTH layers of `width` companies above its target: company j of a layer owns 100% of company j of the
 * layer below, and the first layer owns the target (50% through chain 0, 0.06% through each other chain). A
 * listed person owns the top of chain 0, so the target is blocked through 26 hops when the walk reaches them.
 */
async function loadGroup(db: GraphDb, group: Group): Promise<number> {
  const layers = Array.from({ length: DEPTH }, (_, k) => (k === DEPTH - 1 ? group.width - group.trimTop : group.width));
  await db.writeTx(async (tx) => {
    await tx.run('CREATE (:Entity:LegalEntity {id: $id, name: $id, sources: $sources})', {
      id: idOf(group.name, 0, 0),
      sources: SOURCES,
    });
    for (const [k, size] of layers.entries()) {
      const rows = Array.from({ length: size }, (_, j) => ({
        id: idOf(group.name, k + 1, j),
        below: k === 0 ? idOf(group.name, 0, 0) : idOf(group.name, k, j),
        percentage: k > 0 ? 100 : j === 0 ? 50 : 0.06,
      }));
      await tx.run(
        `UNWIND $rows AS row
         MATCH (below:Entity {id: row.below})
         CREATE (c:Entity:LegalEntity {id: row.id, name: row.id, sources: $sources})
         CREATE (c)-[:OWNS {id: row.id + '-owns', percentage: row.percentage, sources: $sources}]->(below)`,
        { rows, sources: SOURCES },
      );
    }
    await tx.run(
      `MATCH (top:Entity {id: $top}), (ofac:Entity {id: $ofac})
       CREATE (p:Entity:Person {id: $person, name: $person, sources: $sources})-[:OWNS {id: $person + '-owns', percentage: 100, sources: $sources}]->(top)
       CREATE (p)-[:SANCTIONED_BY {id: $person + '-listed', program: 'SDGT', listedOn: '2020-01-01', sources: $sources}]->(ofac)`,
      { top: idOf(group.name, DEPTH, 0), ofac: OFAC.id, person: `${group.name}-owner`, sources: SOURCES },
    );
  });
  return layers.reduce((a, b) => a + b, 0) + 1;
}

/** The bare walk: every owner or controller upstream within the depth bound, counted in one query. */
const bareWalk = (db: GraphDb, id: string) =>
  db.read(
    `MATCH (t:Entity {id: $id}) OPTIONAL MATCH (o:Entity)-[:OWNS|CONTROLS*1..${DEFAULT_LIMITS.maxDepth}]->(t)
     RETURN count(DISTINCT o) AS upstream`,
    { id },
  );

async function exposure(baseUrl: string, id: string): Promise<ExposureResult> {
  const response = await fetch(`${baseUrl}/entities/${encodeURIComponent(id)}/exposure?asOf=2026-11-01`);
  if (!response.ok) throw new Error(`exposure of ${id}: ${response.status} ${await response.text()}`);
  return (await response.json()) as ExposureResult;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const line = ({ p50, p95, p99 }: Percentiles) => `p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(p99)}`;

async function measureGroup(db: GraphDb, baseUrl: string, group: Group, upstream: number): Promise<void> {
  const target = idOf(group.name, 0, 0);
  const answer = await exposure(baseUrl, target);
  const us = answer.regimes.find((r) => r.regime === 'US')!;
  const { raw, api } = await compareLatencies(
    REQUESTS,
    2,
    () => bareWalk(db, target),
    () => exposure(baseUrl, target),
  );
  console.log(
    `${group.name}: ${upstream.toLocaleString('en')} entities upstream over ${DEPTH + 1} hops; the walk examined ` +
      `${answer.scope.nodesExamined.toLocaleString('en')} (complete: ${answer.scope.complete}, bound hit: ${answer.scope.boundHit ?? 'none'}), ` +
      `US status ${us.status}.\n  GET exposure ${line(api)}; baseline, the bare walk in one Cypher query: ${line(raw)} ` +
      `(${REQUESTS} requests, ${machineLine('load').split('load average ')[1]} load average)`,
  );
}

async function main() {
  console.log(
    `${machineLine('bench:exposure')}; bounds ${DEFAULT_LIMITS.maxDepth} hops, ${DEFAULT_LIMITS.maxEntities.toLocaleString('en')} entities, ${DEFAULT_LIMITS.maxMilliseconds / 1000} s`,
  );
  await withFreshNeo4j('exposure', async (db) => {
    await db.writeTx((tx) =>
      tx.run('CREATE (:Entity:PublicBody {id: $id, name: $name, sources: $sources})', { ...OFAC, sources: SOURCES }),
    );
    const sizes = new Map<string, number>();
    for (const group of GROUPS) sizes.set(group.name, await loadGroup(db, group));
    await withBenchServer(db, async (baseUrl) => {
      for (const group of GROUPS) await measureGroup(db, baseUrl, group, sizes.get(group.name)!);
    });
  });
}

await main();
