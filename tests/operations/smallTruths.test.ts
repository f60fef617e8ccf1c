// The small truths of the API surface: methods, public endpoints in token mode, and text that cannot be stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb } from '../support/testDb.ts';

const db = openTestDb();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(db, {
    auth: {
      mode: 'token',
      tokens: new Map([
        ['investigator-token-0123456789', { name: 'ivy', role: 'investigator' as const }],
        ['admin-token-01234567890123', { name: 'ada', role: 'admin' as const }],
      ]),
    },
  });
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const investigator = { authorization: 'Bearer investigator-token-0123456789', 'content-type': 'application/json' };

describe('a method an endpoint does not have', () => {
  it('is a 405 that lists the methods it has in Allow', async () => {
    const response = await fetch(`${server.baseUrl}/api/entities/chen-zhi`, { method: 'PUT', headers: investigator });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, PATCH, DELETE, HEAD');
    expect((await response.json()).error).toMatchObject({
      code: 'method_not_allowed',
      details: { allowed: ['GET', 'PATCH', 'DELETE', 'HEAD'] },
    });
  });

  it('leaves a path that does not exist a 404', async () => {
    const response = await fetch(`${server.baseUrl}/api/no-such-thing`, { method: 'PUT', headers: investigator });
    expect(response.status).toBe(404);
  });
});

describe('an unknown token', () => {
  it('does not stop /api/health or /api/openapi.json, which need no sign-in', async () => {
    const headers = { authorization: 'Bearer stale-token-that-nobody-has' };
    expect((await fetch(`${server.baseUrl}/api/health`, { headers })).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/openapi.json`, { headers })).status).toBe(200);
  });

  it('is still a 401 everywhere else', async () => {
    const headers = { authorization: 'Bearer stale-token-that-nobody-has' };
    expect((await fetch(`${server.baseUrl}/api/search?q=chen`, { headers })).status).toBe(401);
  });
});

describe('text that cannot be stored', () => {
  const create = (name: string) =>
    fetch(`${server.baseUrl}/api/entities`, {
      method: 'POST',
      headers: investigator,
      // Written by hand: JSON.stringify would escape a lone surrogate the same way, but this shows the bytes sent.
      body: `{"kind":"Person","name":"${name}","sources":[{"reference":"r","publisher":"p","date":"2026-01-01"}]}`,
    });

  it('refuses a NUL character with a 400 naming the field', async () => {
    const response = await create('Chen\\u0000Zhi');
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_input');
    expect(error.details).toEqual([{ path: 'name', message: 'must not contain NUL characters (\\u0000)' }]);
  });

  it('refuses a lone surrogate with a 400 naming the field', async () => {
    const response = await create('Chen \\ud800 Zhi');
    expect(response.status).toBe(400);
    expect((await response.json()).error.details[0].path).toBe('name');
  });

  it('refuses them in query parameters too', async () => {
    const nul = await fetch(`${server.baseUrl}/api/search?q=chen%00`, { headers: investigator });
    expect(nul.status).toBe(400);
    expect((await nul.json()).error.details[0].path).toBe('q');
    const surrogate = await fetch(`${server.baseUrl}/api/search?q=chen%ED%A0%80`, { headers: investigator });
    expect(surrogate.status).toBe(400);
    expect((await surrogate.json()).error.details[0].path).toBe('q');
  });

  it('keeps real non-Latin text and emoji', async () => {
    const response = await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent('陈志 🙂')}`, {
      headers: investigator,
    });
    expect(response.status).toBe(200);
  });
});

describe('an OFAC file with its header and no records', () => {
  it('is refused like an empty file, and writes no record (only its failed import entry)', async () => {
    const before = await db.read('MATCH (n:Entity) RETURN count(n) AS n');
    const response = await fetch(`${server.baseUrl}/api/import`, {
      method: 'POST',
      headers: { authorization: 'Bearer admin-token-01234567890123', 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'ofac-csv', content: 'uid,name,type,programs,alternate_names\n' }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      code: 'invalid_file',
      message: expect.stringContaining('no records'),
    });
    const after = await db.read('MATCH (n:Entity) RETURN count(n) AS n');
    expect(after.records[0].get('n')).toBe(before.records[0].get('n'));
  });
});
