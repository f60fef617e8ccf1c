// Fills the derived search properties on nodes stored before they existed or before their forms last changed
// (an upgrade step at start-up).
import neo4j from 'neo4j-driver';
import type { GraphDb } from './graphDb.ts';
import { SEARCH_FORMS_VERSION, searchForms } from '../names/index.ts';

const BATCH = 5_000;

const STALE_NODES = `
  MATCH (n:Entity) WHERE n.searchText IS NULL OR n.aliasText IS NULL OR coalesce(n.searchFormsVersion, 0) < $version
  RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases LIMIT $limit`;

const SET_SEARCH_FORMS = `
  UNWIND $rows AS row
  MATCH (n:Entity {id: row.id})
  SET n += row.forms`;

/** Returns how many nodes it updated; a no-op on an up-to-date graph. */
export async function backfillSearchText(db: GraphDb): Promise<number> {
  let updated = 0;
  for (;;) {
    const result = await db.read(STALE_NODES, { limit: neo4j.int(BATCH), version: SEARCH_FORMS_VERSION });
    if (result.records.length === 0) return updated;
    const rows = result.records.map((r) => ({
      id: r.get('id'),
      forms: searchForms(String(r.get('name') ?? ''), r.get('aliases') as string[]),
    }));
    await db.writeTx((tx) => tx.run(SET_SEARCH_FORMS, { rows }));
    updated += rows.length;
  }
}
