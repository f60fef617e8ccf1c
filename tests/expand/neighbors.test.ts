import { beforeAll, describe, expect, it } from 'vitest';
import type { NeighborPage } from '../../server/src/api/types.ts';
import { getJson } from '../support/fetchJson.ts';
import { useApiTestServer } from '../support/apiTestServer.ts';
import { testPrefix } from '../support/testDb.ts';

const prefix = testPrefix('hub');
const api = useApiTestServer({ cleanupPrefix: prefix });
const db = api.db;
const hubId = `${prefix}hub`;
const HOLDINGS = 10_000;
const DIRECTORS = 120;

const SOURCE = JSON.stringify({ reference: 'test hub', publisher: 'tests', date: '2026-01-01' });

/** A generated hub: a company owning 10,000 companies and directed by 120 people. */
async function createHub() {
  await db.writeTx((tx) =>
    tx.run(
      `CREATE (hub:Entity:Company {id: $hubId, name: 'Test Hub Holdings', aliases: [], sources: [$source]})
       WITH hub
       UNWIND range(1, $holdings) AS i
       CREATE (hub)-[:OWNS {id: $prefix + 'owns-' + i, percentage: 100, sources: [$source]}]->
              (:Entity:Company {id: $prefix + 'c' + i, name: 'Held Company ' + i, aliases: [], sources: [$source]})`,
      { hubId, holdings: HOLDINGS, prefix, source: SOURCE },
    ),
  );
  await db.writeTx((tx) =>
    tx.run(
      `MATCH (hub:Entity {id: $hubId})
       UNWIND range(1, $directors) AS i
       CREATE (:Entity:Person {id: $prefix + 'p' + i, name: 'Director ' + i, aliases: [], sources: [$source]})
              -[:DIRECTOR_OF {id: $prefix + 'dir-' + i, sources: [$source]}]->(hub)`,
      { hubId, directors: DIRECTORS, prefix, source: SOURCE },
    ),
  );
}

beforeAll(createHub);

const neighbors = (id: string, query = '') =>
  getJson<NeighborPage>(api.baseUrl, `/api/entities/${id}/neighbors${query}`);

describe('GET /api/entities/:id/neighbors on the seed graph', () => {
  it('returns only sanction edges of Prince Holding Group when filtered to SANCTIONED_BY', async () => {
    const { status, body } = await neighbors('prince-holding-group', '?types=SANCTIONED_BY');
    expect(status).toBe(200);
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e) => e.type === 'SANCTIONED_BY' && e.source === 'prince-holding-group')).toBe(true);
    expect(body.nodes.map((n) => n.id)).toContain('us-treasury-ofac');
    expect(body.nodes.every((n) => n.kind === 'PublicBody')).toBe(true);
    expect(body.counts).toEqual({ SANCTIONED_BY: body.edges.length });
    expect(body.center).toMatchObject({ id: 'prince-holding-group', sanctioned: true });
  });

  it('gives every edge its id, type, endpoints and properties, and every node what the canvas draws', async () => {
    const { body } = await neighbors('chen-zhi', '?types=SANCTIONED_BY,OWNS');
    const ofac = body.edges.find((e) => e.target === 'us-treasury-ofac')!;
    expect(ofac).toMatchObject({
      type: 'SANCTIONED_BY',
      source: 'chen-zhi',
      program: 'TCO',
      listId: '55505',
      listedOn: '2025-10-14',
    });
    expect(ofac.sources[0]).toHaveProperty('publisher');
    for (const node of body.nodes)
      expect(Object.keys(node).sort()).toEqual(['degree', 'id', 'kind', 'name', 'sanctioned']);
  });

  it('follows the requested direction', async () => {
    const incoming = await neighbors('us-treasury-ofac', '?direction=in&types=SANCTIONED_BY&limit=5');
    expect(incoming.body.edges.every((e) => e.target === 'us-treasury-ofac')).toBe(true);
    const outgoing = await neighbors('us-treasury-ofac', '?direction=out&types=SANCTIONED_BY');
    expect(outgoing.body).toMatchObject({ edges: [], nodes: [], counts: {}, total: 0, nextCursor: null });
  });
});

describe('hub-safe expansion', () => {
  it('returns a first page of 50 and the totals of a 10,000-neighbour hub', async () => {
    const { status, body } = await neighbors(hubId);
    expect(status).toBe(200);
    expect(body.edges).toHaveLength(50);
    expect(body.nodes).toHaveLength(50);
    expect(body.counts).toEqual({ OWNS: HOLDINGS, DIRECTOR_OF: DIRECTORS });
    expect(body.total).toBe(HOLDINGS + DIRECTORS);
    expect(body.center.degree).toBe(HOLDINGS + DIRECTORS);
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it('pages through every neighbour exactly once with the cursor', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?types=OWNS&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const { body } = await neighbors(hubId, query);
      for (const edge of body.edges) {
        expect(seen.has(edge.id)).toBe(false);
        seen.add(edge.id);
      }
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(seen.size).toBe(HOLDINGS);
    expect(pages).toBe(HOLDINGS / 500);
  });

  it('continues across relationship types on later pages', async () => {
    const first = await neighbors(hubId, '?direction=in');
    expect(first.body.edges.every((e) => e.type === 'DIRECTOR_OF')).toBe(true);
    const second = await neighbors(
      hubId,
      `?direction=in&cursor=${encodeURIComponent(first.body.nextCursor!)}&limit=100`,
    );
    expect(second.body.edges).toHaveLength(DIRECTORS - 50);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('GET /api/entities/:id/neighbors with bad input', () => {
  it('answers an unknown entity with 404', async () => {
    const { status, body } = await neighbors('no-such-entity');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'not_found', details: { id: 'no-such-entity' } });
  });

  it.each([
    ['an unknown relationship type', '?types=OWNS,KNOWS'],
    ['a Cypher injection as type', '?types=OWNS]-()%20DETACH%20DELETE%20n%20//'],
    ['an empty type list', '?types=,'],
    ['an unknown direction', '?direction=sideways'],
    ['a limit above 500', '?limit=501'],
    ['a huge limit', '?limit=99999999999'],
    ['a negative limit', '?limit=-1'],
    ['a fractional limit', '?limit=2.5'],
  ])('answers %s with 400 invalid_input', async (_what, query) => {
    const { status, body } = await neighbors('chen-zhi', query);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
  });

  it('names the allowed types when a type is unknown', async () => {
    const { body } = await neighbors('chen-zhi', '?types=KNOWS');
    expect(body.error.message).toContain('SANCTIONED_BY');
  });

  it.each(['abc', 'eyJ0eXBlIjoxfQ', '%00%01', '%ED%A0%80', Buffer.from('{"type":"OWNS"}').toString('base64url')])(
    'answers a forged cursor %s with 400 invalid_cursor',
    async (cursor) => {
      const { status, body } = await neighbors('chen-zhi', `?cursor=${cursor}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe('invalid_cursor');
    },
  );
});
