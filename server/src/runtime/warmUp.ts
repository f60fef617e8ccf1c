// The first visit after start-up waited seconds on a cold Neo4j: each query is planned, and the JVM loads and
// compiles the code its operators and values need, the first time it meets them. Running the first screen's reads
// before the server says it is ready moves that wait into start-up, where it is announced, instead of the analyst's
// first page. The reads are the opening story's own (its entities, when the graph has them), because a query
// warmed on another entity met other data and left the story's first request cold (1.8 s measured).
import type { GraphDb } from '../db/graphDb.ts';
import { listAuditEntries } from '../audit/auditHistory.ts';
import { getEntityDetail } from '../entities/entityDetail.ts';
import { expandNeighbors } from '../expand/expandNeighbors.ts';
import { exposureOf } from '../exposure/exposureRoutes.ts';
import { today } from '../exposure/dates.ts';
import { listedIndex } from '../screen/listedNames.ts';
import { searchEntities } from '../search/searchEntities.ts';
import { revealSubgraph } from '../subgraph/revealSubgraph.ts';
import { OPENING_STORY_IDS, OPENING_PAGE_SIZE } from '../../../seed/openingStory.ts';

const existing = async (db: GraphDb, ids: readonly string[]): Promise<string[]> => {
  const result = await db.read('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', { ids });
  const found = new Set(result.records.map((r) => r.get('id') as string));
  return ids.filter((id) => found.has(id));
};

const anyEntity = async (db: GraphDb): Promise<string[]> =>
  (await db.read('MATCH (n:Entity) RETURN n.id AS id LIMIT 1')).records.map((r) => r.get('id') as string);

/** The first screen's reads, in its order: the story's pages, the links among them, the first entity's panel. */
async function openingReads(db: GraphDb, ids: string[]): Promise<void> {
  const pages = await Promise.all(
    ids.map((id) => expandNeighbors(db, { id, direction: 'both', limit: OPENING_PAGE_SIZE })),
  );
  const onScreen = [...new Set([...ids, ...pages.flatMap((p) => p.nodes.map((n) => n.id))])];
  await Promise.all([
    revealSubgraph(db, { ids: onScreen }),
    getEntityDetail(db, ids[0]),
    exposureOf(db, ids[0], today()),
    listAuditEntries(db, { entity: ids[0], limit: 20 }),
    searchEntities(db, { q: 'zhi', limit: 8 }),
  ]);
}

export async function warmUp(db: GraphDb, rounds = 2): Promise<number> {
  const started = Date.now();
  const story = await existing(db, OPENING_STORY_IDS);
  const ids = story.length ? story : await anyEntity(db);
  if (!ids.length) return 0;
  for (let round = 0; round < rounds; round++) await openingReads(db, ids);
  // Screening's copy of the listed names, so the first screen does not wait for it to be read and indexed.
  await listedIndex(db);
  return Date.now() - started;
}
