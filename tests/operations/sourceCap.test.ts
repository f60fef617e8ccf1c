// Records stay bounded: a source cited again is stored once, and a record cannot pile up more than MAX_SOURCES.
import { describe, expect, it } from 'vitest';
import { MAX_SOURCES } from '../../server/src/model/schema.ts';
import { useApiTestServer } from '../support/apiTestServer.ts';
import { testPrefix } from '../support/testDb.ts';

const prefix = testPrefix('source-cap');
const api = useApiTestServer({ cleanupPrefix: prefix });
const source = (n: number) => ({
  reference: `Register extract ${n}`,
  publisher: 'Companies House',
  date: '2026-01-01',
});

const send = (method: string, path: string, body: unknown) =>
  fetch(`${api.baseUrl}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));

describe('the sources of a record', () => {
  it('keeps a source cited again by later edits once', async () => {
    const id = `${prefix}once`;
    await send('POST', '/entities', {
      id,
      kind: 'Company',
      name: 'Cited Once Ltd',
      sources: [source(1)],
      allowDuplicate: true,
    });
    let version = 1;
    for (let i = 0; i < 3; i++) {
      const patched = await send('PATCH', `/entities/${id}`, { version, notes: `edit ${i}`, sources: [source(1)] });
      expect(patched.status).toBe(200);
      version = patched.body.entity.version;
    }
    const stored = await fetch(`${api.baseUrl}/api/entities/${id}`).then((r) => r.json());
    expect(stored.entity.version).toBe(4);
    expect(stored.entity.sources).toEqual([source(1)]);
  });

  it('refuses an edit that would take a record past the cap, with a clear 400, and changes nothing', async () => {
    const id = `${prefix}capped`;
    await send('POST', '/entities', {
      id,
      kind: 'Company',
      name: 'Many Sources Ltd',
      sources: [source(0)],
      allowDuplicate: true,
    });
    const many = Array.from({ length: MAX_SOURCES }, (_, i) => source(i + 1));
    const refused = await send('PATCH', `/entities/${id}`, { version: 1, notes: 'too many', sources: many });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalid_input');
    expect(refused.body.error.message).toContain(`at most ${MAX_SOURCES} sources`);
    expect(refused.body.error.details[0].path).toBe('sources');
    const stored = await fetch(`${api.baseUrl}/api/entities/${id}`).then((r) => r.json());
    expect(stored.entity).toMatchObject({ version: 1, sources: [source(0)] });
  });

  it('refuses a new record with more than the cap', async () => {
    const sources = Array.from({ length: MAX_SOURCES + 1 }, (_, i) => source(i));
    const refused = await send('POST', '/entities', {
      id: `${prefix}new`,
      kind: 'Company',
      name: 'Too Many Ltd',
      sources,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('sources');
  });
});
