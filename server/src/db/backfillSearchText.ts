// Fills the derived search properties on nodes stored before those properties existed (an upgrade step at start-up).
import neo4j from 'neo4j-driver';
import type { GraphDb } from './graphDb.ts';
import { compactSearchText } from './mapping.ts';

const BATCH = 5_000;

const STALE_NODES = `
  MATCH (n:Entity) WHERE n.searchText IS NULL OR n.aliasText IS NULL
  RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases LIMIT $limit`;

const SET_SEARCH_TEXT = `
  UNWIND $rows AS row
  MATCH (n:Entity {id: row.id})
  SET n.searchText = row.searchText, n.aliasText = row.aliasText`;

/** Returns how many nodes it updated; a no-op on an up-to-date graph. */
export async function backfillSearchText(db: GraphDb): Promise<number> {
  let updated = 0;
  for (;;) {
    const result = await db.read(STALE_NODES, { limit: neo4j.int(BATCH) });
    if (result.records.length === 0) return updated;
    const rows = result.records.map((r) => {
      const aliases = r.get('aliases') as string[];
      return {
        id: r.get('id'),
        aliasText: aliases.join(' | '),
        searchText: compactSearchText(String(r.get('name') ?? ''), aliases),
      };
    });
    await db.writeTx((tx) => tx.run(SET_SEARCH_TEXT, { rows }));
    updated += rows.length;
  }
}
