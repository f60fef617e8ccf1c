import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb } from '../support/testDb.ts';

const db = openTestDb();
let server: TestServer;
beforeAll(async () => (server = await startTestServer(db)));
afterAll(async () => {
  await server.close();
  await db.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the yente-compatible API under /yente', () => {
  it("answers the request of yente's documentation in yente's shape, with exposure per regime", async () => {
    // The request of OpenSanctions' API examples (curl, "Persons matching by name and date of birth"), another name.
    const response = await post('/yente/match/default', {
      queries: { q1: { schema: 'Person', properties: { name: ['Chen Zhi'], birthDate: ['1987-12-16'] } } },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ limit: 5, matcher: expect.objectContaining({ name_match: expect.any(Object) }) });
    const q1 = body.responses.q1;
    expect(q1).toMatchObject({ status: 200, total: { relation: 'eq' }, query: { schema: 'Person' } });
    expect(q1.results[0]).toMatchObject({
      id: 'chen-zhi',
      caption: 'Chen Zhi',
      schema: 'Person',
      match: true,
      datasets: expect.arrayContaining(['us-treasury-ofac', 'uk-fcdo-ofsi']),
      features: expect.objectContaining({ name_match: 1 }),
    });
    expect(q1.results[0].properties.name).toEqual(['Chen Zhi']);
    expect(q1.results[0].exposure).toEqual(expect.arrayContaining([{ regime: 'US', status: 'listed' }]));
  });

  it('matches a firstName/lastName example within one dataset, and refuses an unknown dataset', async () => {
    const body = await (
      await post('/yente/match/us-treasury-ofac?threshold=0.8&limit=3', {
        queries: { a: { schema: 'LegalEntity', properties: { firstName: ['Zhi'], lastName: ['Chen'] } } },
      })
    ).json();
    expect(body.responses.a.results[0]).toMatchObject({ id: 'chen-zhi', match: true });
    expect((await post('/yente/match/nowhere', { queries: {} })).status).toBe(404);
  });

  it('serves the catalog, search, entities with their adjacent entities, and healthz', async () => {
    const catalog = await (await fetch(`${server.baseUrl}/yente/catalog`)).json();
    expect(catalog.datasets.map((d: { name: string }) => d.name)).toEqual(
      expect.arrayContaining(['default', 'us-treasury-ofac']),
    );
    const search = await (await fetch(`${server.baseUrl}/yente/search/default?q=prince%20holding`)).json();
    expect(search.results[0]).toMatchObject({ id: 'prince-holding-group', schema: expect.any(String) });
    const entity = await (await fetch(`${server.baseUrl}/yente/entities/chen-zhi`)).json();
    expect(entity).toMatchObject({ id: 'chen-zhi', caption: 'Chen Zhi', target: true });
    expect(entity.properties.sanctions.length).toBeGreaterThan(0);
    expect((await fetch(`${server.baseUrl}/yente/entities/no-such-entity`)).status).toBe(404);
    expect(await (await fetch(`${server.baseUrl}/yente/healthz`)).json()).toEqual({ status: 'ok' });
  });
});
