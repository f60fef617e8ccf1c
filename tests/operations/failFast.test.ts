// Failures of our own answer fast and honestly: an unreachable Neo4j is a 503 within the 2 s, transient
// errors of a live one are still retried, and health says what it knows without the driver's internals.
import { Neo4jError } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../neo4j/localNeo4j.ts';
import { createGraphDb, isTimedOut, type GraphDb } from '../../server/src/db/graphDb.ts';
import { toApiError } from '../../server/src/http/errors.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb } from '../support/testDb.ts';

const live = openTestDb();
let unreachable: GraphDb | undefined;
let server: TestServer | undefined;
afterAll(async () => {
  await server?.close();
  await unreachable?.close();
  await live.close();
});

async function serveUnreachable(): Promise<string> {
  unreachable ??= createGraphDb({
    uri: `bolt://127.0.0.1:${await findFreePort()}`,
    user: 'neo4j',
    password: '',
    database: 'neo4j',
  });
  server ??= await startTestServer(unreachable);
  return server.baseUrl;
}

const SOURCE = { reference: 'fail-fast test', publisher: 'tests', date: '2026-01-01' };

describe('while Neo4j is unreachable', () => {
  it('answers reads and writes 503 neo4j_unavailable at once instead of waiting out driver retries', async () => {
    const baseUrl = await serveUnreachable();
    const requests = [
      () => fetch(`${baseUrl}/api/search?q=chen`),
      () =>
        fetch(`${baseUrl}/api/entities`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'Person', name: 'Fail Fast', sources: [SOURCE] }),
        }),
    ];
    for (const request of requests) {
      const startedAt = Date.now();
      const response = await request();
      const seconds = (Date.now() - startedAt) / 1000;
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe('neo4j_unavailable');
      // The issue asks for 2 s; the bound here is generous for a loaded CI machine and still far below the 32-59 s of
      // driver retries it replaces. bench:faults prints the measured time.
      expect(seconds).toBeLessThan(5);
    }
  });

  it('reports Neo4j down in /api/health without hosts, ports or pool state', async () => {
    const baseUrl = await serveUnreachable();
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', neo4j: 'down' });
  });
});

describe('while Neo4j is up', () => {
  it('still retries a transient error (a deadlock) and commits', async () => {
    let attempts = 0;
    const answer = await live.writeTx(async (tx) => {
      attempts++;
      if (attempts === 1)
        throw new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N00', 'deadlock');
      return (await tx.run('RETURN 42 AS answer')).records[0].get('answer');
    });
    expect(answer).toBe(42);
    expect(attempts).toBe(2);
  });

  it('does not retry a mistake of the query itself', async () => {
    let attempts = 0;
    await expect(
      live.writeTx(async (tx) => {
        attempts++;
        return tx.run('RETURN $missing');
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(1);
  });

  it('tells a query cut off at its time limit from other errors: not retried, and answered 504 query_timeout', async () => {
    // A count of a billion rows, which Neo4j stops soon after its 1 ms limit.
    let attempts = 0;
    const error = await live
      .readTx((tx) => (attempts++, tx.run('UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i)')), {
        timeoutMs: 1,
      })
      .catch((e: unknown) => e);
    expect(isTimedOut(error)).toBe(true);
    expect(attempts).toBe(1);
    expect(toApiError(error)).toMatchObject({ status: 504, code: 'query_timeout' });
  });
});
