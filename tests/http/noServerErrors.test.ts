import { describe, expect, it } from 'vitest';
import { useApiTestServer } from '../support/apiTestServer.ts';

const api = useApiTestServer();
const db = api.db;

/** What users (and attackers) type: operators, quotes, escapes, injections, odd numbers, control characters. */
const NASTY = [
  '',
  ' ',
  '*',
  '~',
  '"',
  '\\',
  '?',
  'chen AND (',
  'OR',
  'NOT',
  "'; MATCH (n) DETACH DELETE n //",
  '`',
  '$(x)',
  '%',
  '\u0000',
  'a'.repeat(3000),
  '😀 陈志',
  '[]',
  '{}',
  '-1',
  '0',
  '1e309',
  'NaN',
  '1.5',
  '500',
  '501',
  'OWNS,',
  ',OWNS',
  'owns',
];

const e = encodeURIComponent;

/** Every parameter of every read endpoint, with x in its place. */
const targets = (x: string) => [
  `/api/search?q=${e(x)}`,
  `/api/search?q=chen&kinds=${e(x)}`,
  `/api/search?q=chen&limit=${e(x)}`,
  `/api/entities/${e(x)}`,
  `/api/entities/${e(x)}/neighbors`,
  `/api/entities/chen-zhi/neighbors?types=${e(x)}`,
  `/api/entities/chen-zhi/neighbors?direction=${e(x)}`,
  `/api/entities/chen-zhi/neighbors?limit=${e(x)}`,
  `/api/entities/chen-zhi/neighbors?cursor=${e(x)}`,
  `/api/paths?from=${e(x)}&to=china`,
  `/api/paths?from=chen-zhi&to=china&maxHops=${e(x)}`,
  `/api/paths?from=chen-zhi&to=china&types=${e(x)}`,
  `/api/paths?from=chen-zhi&to=china&limit=${e(x)}`,
];

async function countGraph() {
  const result = await db.read(
    'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
  );
  return result.records[0].toObject();
}

describe('no input makes the API fail with a 500', () => {
  it('answers every nasty value in every query parameter with a 2xx or a 4xx error body, and changes nothing', async () => {
    const before = await countGraph();
    for (const x of NASTY) {
      for (const url of targets(x)) {
        const response = await fetch(`${api.baseUrl}${url}`);
        const body = await response.json();
        expect(response.status, url.slice(0, 200)).toBeLessThan(500);
        if (response.status >= 400) expect(body.error.code, url.slice(0, 200)).toEqual(expect.any(String));
      }
    }
    expect(await countGraph()).toEqual(before);
  });

  it('answers every nasty subgraph body with a 2xx or a 4xx error body', async () => {
    const bodies = [
      ...NASTY,
      ...NASTY.map((x) => JSON.stringify({ ids: [x] })),
      ...NASTY.map((x) => JSON.stringify({ ids: ['chen-zhi'], types: [x] })),
    ];
    for (const body of bodies) {
      const response = await fetch(`${api.baseUrl}/api/subgraph`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status, body.slice(0, 200)).toBeLessThan(500);
      if (response.status >= 400) expect((await response.json()).error.code).toEqual(expect.any(String));
    }
  });
});
