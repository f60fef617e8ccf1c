// List history: importing a newer edition of a list adds new entries, updates changed ones and delists the
// entries it no longer holds (their listings get endDate = the edition's date; nothing is deleted); an older
// edition than one already imported changes nothing. A list is the listings of one authority under one id prefix.
import type { GraphDb } from '../db/graphDb.ts';
import { touchListedGeneration } from '../writes/listedGeneration.ts';

const LATEST_EDITION = `
  MATCH (:Entity)-[s:SANCTIONED_BY]->(:Entity {id: $authorityId})
  WHERE s.id STARTS WITH $prefix AND s.listEditions IS NOT NULL
  RETURN max(s.listEditions[-1]) AS latest`;

/** The newest edition of this list already in the graph, or null. */
export async function latestEdition(db: GraphDb, authorityId: string, prefix: string): Promise<string | null> {
  const result = await db.read(LATEST_EDITION, { authorityId, prefix });
  return (result.records[0]?.get('latest') as string | null) ?? null;
}

const DELIST = `
  MATCH (n:Entity)-[s:SANCTIONED_BY]->(:Entity {id: $authorityId})
  WHERE s.id STARTS WITH $prefix AND s.endDate IS NULL AND coalesce(s.listEditions[-1], '') < $edition
  SET s.endDate = $edition, s.version = coalesce(s.version, 0) + 1
  RETURN count(DISTINCT n) AS entries`;

const RELIST = `
  MATCH (n:Entity)-[s:SANCTIONED_BY]->(:Entity {id: $authorityId})
  WHERE s.id STARTS WITH $prefix AND s.endDate IS NOT NULL AND s.listEditions[-1] = $edition
  REMOVE s.endDate
  SET s.version = coalesce(s.version, 0) + 1
  RETURN count(DISTINCT n) AS entries`;

/**
 * Ends the listings this edition no longer holds and reopens those it holds again; returns the entry counts.
 * Runs after the edition's listings are written: those it holds already carry it as their newest edition.
 */
export async function applyEdition(
  db: GraphDb,
  list: { authorityId: string; prefix: string; edition: string },
): Promise<{ delisted: number; relisted: number }> {
  return db.writeTx(async (tx) => {
    const delisted = (await tx.run(DELIST, list)).records[0].get('entries');
    const relisted = (await tx.run(RELIST, list)).records[0].get('entries');
    if (Number(delisted) + Number(relisted) > 0) await touchListedGeneration(tx);
    return { delisted: Number(delisted), relisted: Number(relisted) };
  });
}
