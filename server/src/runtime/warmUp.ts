// The first visit after start-up waited seconds on a cold Neo4j: each query is planned (and the JVM's code for it
// compiled) the first time it runs. Running the first screen's reads once, before the server says it is ready,
// moves that wait into start-up, where it is announced, instead of the analyst's first page.
import type { GraphDb } from '../db/graphDb.ts';
import { getEntityDetail } from '../entities/entityDetail.ts';
import { expandNeighbors } from '../expand/expandNeighbors.ts';
import { exposureOf } from '../exposure/exposureRoutes.ts';
import { today } from '../exposure/dates.ts';
import { revealSubgraph } from '../subgraph/revealSubgraph.ts';

/** The reads of the first screen (a page of neighbours, the links among them, the side panel) for one entity. */
export async function warmUp(db: GraphDb): Promise<number> {
  const started = Date.now();
  const first = await db.read('MATCH (n:Entity) RETURN n.id AS id LIMIT 1');
  const id = first.records[0]?.get('id') as string | undefined;
  if (!id) return 0;
  await Promise.all([
    expandNeighbors(db, { id, direction: 'both', limit: 25 }),
    revealSubgraph(db, { ids: [id] }),
    getEntityDetail(db, id),
    exposureOf(db, id, today()),
  ]);
  return Date.now() - started;
}
