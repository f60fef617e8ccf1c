import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphResult } from '../../server/src/api/types.ts';
import { postJson } from '../support/fetchJson.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb } from '../support/testDb.ts';

const db = openTestDb();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const subgraph = (body: unknown) => postJson<SubgraphResult>(server.baseUrl, '/api/subgraph', body);

describe('POST /api/subgraph', () => {
  it('reveals every relationship among the nodes on screen, and only those', async () => {
    const ids = ['chen-zhi', 'prince-holding-group', 'us-treasury-ofac', 'uk-fcdo-ofsi'];
    const { status, body } = await subgraph({ ids });
    expect(status).toBe(200);
    expect(body.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(body.missing).toEqual([]);
    expect(body.edges.every((e) => ids.includes(e.source) && ids.includes(e.target))).toBe(true);
    const stored = await db.read('MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN collect(r.id) AS ids', { ids });
    expect(body.edges.map((e) => e.id).sort()).toEqual([...stored.records[0].get('ids')].sort());
    expect(body.edges.map((e) => e.id)).toContain('chen-zhi--director-of--prince-holding-group');
  });

  it('filters the revealed relationships by type', async () => {
    const { body } = await subgraph({ ids: ['chen-zhi', 'prince-holding-group', 'us-treasury-ofac'], types: ['SANCTIONED_BY'] });
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e) => e.type === 'SANCTIONED_BY')).toBe(true);
  });

  it('reports ids that name no entity instead of failing', async () => {
    const { status, body } = await subgraph({ ids: ['chen-zhi', 'no-such-entity', 'no-such-entity'] });
    expect(status).toBe(200);
    expect(body.nodes.map((n) => n.id)).toEqual(['chen-zhi']);
    expect(body.edges).toEqual([]);
    expect(body.missing).toEqual(['no-such-entity']);
  });
});

describe('POST /api/subgraph with bad input', () => {
  it.each(['{"ids": [', '"chen-zhi"', 'ids=chen-zhi'])('answers the malformed JSON body %s with 400 malformed_json', async (text) => {
    const { status, body } = await subgraph(text);
    expect(status).toBe(400);
    expect(body.error.code).toBe('malformed_json');
  });

  it.each([
    ['no ids', {}],
    ['an empty id list', { ids: [] }],
    ['ids that are not strings', { ids: [1, 2] }],
    ['an unknown type', { ids: ['chen-zhi'], types: ['LOVES'] }],
    ['an unknown field', { ids: ['chen-zhi'], depth: 3 }],
    ['more than 1000 ids', { ids: Array.from({ length: 1001 }, (_, i) => `id-${i}`) }],
    ['a JSON array', ['chen-zhi']],
  ])('answers %s with 400 invalid_input', async (_what, input) => {
    const { status, body } = await subgraph(input);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
  });
});
