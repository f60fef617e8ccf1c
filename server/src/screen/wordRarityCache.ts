// The word weights of the listed names, computed from the graph and kept for a few minutes: screening a batch
// of 100,000 names must not re-read the lists for each one. An import forgets them (forgetListedWordRarity).
import type { GraphDb } from '../db/graphDb.ts';
import { WordRarity } from '../names/index.ts';

const LISTED_NAMES = `
  MATCH (n:Entity) WHERE EXISTS { (n)-[:SANCTIONED_BY]->() }
  RETURN n.name AS name, coalesce(n.aliases, []) AS aliases`;

const KEEP_MS = 10 * 60_000;
const cache = new WeakMap<GraphDb, { rarity: Promise<WordRarity>; loadedAt: number }>();

export function listedWordRarity(db: GraphDb): Promise<WordRarity> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.loadedAt < KEEP_MS) return cached.rarity;
  const rarity = db
    .read(LISTED_NAMES)
    .then((result) =>
      WordRarity.fromNames(result.records.flatMap((r) => [r.get('name') as string, ...(r.get('aliases') as string[])])),
    );
  cache.set(db, { rarity, loadedAt: Date.now() });
  rarity.catch(() => cache.delete(db));
  return rarity;
}

export const forgetListedWordRarity = (db: GraphDb) => cache.delete(db);
