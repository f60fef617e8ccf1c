// The generation of the listed names: screening keeps every listed entity's names, facts and listings in memory
// (screen/listedIndex.ts), in each server process. Every write that changes a listed entity or any listing gives
// the generation a new token in its own transaction, so any process that reads the token before screening knows
// at once whether its copy is still the graph's.
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../db/graphDb.ts';

export const LISTED_GENERATION_SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT listed_generation_id IF NOT EXISTS FOR (g:ListedGeneration) REQUIRE g.id IS UNIQUE',
];

// A random token, not a counter: a graph emptied and written again must not come back to a value seen before.
const TOUCH = `MERGE (g:ListedGeneration {id: 'listed'}) SET g.token = randomUUID()`;

/** Marks the listed names changed; call it last in the transaction (it locks one node every such write shares). */
export async function touchListedGeneration(tx: ManagedTransaction): Promise<void> {
  await tx.run(TOUCH);
}

/** Marks the listed names changed when the relationship written is a listing. */
export async function touchIfListing(tx: ManagedTransaction, type: string): Promise<void> {
  if (type === 'SANCTIONED_BY') await touchListedGeneration(tx);
}

const ANY_LISTED = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  WHERE EXISTS { (n)-[:SANCTIONED_BY]-() }
  RETURN count(n) > 0 AS listed`;

/**
 * Marks the listed names changed when one of the entities is listed, or is an authority that lists (its name is
 * shown). A batch of entities nobody lists (an ownership import) leaves screening's copy alone.
 */
export async function touchIfListed(tx: ManagedTransaction, ids: string | readonly string[]): Promise<void> {
  const list = typeof ids === 'string' ? [ids] : ids;
  if (!list.length) return;
  const result = await tx.run(ANY_LISTED, { ids: list });
  if (result.records[0]?.get('listed')) await touchListedGeneration(tx);
}

// The count of listings comes from Neo4j's count store (constant time): it also catches a listed entity deleted
// by a statement outside writes/ (an operator's or a test's cleanup).
const GENERATION = `
  OPTIONAL MATCH (g:ListedGeneration {id: 'listed'})
  CALL () { MATCH ()-[s:SANCTIONED_BY]->() RETURN count(s) AS listings }
  RETURN g.token AS token, listings`;

/** The token and count that identify the listed names' state; equal strings mean nothing listed has changed. */
export async function listedGeneration(db: GraphDb): Promise<string> {
  const record = (await db.readOnce(GENERATION)).records[0];
  return `${record.get('token') ?? 'none'}/${record.get('listings')}`;
}
