// The explorer's HTTP server on a free loopback port, for benchmarks that drive the real API.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../src/app.ts';
import type { GraphDb } from '../src/db/graphDb.ts';

export async function serveForBench(db: GraphDb): Promise<{ baseUrl: string; close: () => void }> {
  const app = createApp({
    db,
    logger: pino({ level: 'silent' }),
    auth: { mode: 'local', localUser: { name: 'bench', role: 'analyst' } },
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, close: () => server.close() };
}

/** Runs `work` against the explorer's API on a loopback port, closed afterwards. */
export async function withBenchServer<T>(db: GraphDb, work: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = await serveForBench(db);
  try {
    return await work(server.baseUrl);
  } finally {
    server.close();
  }
}
