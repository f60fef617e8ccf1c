// Two real server processes (scripts/serve.ts) on one Neo4j: the API keeps no state of its own, so the rules that
// keep concurrent writes apart (versions, unique ids, idempotency keys) hold across processes as within one, and
// screening's in-memory copy of the listed names sees the other process's writes. The
// writes race for real: the test holds the lock of the entity they change until both requests wait on it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { openTestDb, removeTestEntities, testPrefix } from '../support/testDb.ts';
import { jsonCall, removeTestData, SOURCE, type JsonCall } from '../writes/writeSupport.ts';

const db = openTestDb();
const prefix = testPrefix('two-processes');
const servers: ServerProcess[] = [];
let calls: [JsonCall, JsonCall];

beforeAll(async () => {
  servers.push(startServerProcess(), startServerProcess());
  const [a, b] = await Promise.all(servers.map((s) => s.ready));
  calls = [jsonCall(() => a), jsonCall(() => b)];
}, 120_000);

afterAll(async () => {
  servers.forEach((s) => s.kill());
  await removeTestData(db, prefix);
  await removeTestEntities(db, prefix);
  await db.close();
});

const company = (id: string, name: string) => ({ id, kind: 'Company', name, allowDuplicate: true, sources: [SOURCE] });

/** Sends one request to each process while the entity is locked, and lets them go once both wait on the lock. */
async function raceOnLockedEntity(id: string, send: (call: JsonCall) => ReturnType<JsonCall>) {
  const session = db.driver.session();
  const lock = session.beginTransaction();
  try {
    await lock.run('MATCH (n:Entity {id: $id}) SET n._heldByTest = true', { id });
    const answers = Promise.all(calls.map(send));
    // Time for both requests to reach their process and wait on the lock; how long does not change what is asserted.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await lock.rollback();
    return await answers;
  } finally {
    await session.close();
  }
}

describe('two server processes on one Neo4j', () => {
  it('answers two PATCHes with the same version, one to each process, with one 200 and one 409', async () => {
    const id = `${prefix}patched`;
    expect((await calls[0]('POST', '/api/entities', company(id, 'Two Process Patch Company'))).status).toBe(201);
    const answers = await raceOnLockedEntity(id, (call) =>
      call('PATCH', `/api/entities/${id}`, { version: 1, notes: `by ${randomUUID()}`, sources: [SOURCE] }),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.body.error.code).toBe('version_conflict');
    const stored = await db.read('MATCH (n:Entity {id: $id}) RETURN n.notes AS notes, n.version AS version', { id });
    expect(stored.records[0].toObject()).toEqual({ notes: winner.body.entity.notes, version: 2 });
  });

  it('answers two creates of the same id, one to each process, with one 201 and one 409 id_taken', async () => {
    for (let round = 0; round < 3; round++) {
      const id = `${prefix}created-${round}`;
      const answers = await Promise.all(
        calls.map((call, i) => call('POST', '/api/entities', company(id, `Two Process Create ${round} ${i}`))),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      expect(answers.find((a) => a.status === 409)!.body.error.code).toBe('id_taken');
      const stored = await db.read('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });
      expect(stored.records[0].get('n')).toBe(1);
    }
  });

  it('writes once for the same Idempotency-Key sent to both processes, and answers both the same', async () => {
    const id = `${prefix}keyed`;
    await calls[0]('POST', '/api/entities', company(id, 'Two Process Keyed Company'));
    const headers = { 'Idempotency-Key': randomUUID() };
    const patch = { version: 1, notes: 'written once', sources: [SOURCE] };
    const answers = await raceOnLockedEntity(id, (call) => call('PATCH', `/api/entities/${id}`, patch, headers));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[0].body).toEqual(answers[1].body);
    expect(answers.map((a) => a.headers.get('idempotent-replayed')).sort()).toEqual([null, 'true']);
    const audit = await calls[1]('GET', `/api/audit?entity=${id}`);
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
  });

  it('screens a person listed through one process at the next screen on the other', async () => {
    const id = `${prefix}listed`;
    const screened = async () =>
      (await calls[1]('GET', '/api/screen?name=Yselde%20Marrowquin')).body.matches.map((m: { id: string }) => m.id);
    expect(await screened()).not.toContain(id);
    await calls[0]('POST', '/api/entities', { id, kind: 'Person', name: 'Yselde Marrowquin', sources: [SOURCE] });
    const listing = { id: `${id}-listing`, type: 'SANCTIONED_BY', source: id, target: 'us-treasury-ofac' };
    const listed = await calls[0]('POST', '/api/relationships', { ...listing, program: 'TEST', sources: [SOURCE] });
    expect(listed.status).toBe(201);
    expect(await screened()).toContain(id);
    await calls[0]('DELETE', `/api/relationships/${id}-listing`, { version: 1, sources: [SOURCE] });
    expect(await screened()).not.toContain(id);
  });
});
