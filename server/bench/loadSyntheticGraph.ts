// Loads the synthetic graph into a stopped store with neo4j-admin, through the rows a bulk import writes
// (importers/bulk): the same mapping and properties as the importers, a million nodes in minutes instead of hours.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importWithNeo4jAdmin } from '../../neo4j/neo4jAdmin.ts';
import { BulkRows } from '../src/importers/bulk/bulkRows.ts';
import { ARRAY_DELIMITER } from '../src/importers/bulk/csvGroups.ts';
import type { EntityRecord, RelationshipRecord } from '../src/model/schema.ts';
import { entityBatches, relationshipBatches, type GraphPlan } from './syntheticGraph.ts';

const BATCH = 10_000;
const SOURCE = { reference: 'Synthetic benchmark graph (not real data)', publisher: 'bench:api', date: '2026-01-01' };

const perSecond = (count: number, seconds: number) => `${Math.round(count / seconds).toLocaleString('en')}/s`;

export async function loadSyntheticGraph(dataDir: string, plan: GraphPlan, log: (m: string) => void) {
  const startedAt = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sge-bench-csv-'));
  try {
    const rows = new BulkRows(dir);
    for (const batch of entityBatches(plan, BATCH))
      for (const entity of batch) await rows.addEntity({ ...entity, sources: [SOURCE] } as EntityRecord);
    for (const batch of relationshipBatches(plan, BATCH))
      for (const { props, ...ends } of batch)
        await rows.addRelationship({ ...props, ...ends, sources: [SOURCE] } as RelationshipRecord);
    const { holdersUpdated: _, ...files } = await rows.finish();
    const csvSeconds = (performance.now() - startedAt) / 1000;
    const store = await importWithNeo4jAdmin(dataDir, { ...files, arrayDelimiter: ARRAY_DELIMITER }, log);
    const seconds = (performance.now() - startedAt) / 1000;
    return {
      nodes: store.nodes,
      relationships: store.relationships,
      how: `CSV written in ${csvSeconds.toFixed(1)} s, store by neo4j-admin in ${store.seconds.toFixed(1)} s: ${perSecond(store.nodes + store.relationships, seconds)}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
