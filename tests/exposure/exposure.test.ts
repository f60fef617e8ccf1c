import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExposureResult, RegimeExposure } from '../../server/src/api/types.ts';
import { writeHandMadeGraph } from '../support/handMadeGraph.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb, removeTestEntities, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('exposure');
let server: TestServer;

const OFAC = 'us-treasury-ofac';
const UK = 'uk-fcdo-ofsi';
const listed = (source: string, authority: string, listedOn = '2025-10-14') => ({
  type: 'SANCTIONED_BY' as const,
  source,
  target: authority,
  program: 'TEST',
  listId: `${source}-id`,
  listedOn,
});
const owns = (source: string, target: string, percentage?: number, dates: Record<string, string> = {}) => ({
  type: 'OWNS' as const,
  source,
  target,
  ...(percentage === undefined ? {} : { percentage }),
  ...dates,
});

beforeAll(async () => {
  await writeHandMadeGraph(db, prefix, {
    entities: [
      ['x', 'Person'],
      ['y', 'Person'],
      ['p', 'Person'],
      ...(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o'] as const).map(
        (id) => [id, 'Company'] as [string, 'Company'],
      ),
    ],
    relationships: [
      listed('x', OFAC),
      listed('x', UK),
      listed('y', OFAC),
      listed('y', UK),
      listed('p', UK),
      owns('x', 'a', 30),
      owns('y', 'a', 25), // a: 30% + 25% by two listed owners
      owns('x', 'b', 50),
      owns('b', 'c', 50), // c: 50% of 50%
      owns('x', 'd', 49), // d: 49%
      owns('x', 'e', 25),
      owns('x', 'f', 50),
      owns('f', 'e', 25), // e: 25% + 25% via f
      owns('x', 'g'), // g: unknown percentage
      owns('x', 'h', 50),
      owns('h', 'i', 60),
      owns('i', 'h', 60), // h <-> i: a cycle
      owns('y', 'j', 100, { startDate: '2025-01-01' }), // j: owned by y, listed 2025-10-14
      { type: 'CONTROLS', source: 'p', target: 'k' }, // k: controlled by a UK-designated person
      owns('p', 'l', 60),
      owns('l', 'm', 60), // m: UK, through an entity p owns more than 50% of
      owns('x', 'n', 100, { endDate: '2025-12-31' }), // n: a holding that ended
      owns('x', 'o'),
      owns('y', 'o', 60),
      owns('p', 'o', 40), // o: the unknown holding cannot be more than 0%
    ],
  });
  server = await startTestServer(db);
});

afterAll(async () => {
  await server.close();
  await removeTestEntities(db, prefix);
  await db.close();
});

async function exposure(id: string, asOf?: string): Promise<ExposureResult> {
  const response = await fetch(
    `${server.baseUrl}/api/entities/${encodeURIComponent(prefix + id)}/exposure${asOf ? `?asOf=${asOf}` : ''}`,
  );
  expect(response.status).toBe(200);
  return response.json();
}
const regime = (result: ExposureResult, name: 'US' | 'UK'): RegimeExposure =>
  result.regimes.find((r) => r.regime === name)!;

describe('GET /api/entities/:id/exposure', () => {
  it('blocks 30% + 25% held by two listed owners under the US rule, but not under the UK rule', async () => {
    const result = await exposure('a');
    const us = regime(result, 'US');
    expect(us.status).toBe('blocked');
    expect(us.aggregatePercentage).toBe(55);
    expect(us.holdings.map((h) => [h.ownerId, h.percentage, h.ownerStatus]).sort()).toEqual([
      [`${prefix}x`, 30, 'listed'],
      [`${prefix}y`, 25, 'listed'],
    ]);
    expect(us.explanation).toMatch(/^Blocked under OFAC's 50% rule: .*30% held by x \(test\) \(listed 2025-10-14\)/);
    expect(regime(result, 'UK').status).toBe('clear');
    expect(regime(result, 'UK').explanation).toMatch(/holdings of different persons are not added up/);
  });

  it('blocks 50% of 50% under the US rule, with the chain from the listed root and its listing', async () => {
    const us = regime(await exposure('c'), 'US');
    expect(us.status).toBe('blocked');
    expect(us.chains).toEqual([
      {
        nodeIds: [`${prefix}x`, `${prefix}b`, `${prefix}c`],
        edgeIds: [expect.any(String), expect.any(String)],
        percentages: [50, 50],
        root: {
          id: `${prefix}x`,
          name: 'x (test)',
          listings: [expect.objectContaining({ authorityId: OFAC, program: 'TEST', listedOn: '2025-10-14' })],
        },
      },
    ]);
    expect(us.explanation).toContain('50% held by b (test) (blocked via x (test))');
  });

  it('does not block 49%', async () => {
    const us = regime(await exposure('d'), 'US');
    expect(us.status).toBe('clear');
    expect(us.aggregatePercentage).toBe(49);
  });

  it('adds 25% held by a listed owner to 25% held by an entity that owner blocks', async () => {
    const us = regime(await exposure('e'), 'US');
    expect(us.status).toBe('blocked');
    expect(us.aggregatePercentage).toBe(50);
    expect(us.chains.map((c) => c.nodeIds.length).sort()).toEqual([2, 3]);
  });

  it('calls an ownership of unknown percentage "possibly exposed" and does not guess', async () => {
    const result = await exposure('g');
    for (const name of ['US', 'UK'] as const) {
      const r = regime(result, name);
      expect(r.status).toBe('possibly_exposed');
      expect(r.holdings).toEqual([expect.objectContaining({ ownerId: `${prefix}x`, percentage: null })]);
      expect(r.explanation).toMatch(/unknown percentage/);
    }
  });

  it('does not call an unknown holding possible when known holdings leave no room for it', async () => {
    expect(regime(await exposure('o'), 'US').status).toBe('blocked'); // y holds 60%
    const uk = regime(await exposure('o'), 'UK');
    expect(uk.status).toBe('blocked'); // y alone holds more than 50%
  });

  it('terminates on an ownership cycle and blocks both members through the listed owner', async () => {
    const [h, i] = [await exposure('h'), await exposure('i')];
    expect(regime(h, 'US').status).toBe('blocked');
    expect(regime(i, 'US').status).toBe('blocked');
    expect(regime(i, 'US').chains[0].nodeIds).toEqual([`${prefix}x`, `${prefix}h`, `${prefix}i`]);
  });

  it('ignores listings after asOf and relationships outside their dates', async () => {
    expect(regime(await exposure('j', '2025-10-13'), 'US').status).toBe('clear');
    expect(regime(await exposure('j', '2025-10-14'), 'US').status).toBe('blocked');
    expect(regime(await exposure('y', '2025-10-13'), 'US').status).toBe('clear');
    expect(regime(await exposure('n', '2025-11-01'), 'US').status).toBe('blocked');
    expect(regime(await exposure('n', '2026-01-05'), 'US').status).toBe('clear');
  });

  it('treats an entity controlled by a UK-designated person as designated, but not under the US rule', async () => {
    const result = await exposure('k');
    expect(regime(result, 'UK').status).toBe('blocked');
    expect(regime(result, 'UK').holdings).toEqual([
      expect.objectContaining({ type: 'CONTROLS', ownerId: `${prefix}p`, ownerStatus: 'listed' }),
    ]);
    expect(regime(result, 'US').status).toBe('clear');
  });

  it('follows UK ownership through an entity the designated person owns more than 50% of', async () => {
    const uk = regime(await exposure('m'), 'UK');
    expect(uk.status).toBe('blocked');
    expect(uk.chains[0]).toMatchObject({ nodeIds: [`${prefix}p`, `${prefix}l`, `${prefix}m`], percentages: [60, 60] });
  });

  it('answers for listed entities with their listing, and says it is not legal advice', async () => {
    const result = await exposure('x');
    expect(regime(result, 'US')).toMatchObject({
      status: 'listed',
      listings: [expect.objectContaining({ authorityId: OFAC, listedOn: '2025-10-14' })],
    });
    expect(result.disclaimer).toMatch(/not legal advice/);
    expect(result.scope.complete).toBe(true);
  });

  it('treats Geotech Holdings in the seed as designated under the UK test because Chen Zhi controls it', async () => {
    const response = await fetch(`${server.baseUrl}/api/entities/geotech-holdings/exposure?asOf=2026-01-01`);
    const result: ExposureResult = await response.json();
    expect(regime(result, 'US').status).toBe('listed');
    expect(regime(result, 'UK')).toMatchObject({
      status: 'blocked',
      holdings: [expect.objectContaining({ ownerId: 'chen-zhi', type: 'CONTROLS' })],
    });
  });

  it('answers 404 for an unknown entity and 400 for a bad asOf or id', async () => {
    const unknown = await fetch(`${server.baseUrl}/api/entities/${prefix}nobody/exposure`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
    for (const query of ['asOf=2025-13-01', 'asOf=yesterday', 'asOf=2025-02-30', 'asOf=2025-10', 'other=1']) {
      const bad = await fetch(`${server.baseUrl}/api/entities/chen-zhi/exposure?${query}`);
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.code).toBe('invalid_input');
    }
    expect((await fetch(`${server.baseUrl}/api/entities/${encodeURIComponent('bad id!')}/exposure`)).status).toBe(400);
  });
});
