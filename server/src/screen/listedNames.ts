// The listed entities as screening reads them: loaded from the graph into a ListedIndex once, and again whenever
// the listed generation (writes/listedGeneration.ts) has moved, which every screen checks first. A write through
// the API, an import or another server process is therefore seen by the next screen; the copy is never trusted on
// age alone.
import type { GraphDb } from '../db/graphDb.ts';
import { kindOf } from '../db/mapping.ts';
import { listingMap, listingSummary, toListing } from '../listings/sanctionListings.ts';
import { listedGeneration } from '../writes/listedGeneration.ts';
import { ListedIndex, type ListedEntity } from './listedIndex.ts';

// Every listing, ended ones too: whether a listing counts depends on the date screened for.
const LISTED_ENTITIES = `
  MATCH (node:Entity)-[s:SANCTIONED_BY]->(a:Entity)
  RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, labels(node) AS labels,
         [d IN [node.birthDate] + coalesce(node.otherBirthDates, []) WHERE d IS NOT NULL] AS birthDates,
         coalesce(node.nationality, []) AS nationalities, coalesce(node.identifiers, []) AS identifiers,
         collect(${listingMap('s', 'a')}) AS lists`;

async function loadListed(db: GraphDb): Promise<ListedIndex> {
  const result = await db.read(LISTED_ENTITIES);
  const listed = result.records.map((r): ListedEntity => ({
    id: r.get('id'),
    name: r.get('name'),
    aliases: r.get('aliases'),
    kind: kindOf(r.get('labels')),
    facts: {
      birthDates: r.get('birthDates'),
      nationalities: r.get('nationalities'),
      identifiers: r.get('identifiers'),
    },
    listings: (r.get('lists') as Record<string, unknown>[]).map((row) => {
      const listing = toListing(row);
      return { summary: listingSummary(listing), endDate: listing.endDate };
    }),
  }));
  return ListedIndex.of(listed);
}

interface Loaded {
  generation: string;
  index: Promise<ListedIndex>;
  /** The index once loaded. */
  ready?: ListedIndex;
}

const loaded = new WeakMap<GraphDb, Loaded>();

/** The index of that generation: the one in memory, or loaded now (after the generation was read). */
function indexAt(db: GraphDb, generation: string): Promise<ListedIndex> {
  const cached = loaded.get(db);
  if (cached?.generation === generation) return cached.index;
  const entry: Loaded = { generation, index: loadListed(db) };
  loaded.set(db, entry);
  entry.index.then(
    (index) => (entry.ready = index),
    () => loaded.get(db) === entry && loaded.delete(db),
  );
  return entry.index;
}

/**
 * The listed entities as the graph holds them now. The generation is read before the entities, so a write that
 * commits in between leaves a newer generation behind and the next call loads again.
 */
export async function listedIndex(db: GraphDb): Promise<ListedIndex> {
  return indexAt(db, await listedGeneration(db));
}

/**
 * `work` done on the listed entities as the graph holds them now. It runs on the copy in memory while the
 * generation is being read, and its answer is kept only if the generation has not moved since that copy was
 * loaded; otherwise it runs again on a fresh copy. A screen then costs the longer of the two, not both.
 */
export async function withListedIndex<T>(db: GraphDb, work: (index: ListedIndex) => T): Promise<T> {
  const generation = listedGeneration(db);
  // Awaited below; until then a failed read must not count as an unhandled rejection.
  generation.catch(() => {});
  const cached = loaded.get(db);
  if (cached?.ready) {
    // Lets the read go out to Neo4j before the event loop is busy with the work.
    await new Promise((resolve) => setImmediate(resolve));
    const answer = work(cached.ready);
    if ((await generation) === cached.generation) return answer;
  }
  return work(await indexAt(db, await generation));
}
