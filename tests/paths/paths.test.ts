import { beforeAll, describe, expect, it } from 'vitest';
import type { PathResult } from '../../server/src/api/types.ts';
import { seededRandom } from '../../server/bench/syntheticGraph.ts';
import { toGraphEdge } from '../../server/src/db/mapping.ts';
import {
  pathsStatement,
  shortestPathRecords,
  type PathParams,
  type StoredPath,
} from '../../server/src/paths/findShortestPaths.ts';
import { getJson } from '../support/fetchJson.ts';
import { useApiTestServer } from '../support/apiTestServer.ts';
import { testPrefix } from '../support/testDb.ts';

const prefix = testPrefix('paths');
const api = useApiTestServer({ cleanupPrefix: prefix });
const db = api.db;

beforeAll(async () => {
  // A chain of 8 ownership hops from an island node, to check the hop bound, and an isolated node.
  await db.writeTx(async (tx) => {
    await tx.run(
      `UNWIND range(0, 8) AS i CREATE (:Entity:Company {id: $prefix + i, name: 'Chain ' + i, aliases: [], sources: ['{}']})
       WITH count(*) AS created
       CREATE (:Entity:Company {id: $prefix + 'alone', name: 'Alone', aliases: [], sources: ['{}']})`,
      { prefix },
    );
    await tx.run(
      `UNWIND range(0, 7) AS i
       MATCH (a:Entity {id: $prefix + i}), (b:Entity {id: $prefix + (i + 1)})
       CREATE (a)-[:OWNS {id: $prefix + 'owns-' + i, sources: ['{}']}]->(b)`,
      { prefix },
    );
  });
});

const paths = (query: string) => getJson<PathResult>(api.baseUrl, `/api/paths?${query}`);

describe('GET /api/paths', () => {
  it('links Chen Zhi to China through the extradition event', async () => {
    const { status, body } = await paths('from=chen-zhi&to=china&types=INVOLVED_IN');
    expect(status).toBe(200);
    const viaExtradition = body.paths.find((p) => p.nodeIds.includes('event-extradition-chen-zhi-2026-01-07'));
    expect(viaExtradition).toBeDefined();
    expect(viaExtradition!.nodeIds).toEqual(['chen-zhi', 'event-extradition-chen-zhi-2026-01-07', 'china']);
    expect(body.paths.every((p) => p.nodeIds.length === 3 && p.edgeIds.length === 2)).toBe(true);
    const edgeTypes = new Set(body.edges.map((e) => e.type));
    expect([...edgeTypes]).toEqual(['INVOLVED_IN']);
    for (const id of viaExtradition!.edgeIds) expect(body.edges.map((e) => e.id)).toContain(id);
    expect(body.nodes.find((n) => n.id === 'chen-zhi')).toMatchObject({ kind: 'Person', sanctioned: true });
  });

  it('takes the shortest route over all types by default', async () => {
    const { body } = await paths('from=chen-zhi&to=china');
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths.every((p) => p.edgeIds.length === 1)).toBe(true);
    expect(body.edges[0]).toMatchObject({ type: 'NATIONAL_OF', source: 'chen-zhi', target: 'china' });
  });

  it('respects direction: the ownership chain is walked forwards only with direction=out', async () => {
    const forwards = await paths(`from=${prefix}0&to=${prefix}3&direction=out`);
    expect(forwards.body.paths[0].nodeIds).toEqual([`${prefix}0`, `${prefix}1`, `${prefix}2`, `${prefix}3`]);
    const backwards = await paths(`from=${prefix}3&to=${prefix}0&direction=out`);
    expect(backwards.status).toBe(200);
    expect(backwards.body.paths).toEqual([]);
  });

  it('stops at maxHops: 8 hops are not found within the default 6 but are within 8', async () => {
    expect((await paths(`from=${prefix}0&to=${prefix}8`)).body.paths).toEqual([]);
    const within8 = await paths(`from=${prefix}0&to=${prefix}8&maxHops=8`);
    expect(within8.body.paths[0].edgeIds).toHaveLength(8);
  });

  it('avoids hubs on request: Chen Zhi reaches Qiu Weiren through Cambodia only while hubs are allowed', async () => {
    const query = 'from=chen-zhi&to=qiu-weiren&types=NATIONAL_OF&maxHops=4';
    const throughHubs = await paths(query);
    expect(throughHubs.body.paths.length).toBeGreaterThan(0);
    const via = new Set(throughHubs.body.paths.flatMap((p) => p.nodeIds.slice(1, -1)));
    const smallest = Math.min(...throughHubs.body.nodes.filter((n) => via.has(n.id)).map((n) => n.degree));
    const avoided = await paths(`${query}&avoidHubsAbove=${smallest - 1}`);
    expect(avoided.status).toBe(200);
    for (const path of avoided.body.paths)
      for (const id of path.nodeIds.slice(1, -1))
        expect(avoided.body.nodes.find((n) => n.id === id)!.degree).toBeLessThanOrEqual(smallest - 1);
    expect(avoided.body.paths.some((p) => p.nodeIds.some((id) => via.has(id)))).toBe(false);
  });

  it('gives the exact answer when no node passed through is above the hub bound, in every direction', async () => {
    for (const query of [
      'from=chen-zhi&to=qiu-weiren',
      'from=chen-zhi&to=china&maxHops=4',
      `from=${prefix}0&to=${prefix}3&direction=out`,
      `from=${prefix}3&to=${prefix}0&direction=in`,
    ]) {
      // limit=100 so that both return every shortest path, not two different first tens.
      const exact = await paths(`${query}&limit=100`);
      expect(exact.body.paths.length).toBeLessThan(100);
      const bounded = await paths(`${query}&limit=100&avoidHubsAbove=1000000`);
      const sorted = (body: typeof exact.body) => body.paths.map((p) => p.edgeIds.join(' ')).sort();
      expect(sorted(bounded.body), query).toEqual(sorted(exact.body));
    }
  });

  it('keeps the two ends even when they are hubs themselves', async () => {
    const { body } = await paths('from=chen-zhi&to=us-treasury-ofac&types=SANCTIONED_BY&avoidHubsAbove=1');
    expect(body.paths.map((p) => p.nodeIds)).toEqual([['chen-zhi', 'us-treasury-ofac']]);
  });

  it('refuses an avoidHubsAbove that is not a positive whole number (400)', async () => {
    for (const bad of ['0', '-3', '2.5', 'many']) {
      const { status, body } = await paths(`from=chen-zhi&to=china&avoidHubsAbove=${bad}`);
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toContain('avoidHubsAbove');
    }
  });

  it('answers "no path" with an empty result, not an error', async () => {
    const { status, body } = await paths(`from=chen-zhi&to=${prefix}alone`);
    expect(status).toBe(200);
    expect(body).toEqual({ nodes: [], edges: [], paths: [] });
  });

  it('bounds the number of paths returned', async () => {
    const all = await paths(
      'from=chen-zhi&to=us-treasury-ofac&maxHops=3&types=SANCTIONED_BY,DIRECTOR_OF,OWNS&limit=100',
    );
    const two = await paths('from=chen-zhi&to=us-treasury-ofac&maxHops=3&types=SANCTIONED_BY,DIRECTOR_OF,OWNS&limit=2');
    expect(two.body.paths.length).toBeLessThanOrEqual(2);
    expect(all.body.paths.length).toBeGreaterThanOrEqual(two.body.paths.length);
  });
});

type Link = { from: number; to: number; type: string };

/**
 * A random graph of 240 companies with three hubs of 60 links each (the country and authority hubs of real data,
 * in small), 20 nodes that two ends share (for more shortest paths than a limit), and links of four types.
 */
async function writeHubGraph(hubPrefix: string): Promise<Link[]> {
  const random = seededRandom(15);
  const types = ['OWNS', 'DIRECTOR_OF', 'ASSOCIATE_OF', 'LOCATED_IN'];
  const links: Link[] = [];
  for (let i = 0; i < 480; i++) links.push({ from: i % 240, to: Math.floor(random() * 240), type: types[i % 4] });
  for (let hub = 0; hub < 3; hub++)
    for (let k = 0; k < 60; k++) links.push({ from: 3 + Math.floor(random() * 237), to: hub, type: 'LOCATED_IN' });
  for (let k = 0; k < 20; k++)
    links.push({ from: 240, to: 250 + k, type: 'OWNS' }, { from: 250 + k, to: 241, type: 'OWNS' });
  await db.writeTx(async (tx) => {
    await tx.run(
      `UNWIND range(0, 269) AS i CREATE (:Entity:Company {id: $prefix + i, name: 'Hub graph ' + i, aliases: [], sources: ['{}']})`,
      { prefix: hubPrefix },
    );
    for (const type of types)
      await tx.run(
        `UNWIND $links AS link WITH link WHERE link.from <> link.to
         MATCH (a:Entity {id: $prefix + link.from}), (b:Entity {id: $prefix + link.to})
         CREATE (a)-[:${type} {id: $prefix + 'link-' + link.index, sources: ['{}']}]->(b)`,
        {
          prefix: hubPrefix,
          links: links.flatMap(({ from, to, type: t }, index) =>
            t === type ? [{ from: `${from}`, to: `${to}`, index: `${index}` }] : [],
          ),
        },
      );
  });
  return links;
}

describe('GET /api/paths, exact over hubs', () => {
  const hubPrefix = `${prefix}hub-`;
  let links: Link[] = [];
  beforeAll(async () => {
    links = await writeHubGraph(hubPrefix);
  });

  const edgeKeys = (paths: StoredPath[]) => paths.map((p) => p.edges.map((e) => toGraphEdge(e).id).join(' ')).sort();

  /** Neo4j's allShortestPaths in one search: the baseline the explorer's search must agree with. */
  async function baseline(params: PathParams): Promise<string[]> {
    const { cypher, params: values } = pathsStatement(params);
    return edgeKeys((await db.read(cypher, values)).records[0].get('paths') as StoredPath[]);
  }

  it('finds exactly the paths a single allShortestPaths search finds, met in the middle up to 5 steps, in every direction', async () => {
    const random = seededRandom(16);
    const seen = new Set<string>();
    for (let i = 0; i < 240; i++) {
      const direction = (['both', 'out', 'in'] as const)[i % 3];
      // One pair in four is the two ends of a link (one step), the others any two companies.
      const link = links[Math.floor(random() * links.length)];
      const [from, to] =
        i % 4 === 1
          ? direction === 'in'
            ? [link.to, link.from]
            : [link.from, link.to]
          : [Math.floor(random() * 240), Math.floor(random() * 240)];
      if (from === to) continue;
      const types = i % 4 === 0 ? (['OWNS', 'LOCATED_IN'] as const) : undefined;
      const ends = { from: hubPrefix + from, to: hubPrefix + to };
      const params: PathParams = {
        ...ends,
        direction,
        maxHops: 6,
        limit: 100,
        ...(types ? { types: [...types] } : {}),
      };
      // No end of this small graph is near a hub of MIDDLE_MIN_REACH walks: every pair may meet in the middle.
      const found = await shortestPathRecords(db, params, 0);
      const expected = await baseline(params);
      expect(expected.length, JSON.stringify(params)).toBeLessThan(100);
      expect(edgeKeys(found.paths), JSON.stringify(params)).toEqual(expected);
      const length = found.paths[0]?.edges.length ?? 0;
      if (length > 0) expect(found.plan, JSON.stringify(params)).toBe(length <= 5 ? 'middle' : 'one search');
      if (length > 0) seen.add(`${length} ${direction}`);
    }
    // Each length from 1 to 5 met in the middle in every direction, and 6 steps asked in one search.
    for (const direction of ['both', 'out', 'in'])
      for (const length of [1, 2, 3, 4, 5]) expect(seen, `${length} ${direction}`).toContain(`${length} ${direction}`);
    expect([...seen].some((key) => key.startsWith('6 '))).toBe(true);
  });

  it('answers the API with the same paths, in one search where neither end is near a hub', async () => {
    const params: PathParams = {
      from: `${hubPrefix}7`,
      to: `${hubPrefix}130`,
      direction: 'both',
      maxHops: 6,
      limit: 100,
    };
    const { body } = await paths(`from=${params.from}&to=${params.to}&limit=100`);
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths.map((p) => p.edgeIds.join(' ')).sort()).toEqual(await baseline(params));
    expect((await shortestPathRecords(db, params)).plan).toBe('one search');
    expect((await shortestPathRecords(db, params, 0)).plan).toBe('middle');
  });

  it('gives at most limit paths, all different and all of the shortest length, where there are more', async () => {
    const { body } = await paths(`from=${hubPrefix}240&to=${hubPrefix}241&limit=7`);
    expect(body.paths).toHaveLength(7);
    expect(new Set(body.paths.map((p) => p.nodeIds.join(' '))).size).toBe(7);
    expect(body.paths.every((p) => p.nodeIds.length === 3 && p.nodeIds[1].startsWith(`${hubPrefix}2`))).toBe(true);
    const all = await paths(`from=${hubPrefix}240&to=${hubPrefix}241&limit=100`);
    expect(all.body.paths).toHaveLength(20);
    // The same when met in the middle, which stops at the limit rather than finishing a search level.
    const ends = { from: `${hubPrefix}240`, to: `${hubPrefix}241`, direction: 'both' as const, maxHops: 6 };
    const seven = await shortestPathRecords(db, { ...ends, limit: 7 }, 0);
    expect(seven.plan).toBe('middle');
    expect(new Set(edgeKeys(seven.paths)).size).toBe(7);
    expect(seven.paths.every((p) => p.edges.length === 2)).toBe(true);
    expect((await shortestPathRecords(db, { ...ends, limit: 100 }, 0)).paths).toHaveLength(20);
  });
});

describe('GET /api/paths with bad input', () => {
  it('answers an unknown endpoint entity with 404 naming it', async () => {
    for (const [query, missing] of [
      ['from=nope-a&to=china', 'nope-a'],
      ['from=chen-zhi&to=nope-b', 'nope-b'],
    ]) {
      const { status, body } = await paths(query);
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ code: 'not_found', details: { id: missing } });
    }
  });

  it.each([
    ['a missing to', 'from=chen-zhi'],
    ['the same entity twice', 'from=chen-zhi&to=chen-zhi'],
    ['maxHops above 10', 'from=chen-zhi&to=china&maxHops=11'],
    ['maxHops of 0', 'from=chen-zhi&to=china&maxHops=0'],
    ['a non-numeric maxHops', 'from=chen-zhi&to=china&maxHops=*'],
    ['an unknown type', 'from=chen-zhi&to=china&types=FRIEND_OF'],
    ['a huge limit', 'from=chen-zhi&to=china&limit=1000000'],
    ['an unknown direction', 'from=chen-zhi&to=china&direction=up'],
  ])('answers %s with 400 invalid_input', async (_what, query) => {
    const { status, body } = await paths(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
  });
});
