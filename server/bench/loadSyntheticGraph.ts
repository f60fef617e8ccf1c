// Loads the synthetic graph with batched UNWIND writes through the same mapping the importers use.
import type { GraphDb } from '../src/db/graphDb.ts';
import { entityToProperties, relationshipToProperties } from '../src/db/mapping.ts';
import { typeAlternatives } from '../src/db/patterns.ts';
import { entityKind, type EntityKind } from '../src/model/schema.ts';
import { entityBatches, relationshipBatches, type GraphPlan, type RelationshipRow } from './syntheticGraph.ts';

const BATCH = 10_000;
/** Bulk work on a busy machine outlasts the interactive time limit. */
const BULK = { timeoutMs: 600_000 };
const SOURCE = { reference: 'Synthetic benchmark graph (not real data)', publisher: 'bench:api', date: '2026-01-01' };

// Labels written into the text (from the model's kinds) rather than $(row.kind): about a third faster to create.
const createEntities = (kind: EntityKind) =>
  `UNWIND $rows AS row CREATE (n:Entity:${entityKind.parse(kind)}) SET n = row.props`;
const createRelationships = (type: RelationshipRow['type']) => `
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target})
  CREATE (a)-[r${typeAlternatives([type])}]->(b) SET r = row.props`;

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function rate(count: number, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000;
  return `${count.toLocaleString('en')} in ${seconds.toFixed(1)} s = ${Math.round(count / seconds).toLocaleString('en')}/s`;
}

export async function loadSyntheticGraph(db: GraphDb, plan: GraphPlan, log: (m: string) => void) {
  let nodes = 0;
  let startedAt = performance.now();
  for (const batch of entityBatches(plan, BATCH)) {
    await db.writeTx(async (tx) => {
      for (const [kind, entities] of groupBy(batch, (e) => e.kind)) {
        await tx.run(createEntities(kind), {
          rows: entities.map((e) => ({ props: entityToProperties({ ...e, sources: [SOURCE] }) })),
        });
      }
    }, BULK);
    nodes += batch.length;
    if (nodes % 100_000 < BATCH) log(`  nodes: ${rate(nodes, startedAt)}`);
  }
  const nodeRate = rate(nodes, startedAt);
  let relationships = 0;
  startedAt = performance.now();
  for (const batch of relationshipBatches(plan, BATCH)) {
    await db.writeTx(async (tx) => {
      for (const [type, rels] of groupBy(batch, (r) => r.type)) {
        const rows = rels.map((r) => ({
          source: r.source,
          target: r.target,
          props: relationshipToProperties({ ...r.props, id: r.id, sources: [SOURCE] }),
        }));
        await tx.run(createRelationships(type), { rows });
      }
    }, BULK);
    relationships += batch.length;
    if (relationships % 300_000 < batch.length) log(`  relationships: ${rate(relationships, startedAt)}`);
  }
  return { nodes, relationships, nodeRate, relationshipRate: rate(relationships, startedAt) };
}
