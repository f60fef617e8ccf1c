// Loads the Prince Group seed graph (seed/prince-group.json) idempotently: loading twice changes nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { GraphDb } from '../server/src/db/graphDb.ts';
import {
  allowsEndpoints,
  entityKind,
  entitySchemaFor,
  relationshipSchemaFor,
  relationshipType,
  sourceSchema,
  type EntityRecord,
  type RelationshipRecord,
} from '../server/src/model/schema.ts';
import { noOutcomes, writeEntities, writeRelationships } from '../server/src/writes/graphWrites.ts';
import { touchListedGeneration } from '../server/src/writes/listedGeneration.ts';

export const SEED_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prince-group.json');

const seedFileSchema = z.object({
  sources: z.record(z.string(), sourceSchema),
  entities: z.array(z.object({ kind: entityKind, sources: z.array(z.string()) }).loose()),
  relationships: z.array(z.object({ type: relationshipType, sources: z.array(z.string()) }).loose()),
});

export interface SeedGraph {
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
}

/** Reads and validates the seed file against the model; throws naming the first bad record. */
export function readSeed(file = SEED_FILE): SeedGraph {
  const raw = seedFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const resolve = (keys: string[], owner: string) =>
    keys.map((key) => {
      if (!raw.sources[key]) throw new Error(`Seed record ${owner} cites unknown source "${key}".`);
      return raw.sources[key];
    });
  const entities = raw.entities.map(
    (e) => entitySchemaFor(e.kind).parse({ ...e, sources: resolve(e.sources, String(e.id)) }) as EntityRecord,
  );
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const relationships = raw.relationships.map((r) => {
    const rel = relationshipSchemaFor(r.type).parse({
      ...r,
      sources: resolve(r.sources, String(r.id)),
    }) as RelationshipRecord;
    const from = kinds.get(rel.source);
    const to = kinds.get(rel.target);
    if (!from || !to) throw new Error(`Seed relationship ${rel.id} joins an unknown entity.`);
    if (!allowsEndpoints(rel.type, from, to))
      throw new Error(`Seed relationship ${rel.id}: ${rel.type} cannot join ${from} to ${to}.`);
    return rel;
  });
  return { entities, relationships };
}

/** The first write of a fresh JVM is slow; on a loaded machine the seed needs more than the interactive limit. */
const SEED_TIMEOUT_MS = 180_000;

/** Writes the seed in one transaction, through the same batched write path as the importers. */
export async function loadSeed(
  db: GraphDb,
  seed: SeedGraph = readSeed(),
): Promise<{ entities: number; relationships: number }> {
  await db.writeTx(
    async (tx) => {
      await writeEntities(tx, seed.entities, {}, noOutcomes());
      await writeRelationships(tx, seed.relationships, noOutcomes());
      await touchListedGeneration(tx);
    },
    { timeoutMs: SEED_TIMEOUT_MS },
  );
  return { entities: seed.entities.length, relationships: seed.relationships.length };
}

export async function isGraphEmpty(db: GraphDb): Promise<boolean> {
  const result = await db.read('MATCH (n:Entity) RETURN count(n) > 0 AS any LIMIT 1');
  return !result.records[0].get('any');
}
