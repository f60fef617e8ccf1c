// The test run's real Neo4j (started by globalSetup), and helpers for test-owned data.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createGraphDb, type GraphDb } from '../../server/src/db/graphDb.ts';

export function openTestDb(): GraphDb {
  return createGraphDb({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
}

/** A prefix for ids a test creates, so it can remove exactly what it made. */
export function testPrefix(name: string): string {
  return `t-${name}-${randomUUID().slice(0, 8)}-`;
}

export async function removeTestEntities(db: GraphDb, prefix: string): Promise<void> {
  await db.writeTx((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
}
