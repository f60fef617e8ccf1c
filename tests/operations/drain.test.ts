// SIGTERM lets requests in flight finish; a second signal stops at once. The requests are held in flight by a
// lock this test takes on the entities they change, so they are in flight for as long as the test wants.
import type { Transaction } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openTestDb, removeTestEntities, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('drain');
const SOURCE = { reference: 'drain test', publisher: 'tests', date: '2026-01-01' };
const servers: ServerProcess[] = [];
afterAll(async () => {
  servers.forEach((s) => s.kill());
  await removeTestEntities(db, prefix);
  await db.close();
});

async function createEntities(count: number, tag: string): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${tag}-${i}`);
  await db.writeTx((tx) =>
    tx.run('UNWIND $ids AS id CREATE (n:Entity:Person {id: id, name: id, version: 1, aliases: [], sources: []})', {
      ids,
    }),
  );
  return ids;
}

/** Holds the write locks of the entities until the returned transaction ends. */
async function lockInTest(ids: string[]): Promise<Transaction> {
  const session = db.driver.session();
  const tx = session.beginTransaction();
  await tx.run('MATCH (n:Entity) WHERE n.id IN $ids SET n._heldByTest = true', { ids });
  return tx;
}

const patch = (baseUrl: string, id: string) =>
  fetch(`${baseUrl}/api/entities/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: 1, notes: 'changed while the server was stopping', sources: [SOURCE] }),
  }).then((r) => r.status);

async function serverWithRequestsInFlight(tag: string) {
  const ids = await createEntities(5, tag);
  const server = startServerProcess({ SHUTDOWN_DRAIN_MS: '30000' });
  servers.push(server);
  const baseUrl = await server.ready;
  const lock = await lockInTest(ids);
  const statuses = Promise.allSettled(ids.map((id) => patch(baseUrl, id)));
  // Give them time to reach the server and wait on the lock (nothing is timed).
  await new Promise((r) => setTimeout(r, 1_500));
  return { server, baseUrl, lock, statuses };
}

describe('SIGTERM with requests in flight', () => {
  it('stops taking connections, lets every request in flight finish, then exits 0', async () => {
    const { server, baseUrl, lock, statuses } = await serverWithRequestsInFlight('graceful');
    server.child.kill('SIGTERM');
    await expect.poll(() => server.log(), { timeout: 10_000 }).toContain('SIGTERM received');
    expect(server.log()).toContain('5 request(s) in flight');
    const refused = await fetch(`${baseUrl}/api/health`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
    await lock.rollback();
    const results = await statuses;
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason.message))).toEqual([
      200, 200, 200, 200, 200,
    ]);
    expect((await server.exited).code).toBe(0);
    expect(server.log()).toContain('Every request in flight finished.');
  });

  it('stops at once on a second signal, without waiting for them', async () => {
    const { server, lock, statuses } = await serverWithRequestsInFlight('forced');
    server.child.kill('SIGTERM');
    await expect.poll(() => server.log(), { timeout: 10_000 }).toContain('SIGTERM received');
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(1);
    expect(server.log()).toContain('SIGTERM again: stopping now');
    const results = await statuses;
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    await lock.rollback();
  });
});
