// The real Express app on a real port, over the test run's Neo4j.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { createApp, type AppOptions } from '../../server/src/app.ts';
import type { GraphDb } from '../../server/src/db/graphDb.ts';

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startTestServer(db: GraphDb, options: Partial<AppOptions> = {}): Promise<TestServer> {
  const app = createApp({ db, logger: pino({ level: 'silent' }), ...options });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
