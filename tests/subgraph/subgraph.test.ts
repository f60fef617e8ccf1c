import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import type { SubgraphResult } from '../../server/src/api/types.ts';
import { postJson } from '../support/fetchJson.ts';
import { useApiTestServer } from '../support/apiTestServer.ts';
import { HUB_DEGREE } from '../../server/src/subgraph/revealSubgraph.ts';
import { testPrefix } from '../support/testDb.ts';
import { MAX_SUBGRAPH_IDS } from '../../server/src/subgraph/contract.ts';

const prefix = testPrefix('subgraph');
const api = useApiTestServer({ cleanupPrefix: prefix });
const db = api.db;

const subgraph = (body: unknown) => postJson<SubgraphResult>(api.baseUrl, '/api/subgraph', body);

describe('POST /api/subgraph', () => {
  it('reveals every relationship among the nodes on screen, and only those', async () => {
    const ids = ['chen-zhi', 'prince-holding-group', 'us-treasury-ofac', 'uk-fcdo-ofsi'];
    const { status, body } = await subgraph({ ids });
    expect(status).toBe(200);
    expect(body.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(body.missing).toEqual([]);
    expect(body.edges.every((e) => ids.includes(e.source) && ids.includes(e.target))).toBe(true);
    const stored = await db.read(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN collect(r.id) AS ids',
      { ids },
    );
    expect(body.edges.map((e) => e.id).sort()).toEqual([...stored.records[0].get('ids')].sort());
    expect(body.edges.map((e) => e.id)).toContain('chen-zhi--director-of--prince-holding-group');
  });

  it('filters the revealed relationships by type', async () => {
    const { body } = await subgraph({
      ids: ['chen-zhi', 'prince-holding-group', 'us-treasury-ofac'],
      types: ['SANCTIONED_BY'],
    });
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

/** Two hubs above HUB_DEGREE, linked to each other both ways, each holding many companies, and a director. */
async function createHubs() {
  await db.writeTx(async (tx) => {
    await tx.run(
      `UNWIND ['a', 'b'] AS hub
       CREATE (h:Entity:Company {id: $prefix + hub, name: 'Hub ' + hub, aliases: [], sources: ['{}']})
       WITH h, hub UNWIND range(1, $holdings) AS i
       CREATE (h)-[:OWNS {id: $prefix + hub + '-owns-' + i, sources: ['{}']}]->
              (:Entity:Company {id: $prefix + hub + i, name: 'Held ' + i, aliases: [], sources: ['{}']})`,
      { prefix, holdings: HUB_DEGREE + 100 },
    );
    await tx.run(
      `MATCH (a:Entity {id: $prefix + 'a'}), (b:Entity {id: $prefix + 'b'}), (a1:Entity {id: $prefix + 'a1'}), (b1:Entity {id: $prefix + 'b1'})
       CREATE (a)-[:OWNS {id: $prefix + 'a-owns-b', sources: ['{}']}]->(b)
       CREATE (b)-[:CONTROLS {id: $prefix + 'b-controls-a', sources: ['{}']}]->(a)
       CREATE (a1)-[:OWNS {id: $prefix + 'a1-owns-b1', sources: ['{}']}]->(b1)
       CREATE (b1)-[:CONTROLS {id: $prefix + 'b1-controls-a', sources: ['{}']}]->(a)
       CREATE (:Entity:Person {id: $prefix + 'director', name: 'Director', aliases: [], sources: ['{}']})
              -[:DIRECTOR_OF {id: $prefix + 'director-of-a', sources: ['{}']}]->(a)`,
      { prefix },
    );
  });
}

describe('POST /api/subgraph around hubs', () => {
  it('finds every link of hubs with more than HUB_DEGREE relationships, in both directions', async () => {
    await createHubs();
    const ids = ['a', 'b', 'a1', 'a2', 'a3', 'b1', 'b2', 'director'].map((id) => `${prefix}${id}`);
    const { status, body } = await subgraph({ ids });
    expect(status).toBe(200);
    const stored = await db.read(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN collect(r.id) AS ids',
      { ids },
    );
    const expected = [...stored.records[0].get('ids')].sort();
    expect(expected).toHaveLength(10);
    expect(body.edges.map((e) => e.id).sort()).toEqual(expected);
    expect(body.nodes.find((n) => n.id === `${prefix}a`)!.degree).toBeGreaterThan(HUB_DEGREE);
  });
});

describe('POST /api/subgraph and nodes that are not entities', () => {
  it('reveals no link to a node that only shares an entity id', async () => {
    const [held, owner] = [`${prefix}held`, `${prefix}owner`];
    await db.writeTx(async (tx) => {
      await tx.run(
        `CREATE (o:Entity:Company {id: $owner, name: 'Owner', aliases: [], sources: ['{}']})
         CREATE (:Entity:Company {id: $held, name: 'Held', aliases: [], sources: ['{}']})
         CREATE (o)-[:OWNS {id: $owner + '-owns-copy', sources: ['{}']}]->(:NotAnEntity {id: $held})`,
        { owner, held },
      );
    });
    try {
      const { status, body } = await subgraph({ ids: [owner, held] });
      expect(status).toBe(200);
      expect(body.nodes.map((n) => n.id).sort()).toEqual([held, owner].sort());
      expect(body.edges).toEqual([]);
    } finally {
      await db.writeTx((tx) => tx.run('MATCH (n:NotAnEntity {id: $held}) DETACH DELETE n', { held }));
    }
  });
});

describe('POST /api/subgraph for a large canvas', () => {
  it('reopens 5,000 entities in one request, with every link among them', async () => {
    const count = 5_000;
    await db.writeTx(async (tx) => {
      await tx.run(
        `UNWIND range(0, $count - 1) AS i
         CREATE (:Entity:Company {id: $prefix + 'big-' + i, name: 'Big ' + i, aliases: [], sources: ['{}']})`,
        { prefix, count: neo4j.int(count) },
      );
      // Each company owns the next, and every tenth also the one 37 further on (mod count): 5,500 links.
      await tx.run(
        `UNWIND range(0, $count - 1) AS i
         MATCH (a:Entity {id: $prefix + 'big-' + i})
         MATCH (b:Entity) WHERE b.id IN [$prefix + 'big-' + ((i + 1) % $count), CASE WHEN i % 10 = 0 THEN $prefix + 'big-' + ((i + 37) % $count) END]
         CREATE (a)-[:OWNS {id: $prefix + 'big-' + i + '-owns-' + b.id, sources: ['{}']}]->(b)`,
        { prefix, count: neo4j.int(count) },
      );
    });
    const ids = Array.from({ length: count }, (_, i) => `${prefix}big-${i}`);
    const { status, body } = await subgraph({ ids });
    expect(status, JSON.stringify(body).slice(0, 500)).toBe(200);
    expect(body.nodes).toHaveLength(count);
    expect(body.missing).toEqual([]);
    expect(body.edges).toHaveLength(5_500);
    expect(new Set(body.edges.map((e) => e.id)).size).toBe(5_500);
  });
});

describe('POST /api/subgraph with bad input', () => {
  it.each(['{"ids": [', '"chen-zhi"', 'ids=chen-zhi'])(
    'answers the malformed JSON body %s with 400 malformed_json',
    async (text) => {
      const { status, body } = await subgraph(text);
      expect(status).toBe(400);
      expect(body.error.code).toBe('malformed_json');
    },
  );

  it.each([
    ['no ids', {}],
    ['an empty id list', { ids: [] }],
    ['ids that are not strings', { ids: [1, 2] }],
    ['an unknown type', { ids: ['chen-zhi'], types: ['LOVES'] }],
    ['an unknown field', { ids: ['chen-zhi'], depth: 3 }],
    ['more than MAX_SUBGRAPH_IDS ids', { ids: Array.from({ length: MAX_SUBGRAPH_IDS + 1 }, (_, i) => `id-${i}`) }],
    ['a JSON array', ['chen-zhi']],
  ])('answers %s with 400 invalid_input', async (_what, input) => {
    const { status, body } = await subgraph(input);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
  });
});
