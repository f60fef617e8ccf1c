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

const loaded = new WeakMap<GraphDb, { generation: string; index: Promise<ListedIndex> }>();

/**
 * The listed entities as the graph holds them now. The generation is read before the entities, so a write that
 * commits in between leaves a newer generation behind and the next call loads again.
 */
export async function listedIndex(db: GraphDb): Promise<ListedIndex> {
  const generation = await listedGeneration(db);
  const cached = loaded.get(db);
  if (cached?.generation === generation) return cached.index;
  const index = loadListed(db);
  loaded.set(db, { generation, index });
  index.catch(() => {
    if (loaded.get(db)?.index === index) loaded.delete(db);
  });
  return index;
}
