// One real server over the test run's Neo4j for a test file: started before its tests, stopped after them,
// with the entities the file created (ids starting with cleanupPrefix) removed first.
import { afterAll, beforeAll } from 'vitest';
import type { AppOptions } from '../../server/src/app.ts';
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import { startTestServer, type TestServer } from './testApp.ts';
import { openTestDb, removeTestEntities } from './testDb.ts';

export interface ApiTestServer {
  db: GraphDb;
  /** Set once the server listens (inside tests and later hooks). */
  baseUrl: string;
}

export function useApiTestServer(options: { cleanupPrefix?: string; app?: Partial<AppOptions> } = {}): ApiTestServer {
  const api: ApiTestServer = { db: openTestDb(), baseUrl: '' };
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(api.db, options.app);
    api.baseUrl = server.baseUrl;
  });
  afterAll(async () => {
    if (options.cleanupPrefix) await removeTestEntities(api.db, options.cleanupPrefix);
    await server?.close();
    await api.db.close();
  });
  return api;
}
