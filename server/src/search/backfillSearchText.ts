// Gives entities written before searchText existed (or by hand-written Cypher) their compact search form.
import type { GraphDb } from '../db/graphDb.ts';
import { compactSearchText } from '../db/mapping.ts';

const BATCH = 10_000;

/** Fills n.searchText where it is missing, in batches; returns how many entities it filled. */
export async function backfillSearchText(db: GraphDb): Promise<number> {
  let filled = 0;
  for (;;) {
    const missing = await db.read(
      `MATCH (n:Entity) WHERE n.searchText IS NULL RETURN n.id AS id, n.name AS name, n.aliases AS aliases LIMIT ${BATCH}`,
    );
    if (missing.records.length === 0) return filled;
    const rows = missing.records.map((r) => ({
      id: r.get('id'),
      searchText: compactSearchText(String(r.get('name') ?? ''), (r.get('aliases') as string[] | null) ?? []),
    }));
    await db.writeTx((tx) => tx.run('UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n.searchText = row.searchText', { rows }));
    filled += rows.length;
  }
}
