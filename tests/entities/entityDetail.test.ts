import { describe, expect, it } from 'vitest';
import type { EntityDetail } from '../../server/src/api/types.ts';
import { getJson } from '../support/fetchJson.ts';
import { useApiTestServer } from '../support/apiTestServer.ts';

const api = useApiTestServer();
const db = api.db;

const entity = (id: string) => getJson<EntityDetail>(api.baseUrl, `/api/entities/${encodeURIComponent(id)}`);

describe('GET /api/entities/:id', () => {
  it("gives Chen Zhi's properties, aliases and sources", async () => {
    const { status, body } = await entity('chen-zhi');
    expect(status).toBe(200);
    expect(body.entity).toMatchObject({ id: 'chen-zhi', name: 'Chen Zhi', kind: 'Person', birthPlace: 'China' });
    expect(body.entity.aliases).toContain('Vincent');
    expect(body.entity.sources.length).toBeGreaterThan(0);
    expect(body.entity.sources[0]).toHaveProperty('publisher');
    expect(body.entity).not.toHaveProperty('aliasText');
    expect(body.entity).not.toHaveProperty('searchText');
  });

  it('lists his US and UK sanctions with authority, program, date and list id', async () => {
    const { body } = await entity('chen-zhi');
    expect(body.sanctioned).toBe(true);
    expect(body.sanctions).toContainEqual(
      expect.objectContaining({
        authorityId: 'us-treasury-ofac',
        program: 'TCO',
        listId: '55505',
        listedOn: '2025-10-14',
      }),
    );
    expect(body.sanctions).toContainEqual(expect.objectContaining({ authorityId: 'uk-fcdo-ofsi', listId: 'GHR0179' }));
    expect(body.sanctions.every((s) => s.sources.length > 0)).toBe(true);
  });

  it('counts relationships by type and direction, and the counts add up to the degree', async () => {
    const { body } = await entity('chen-zhi');
    const sanctions = body.relationshipCounts.find((c) => c.type === 'SANCTIONED_BY' && c.direction === 'out');
    expect(sanctions?.count).toBe(body.sanctions.length);
    expect(body.relationshipCounts.reduce((sum, c) => sum + c.count, 0)).toBe(body.degree);
    const stored = await db.read("MATCH (:Entity {id: 'chen-zhi'})-[r]-() RETURN count(r) AS n");
    expect(body.degree).toBe(stored.records[0].get('n'));
  });

  it('counts incoming relationships of an authority as "in"', async () => {
    const { body } = await entity('us-treasury-ofac');
    expect(body.sanctioned).toBe(false);
    expect(body.sanctions).toEqual([]);
    const listed = body.relationshipCounts.find((c) => c.type === 'SANCTIONED_BY');
    expect(listed?.direction).toBe('in');
    expect(listed!.count).toBeGreaterThan(30);
  });

  it('answers an unknown id with 404 and a clear message', async () => {
    const { status, body } = await entity('no-such-entity');
    expect(status).toBe(404);
    expect(body).toEqual({
      error: { code: 'not_found', message: 'No entity with id "no-such-entity".', details: { id: 'no-such-entity' } },
    });
  });

  it('answers an id that cannot exist with 400', async () => {
    const { status, body } = await entity('bad id with spaces');
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
  });
});
