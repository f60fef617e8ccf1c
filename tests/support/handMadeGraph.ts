// Small hand-made graphs for rule tests: entities and relationships under a test prefix, written like the seed.
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import type { EntityKind, EntityRecord, RelationshipRecord, RelationshipType } from '../../server/src/model/schema.ts';
import { loadSeed } from '../../seed/loadSeed.ts';

const SOURCE = { reference: 'hand-made test graph', publisher: 'test suite', date: '2026-01-01' };

export interface HandMadeGraph {
  entities: [id: string, kind: EntityKind][];
  relationships: ({ type: RelationshipType; source: string; target: string } & Record<string, unknown>)[];
}

/**
 * Writes the graph with every id prefixed; authority ids (us-treasury-ofac, uk-fcdo-ofsi) are the seed's.
 * A relationship may bring its own sources (e.g. two reports of one stake); else it cites the test graph.
 */
export async function writeHandMadeGraph(db: GraphDb, prefix: string, graph: HandMadeGraph): Promise<void> {
  const ids = new Set(graph.entities.map(([id]) => id));
  const idOf = (id: string) => (ids.has(id) ? prefix + id : id);
  const entities = graph.entities.map(
    ([id, kind]) => ({ id: prefix + id, kind, name: `${id} (test)`, aliases: [], sources: [SOURCE] }) as EntityRecord,
  );
  const relationships = graph.relationships.map(
    (r, i) =>
      ({
        ...r,
        id: `${prefix}rel-${i}`,
        source: idOf(r.source),
        target: idOf(r.target),
        sources: r.sources ?? [SOURCE],
      }) as RelationshipRecord,
  );
  await loadSeed(db, { entities, relationships });
}
