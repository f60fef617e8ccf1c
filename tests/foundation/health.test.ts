import { afterAll, describe, expect, it } from 'vitest';
import { createGraphDb } from '../../server/src/db/graphDb.ts';
import { findFreePort } from '../../neo4j/localNeo4j.ts';
import { startTestServer } from '../support/testApp.ts';
import { openTestDb } from '../support/testDb.ts';

const db = openTestDb();
afterAll(() => db.close());

describe('GET /api/health', () => {
  it('reports Neo4j up when the database answers', async () => {
    const server = await startTestServer(db);
    const response = await fetch(`${server.baseUrl}/api/health`);
    await server.close();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('answers 503 and says Neo4j is down when it does not answer', async () => {
    const deadPort = await findFreePort();
    const unreachable = createGraphDb({
      uri: `bolt://127.0.0.1:${deadPort}`,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    const server = await startTestServer(unreachable);
    const response = await fetch(`${server.baseUrl}/api/health`);
    await server.close();
    await unreachable.close();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable', neo4j: 'down' });
  });

  it('answers an unknown endpoint with a 404 error body', async () => {
    const server = await startTestServer(db);
    const response = await fetch(`${server.baseUrl}/api/nope`);
    await server.close();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'no_such_endpoint', message: 'No endpoint GET /api/nope.', details: null },
    });
  });
});
