// A write sent again with the same Idempotency-Key is answered as the first time and writes nothing more: a client
// that lost an answer (a 503, a cut connection) can retry without creating a duplicate.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { AuthConfig } from '../../server/src/auth/authConfig.ts';
import { createGraphDb } from '../../server/src/db/graphDb.ts';
import { pruneExpiredKeys } from '../../server/src/writes/idempotencyKeys.ts';
import { startBoltProxy } from '../support/boltProxy.ts';
import { startTestServer } from '../support/testApp.ts';
import { company, jsonCall, SOURCE, useWriteApi } from './writeSupport.ts';

const { db, prefix, call } = useWriteApi('idempotency');
const key = () => ({ 'Idempotency-Key': randomUUID() });
/** A company without an id: each create that runs makes a new one, so only the key can prevent a duplicate. */
const newCompany = (name: string) => ({
  kind: 'Company',
  name: `${prefix}${name}`,
  allowDuplicate: true,
  sources: [SOURCE],
});

async function companiesNamed(name: string): Promise<string[]> {
  const result = await db.read('MATCH (n:Entity {name: $name}) RETURN n.id AS id', { name: `${prefix}${name}` });
  return result.records.map((r) => r.get('id') as string);
}

// Entities created without an id get generated ids outside the prefix: remove them by name.
afterAll(() =>
  db.writeTx((tx) => tx.run('MATCH (n:Entity) WHERE n.name STARTS WITH $prefix DETACH DELETE n', { prefix })),
);

describe('a write retried with the same Idempotency-Key', () => {
  it('answers the retry with the first answer, marked Idempotent-Replayed, and creates one entity', async () => {
    const headers = key();
    const first = await call('POST', '/api/entities', newCompany('Retried Holdings'), headers);
    const retry = await call('POST', '/api/entities', newCompany('Retried Holdings'), headers);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(await companiesNamed('Retried Holdings')).toEqual([first.body.entity.id]);
    const audit = await call('GET', `/api/audit?entity=${first.body.entity.id}`);
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it('treats the same JSON with its fields in another order as the same request', async () => {
    const headers = key();
    const body = newCompany('Reordered Holdings');
    await call('POST', '/api/entities', body, headers);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retry = await call('POST', '/api/entities', reordered, headers);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await companiesNamed('Reordered Holdings')).toHaveLength(1);
  });

  it('does not apply a PATCH twice: the retry is answered 200 with the first answer, not a version conflict', async () => {
    const id = `${prefix}patched`;
    await call('POST', '/api/entities', company(id, 'Patched Once Company'));
    const headers = key();
    const patch = { version: 1, notes: 'checked once', sources: [SOURCE] };
    const first = await call('PATCH', `/api/entities/${id}`, patch, headers);
    const retry = await call('PATCH', `/api/entities/${id}`, patch, headers);
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.body).toEqual(first.body);
    expect(retry.body.entity.version).toBe(2);
    const stored = await db.read('MATCH (n:Entity {id: $id}) RETURN n.version AS version', { id });
    expect(stored.records[0].get('version')).toBe(2);
  });

  /** Sends the write twice with one key: the retry must be the first answer again, marked replayed. */
  async function sentTwice(method: string, path: string, body: unknown) {
    const headers = key();
    const first = await call(method, path, body, headers);
    const retry = await call(method, path, body, headers);
    expect(first.status, `${method} ${path}: ${JSON.stringify(first.body)}`).toBeLessThan(300);
    expect(retry.headers.get('idempotent-replayed'), `${method} ${path}`).toBe('true');
    expect([retry.status, retry.body]).toEqual([first.status, first.body]);
    return first.body;
  }

  it('replays relationship writes, merges and deletes too, each written once', async () => {
    const [a, b] = [`${prefix}merge-a`, `${prefix}merge-b`];
    await call('POST', '/api/entities', company(a, 'Replay Merge Survivor'));
    await call('POST', '/api/entities', { ...company(b, 'Replay Merge Other'), allowDuplicate: true });
    const link = { type: 'OWNS', source: 'chen-zhi', target: b, percentage: 40, sources: [SOURCE] };
    const { relationship } = await sentTwice('POST', '/api/relationships', link);
    const changed = { version: 1, percentage: 45, sources: [SOURCE] };
    expect((await sentTwice('PATCH', `/api/relationships/${relationship.id}`, changed)).relationship.version).toBe(2);
    await sentTwice('POST', `/api/entities/${a}/merge`, { from: b, sources: [SOURCE] });
    const audit = await call('GET', `/api/audit?entity=${a}`);
    expect(audit.body.entries.filter((e: { action: string }) => e.action === 'merge')).toHaveLength(1);
    await sentTwice('DELETE', `/api/entities/${a}?cascade=true`, { version: 2, sources: [SOURCE] });
    const left = await db.read('MATCH (n:Entity) WHERE n.id IN $ids RETURN n', { ids: [a, b] });
    expect(left.records).toEqual([]);
  });

  it('saves an investigation once when its save is retried', async () => {
    const name = `${prefix}Retried investigation`;
    const view = { nodes: [{ id: 'chen-zhi', x: 0, y: 0 }], edges: [], hiddenGroups: [], layout: 'grid' };
    const body = {
      name,
      view: { ...view, selection: null, viewport: { zoom: 1, pan: { x: 0, y: 0 } }, asOf: null },
      notes: [],
    };
    const { investigation } = await sentTwice('POST', '/api/investigations', body);
    const saved = await db.read('MATCH (i:Investigation {name: $name}) RETURN i.id AS id', { name });
    expect(saved.records.map((r) => r.get('id'))).toEqual([investigation.id]);
    await db.writeTx((tx) => tx.run('MATCH (i:Investigation {name: $name}) DELETE i', { name }));
  });
});

describe('an Idempotency-Key used wrongly', () => {
  it('refuses the same key with a different body with 422 idempotency_key_reused and writes nothing', async () => {
    const headers = key();
    await call('POST', '/api/entities', newCompany('First Use Holdings'), headers);
    const reused = await call('POST', '/api/entities', newCompany('Second Use Holdings'), headers);
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
    expect(await companiesNamed('Second Use Holdings')).toEqual([]);
  });

  it('refuses the same key on another path or method, as another request', async () => {
    const headers = key();
    const id = `${prefix}other-path`;
    await call('POST', '/api/entities', company(id, 'Other Path Company'), headers);
    const patched = await call('PATCH', `/api/entities/${id}`, { version: 1, notes: 'x', sources: [SOURCE] }, headers);
    expect(patched.status).toBe(422);
  });

  it.each([
    ['an empty key', ''],
    ['a key over 255 characters', 'k'.repeat(256)],
    ['a key with a control character', 'bad\tkey'],
    ['two keys', 'one, two'],
  ])('answers %s with 400 invalid_input naming the header', async (_what, value) => {
    const response = await call('POST', '/api/entities', newCompany('Malformed Key Holdings'), {
      'Idempotency-Key': value,
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_input', details: [{ path: 'Idempotency-Key' }] });
    expect(await companiesNamed('Malformed Key Holdings')).toEqual([]);
  });

  it('does not keep the key of a write that was refused: the corrected request with that key is written', async () => {
    const id = `${prefix}refused-first`;
    await call('POST', '/api/entities', company(id, 'Refused First Company'));
    const headers = key();
    const stale = await call('PATCH', `/api/entities/${id}`, { version: 7, notes: 'x', sources: [SOURCE] }, headers);
    expect(stale.status).toBe(409);
    const corrected = await call(
      'PATCH',
      `/api/entities/${id}`,
      { version: 1, notes: 'x', sources: [SOURCE] },
      headers,
    );
    expect(corrected.status).toBe(200);
    expect(corrected.headers.get('idempotent-replayed')).toBeNull();
    expect(corrected.body.entity).toMatchObject({ notes: 'x', version: 2 });
  });
});

describe('Idempotency-Keys per caller and over time', () => {
  const tokens: AuthConfig = {
    mode: 'token',
    tokens: new Map([
      ['alice-token-0123456789', { name: 'alice', role: 'investigator' as const }],
      ['bob-token-0123456789ab', { name: 'bob', role: 'investigator' as const }],
    ]),
  };

  it("keeps one caller's key apart from another's: the same key and body from two users writes twice", async () => {
    const server = await startTestServer(db, { auth: tokens });
    try {
      const asUser = jsonCall(() => server.baseUrl);
      const sharedKey = randomUUID();
      const body = newCompany('Two Callers Holdings');
      const alice = await asUser('POST', '/api/entities', body, {
        authorization: 'Bearer alice-token-0123456789',
        'Idempotency-Key': sharedKey,
      });
      const bob = await asUser('POST', '/api/entities', body, {
        authorization: 'Bearer bob-token-0123456789ab',
        'Idempotency-Key': sharedKey,
      });
      expect([alice.status, bob.status]).toEqual([201, 201]);
      expect(bob.headers.get('idempotent-replayed')).toBeNull();
      expect((await companiesNamed('Two Callers Holdings')).sort()).toEqual(
        [alice.body.entity.id, bob.body.entity.id].sort(),
      );
    } finally {
      await server.close();
    }
  });

  it('forgets a key once it expired: the same key is then a new write, and pruning removes expired keys', async () => {
    const headers = key();
    const first = await call('POST', '/api/entities', newCompany('Expired Key Holdings'), headers);
    // Ages the stored key past its 24 hours instead of waiting them.
    await db.writeTx((tx) =>
      tx.run('MATCH (k:IdempotencyKey {key: $key}) SET k.expiresAt = $past', {
        key: headers['Idempotency-Key'],
        past: Date.now() - 1,
      }),
    );
    const later = await call('POST', '/api/entities', newCompany('Expired Key Holdings'), headers);
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.entity.id).not.toBe(first.body.entity.id);
    expect(await pruneExpiredKeys(db, Date.now() + 25 * 60 * 60 * 1000)).toBeGreaterThanOrEqual(1);
    const left = await db.read('MATCH (k:IdempotencyKey {key: $key}) RETURN k', { key: headers['Idempotency-Key'] });
    expect(left.records).toEqual([]);
  });

  it('stores a key as an :IdempotencyKey node, not an :Entity, so search and expansion never see it', async () => {
    const headers = key();
    await call('POST', '/api/entities', newCompany('Hidden Key Holdings'), headers);
    const stored = await db.read('MATCH (k:IdempotencyKey {key: $key}) RETURN labels(k) AS labels', {
      key: headers['Idempotency-Key'],
    });
    expect(stored.records[0].get('labels')).toEqual(['IdempotencyKey']);
  });
});

describe('a write whose answer was lost', () => {
  it('writes once when the same request is sent twice at the same time, and answers both alike', async () => {
    for (let round = 0; round < 3; round++) {
      const headers = key();
      const body = newCompany(`Concurrent Holdings ${round}`);
      const [a, b] = await Promise.all([
        call('POST', '/api/entities', body, headers),
        call('POST', '/api/entities', body, headers),
      ]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body).toEqual(b.body);
      expect([a, b].filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(1);
      expect(await companiesNamed(`Concurrent Holdings ${round}`)).toHaveLength(1);
    }
  });

  it('answers the retry of a write committed while the database went away (503) with its answer, once', async () => {
    const proxy = await startBoltProxy(inject('neo4jUri'));
    const viaProxy = createGraphDb({ uri: proxy.uri, user: 'neo4j', password: '', database: 'neo4j' });
    const server = await startTestServer(viaProxy);
    try {
      const post = jsonCall(() => server.baseUrl);
      const headers = key();
      const body = newCompany('Lost Answer Holdings');
      const commitAnswered = proxy.loseNextCommitAnswer();
      const lost = await post('POST', '/api/entities', body, headers);
      await commitAnswered;
      expect(lost.status).toBe(503);
      expect(lost.body.error.code).toBe('neo4j_unavailable');
      expect(await companiesNamed('Lost Answer Holdings')).toHaveLength(1);
      proxy.up();
      const retry = await post('POST', '/api/entities', body, headers);
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await companiesNamed('Lost Answer Holdings')).toEqual([retry.body.entity.id]);
    } finally {
      await server.close();
      await viaProxy.close();
      await proxy.close();
    }
  });
});
