// bench:import's baseline: the same parsed rows written by one plain `UNWIND ... CREATE` per batch, no checks, so
// that the import's rate divided by this one shows what its guarantees (idempotency, outcomes, matching) cost.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { GraphDb } from '../src/db/graphDb.ts';
import { entityToProperties, relationshipToProperties } from '../src/db/mapping.ts';
import type { OfacLegacySideFiles } from '../src/importers/ofacLegacyCsv.ts';
import { parseInput, type ImportFormat } from '../src/importers/parseInput.ts';
import type { EntityRecord, RelationshipRecord } from '../src/model/schema.ts';

const CREATE_ENTITIES = `UNWIND $rows AS row CREATE (n:Entity:$(row.kind)) SET n = row.props, n.version = 1`;
const CREATE_RELATIONSHIPS = `
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props, r.version = 1`;

const defined = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));

/** Reads and parses the file like an import does, then writes it with plain CREATEs; returns records/s. */
export async function plainCreateRate(
  db: GraphDb,
  file: string,
  format: ImportFormat,
  batchSize: number,
  { idPrefix = '', ofacLegacy }: { idPrefix?: string; ofacLegacy?: OfacLegacySideFiles } = {},
): Promise<{ records: number; seconds: number; recordsPerSecond: number }> {
  const started = performance.now();
  const source = { reference: path.basename(file), publisher: 'baseline', date: '2026-01-01' };
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const options = { format, idPrefix, ofacLegacy, fileName: path.basename(file), sourceFor: () => source };
  let entities: EntityRecord[] = [];
  const relationships: RelationshipRecord[] = [];
  const written = new Set<string>();
  let records = 0;
  const writeEntities = async (batch: EntityRecord[]) => {
    const rows = batch.map((e) => ({ kind: e.kind, props: defined(entityToProperties(e)) }));
    await db.writeTx((tx) => tx.run(CREATE_ENTITIES, { rows }));
  };
  for await (const parsed of parseInput(lines, { ...options, warn: () => {}, onBytes: () => {} })) {
    records++;
    if ('error' in parsed) continue;
    entities.push(...parsed.entities);
    for (const e of parsed.entities) written.add(e.id);
    relationships.push(...parsed.relationships);
    if (entities.length >= batchSize) await writeEntities(entities.splice(0));
  }
  await writeEntities(entities);
  // The authorities sanctions point at are created once, as an import resolves them.
  const authorities = new Set(relationships.map((r) => r.target).filter((id) => !written.has(id)));
  entities = [...authorities].map((id) => ({ id, kind: 'PublicBody', name: id, aliases: [], sources: [source] }));
  await writeEntities(entities);
  for (let i = 0; i < relationships.length; i += batchSize) {
    const rows = relationships.slice(i, i + batchSize).map((r) => ({
      type: r.type,
      source: r.source,
      target: r.target,
      props: defined(relationshipToProperties(r)),
    }));
    await db.writeTx((tx) => tx.run(CREATE_RELATIONSHIPS, { rows }));
  }
  const seconds = (performance.now() - started) / 1000;
  return { records, seconds, recordsPerSecond: Math.round(records / seconds) };
}
