// A typed API client talking to the real Express app over the test run's Neo4j, for client-side tests.
import { ApiClient } from '../../client/src/api/apiClient.ts';
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import { startTestServer, type TestServer } from './testApp.ts';
import { openTestDb } from './testDb.ts';

/** Starts the server before the file's tests and stops it after; `api` is ready inside tests. */
export function useRealApi(): { readonly api: ApiClient } {
  let db: GraphDb;
  let server: TestServer;
  const handle = { api: null as unknown as ApiClient };
  beforeAll(async () => {
    db = openTestDb();
    server = await startTestServer(db);
    handle.api = new ApiClient(server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });
  return handle;
}
