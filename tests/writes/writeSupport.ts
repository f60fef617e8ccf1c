// Shared helpers of the editing tests: a real server over the test Neo4j, a JSON client, and clean-up of
// everything a test wrote (its entities and the audit entries about them).
import { afterAll } from 'vitest';
import type { AuthConfig } from '../../server/src/auth/authConfig.ts';
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import type { Source } from '../../server/src/model/schema.ts';
import { useApiTestServer } from '../support/apiTestServer.ts';
import { removeTestEntities, testPrefix } from '../support/testDb.ts';

export const SOURCE: Source = {
  url: 'https://example.org/registry/record-1',
  publisher: 'Example Registry',
  date: '2026-02-01',
};

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: any;
}

export type JsonCall = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<JsonResponse>;

/** JSON requests to a server; a string body is sent as it is (e.g. malformed JSON). */
export function jsonCall(baseUrl: () => string): JsonCall {
  return async (method, path, body, headers = {}) => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  };
}

/** Removes a test's entities (with their relationships) and every audit entry about them. */
export async function removeTestData(db: GraphDb, prefix: string): Promise<void> {
  await removeTestEntities(db, prefix);
  await db.writeTx((tx) =>
    tx.run(
      `MATCH (a:AuditEntry)
       WHERE a.targetId STARTS WITH $prefix OR a.fromEntity STARTS WITH $prefix OR a.toEntity STARTS WITH $prefix
       DELETE a`,
      { prefix },
    ),
  );
}

/** Everything a write could touch, to show that a failed write left the graph as it was. */
export async function graphCounts(db: GraphDb): Promise<{ nodes: number; relationships: number; audit: number }> {
  const result = await db.read(`
    CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (a:AuditEntry) RETURN count(a) AS audit }
    RETURN nodes, relationships, audit`);
  return result.records[0].toObject() as { nodes: number; relationships: number; audit: number };
}

export const company = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'Company',
  name,
  sources: [SOURCE],
  ...extra,
});

/**
 * A test file's fixture: a server over the test Neo4j started before its tests, an id prefix, and a JSON client; after
 * the tests everything written under the prefix (entities, relationships, audit entries) is removed.
 */
export function useWriteApi(name: string, auth?: AuthConfig) {
  const prefix = testPrefix(name);
  const server = useApiTestServer({ app: auth ? { auth } : {} });
  // After-hooks run in reverse order: this one runs before the server closes its database connection.
  afterAll(() => removeTestData(server.db, prefix));
  return { db: server.db, prefix, call: jsonCall(() => server.baseUrl) };
}
