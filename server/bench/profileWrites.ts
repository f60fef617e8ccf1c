// bench:import --profile: Neo4j's PROFILE of the import's own statements on one batch of the file's records, run
// through the import's writer functions in a transaction that is rolled back, so the store is left as it was.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { ManagedTransaction, ProfiledPlan } from 'neo4j-driver';
import type { GraphDb } from '../src/db/graphDb.ts';
import { isAuthorityPlaceholder } from '../src/importers/ftmLines.ts';
import { noOutcomes, writeEntities, writeRelationships } from '../src/writes/graphWrites.ts';
import { parseInput, type ImportFormat } from '../src/importers/parseInput.ts';
import type { EntityRecord, RelationshipRecord, Source } from '../src/model/schema.ts';

/**
 * The first `size` entities and entity-to-entity relationships of the file, parsed as the import parsed them
 * (citing the same source, so that what the import wrote compares as unchanged).
 */
async function sampleBatch(file: string, format: ImportFormat, source: Source, size: number) {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const sourceFor = (reference: string) => ({ ...source, reference });
  const options = { format, idPrefix: '', fileName: path.basename(file), sourceFor };
  const entities: EntityRecord[] = [];
  const relationships: RelationshipRecord[] = [];
  for await (const parsed of parseInput(lines, { ...options, warn: () => {}, onBytes: () => {} })) {
    if ('error' in parsed) continue;
    if (entities.length < size) entities.push(...parsed.entities);
    for (const r of parsed.relationships) if (!isAuthorityPlaceholder(r.target)) relationships.push(r);
    if (entities.length >= size && relationships.length >= size) break;
  }
  lines.close();
  return { entities: entities.slice(0, size), relationships: relationships.slice(0, size) };
}

function operators(plan: ProfiledPlan, depth = 0): string[] {
  const own = `${'  '.repeat(depth)}${plan.operatorType}: ${plan.rows} rows, ${plan.dbHits} db hits`;
  return [own, ...plan.children.flatMap((child) => operators(child, depth + 1))];
}

const totalHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((n, c) => n + totalHits(c), 0);

/** A transaction that PROFILEs every statement run through it and keeps the plans. */
function profiling(tx: ManagedTransaction, plans: ProfiledPlan[]): ManagedTransaction {
  return {
    run: async (cypher: string, params?: Record<string, unknown>) => {
      const result = await tx.run(`PROFILE ${cypher}`, params);
      if (result.summary.profile) plans.push(result.summary.profile);
      return result;
    },
  } as ManagedTransaction;
}

/**
 * Prints the profiled plans of one batch of entities and one of relationships as the import writes them into a
 * store that already holds the file: as they are (the re-import, nothing to change) and under new ids (the first
 * load's CREATE path, with the ends of the relationships in place).
 */
export async function profileWrites(
  db: GraphDb,
  file: string,
  format: ImportFormat,
  source: Source,
  size: number,
  log: (m: string) => void,
) {
  const { entities, relationships } = await sampleBatch(file, format, source, size);
  const renamed = <T extends { id: string }>(items: T[]) => items.map((i) => ({ ...i, id: `${i.id}-profiled` }));
  const batches: [string, (t: ManagedTransaction) => Promise<unknown>][] = [
    ['entities, unchanged', (t) => writeEntities(t, entities, {}, noOutcomes())],
    ['relationships, unchanged', (t) => writeRelationships(t, relationships, noOutcomes())],
    ['entities, new', (t) => writeEntities(t, renamed(entities), {}, noOutcomes())],
    ['relationships, new', (t) => writeRelationships(t, renamed(relationships), noOutcomes())],
  ];
  const session = db.driver.session({ database: db.database });
  const tx = await session.beginTransaction({ timeout: 600_000 });
  try {
    for (const [what, write] of batches) {
      const plans: ProfiledPlan[] = [];
      const startedAt = performance.now();
      await write(profiling(tx as unknown as ManagedTransaction, plans));
      const ms = (performance.now() - startedAt).toFixed(0);
      log(`PROFILE, one batch of ${size} ${what} (${ms} ms, ${plans.reduce((n, p) => n + totalHits(p), 0)} db hits):`);
      for (const plan of plans) for (const line of operators(plan)) log(`  ${line}`);
    }
  } finally {
    await tx.rollback();
    await session.close();
  }
}
