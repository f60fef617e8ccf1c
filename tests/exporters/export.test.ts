import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { MAX_EXPORT_EDGE_IDS, MAX_EXPORT_IDS } from '../../server/src/exporters/contract.ts';
import { runImport } from '../../server/src/importers/runImport.ts';
import { removeImported } from '../support/importHelpers.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('roundtrip');
const IDS = [
  'chen-zhi',
  'prince-holding-group',
  'prince-global-group-limited',
  'prince-group-holdings-limited',
  'geotech-holdings',
];
let server: TestServer;

beforeAll(async () => (server = await startTestServer(db)));
afterAll(async () => {
  await server.close();
  await removeImported(db, prefix);
  await db.close();
});

const exportAs = (query: string, ids: string[] = IDS) =>
  fetch(`${server.baseUrl}/api/export?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids }),
  });

const withoutSourceUrls = (line: Record<string, any>): Record<string, any> => ({
  ...line,
  properties: { ...line.properties, sourceUrl: undefined },
});

describe('POST /api/export', () => {
  it('writes FollowTheMoney JSON lines that round-trip through the importer', async () => {
    const response = await exportAs('format=ftm');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('subgraph.ftm.jsonl');
    const text = await response.text();
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.schema === 'Person').map((l) => l.properties.name)).toEqual([['Chen Zhi']]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        schema: 'Ownership',
        properties: expect.objectContaining({
          owner: ['prince-global-group-limited'],
          asset: ['prince-group-holdings-limited'],
          percentage: ['100'],
        }),
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        schema: 'Sanction',
        properties: expect.objectContaining({
          entity: ['chen-zhi'],
          program: ['TCO'],
          authorityId: ['55505'],
          listingDate: ['2025-10-14'],
        }),
      }),
    );

    const summary = await runImport(db, () => createInterface({ input: Readable.from([text]) }), {
      format: 'ftm',
      fileName: 'subgraph.ftm.jsonl',
      idPrefix: prefix,
    });
    expect(summary.skippedCount).toBe(0);
    expect(summary.entities.created).toBe(IDS.length);
    const again = await (
      await exportAs(
        'format=ftm',
        IDS.map((id) => prefix + id),
      )
    ).text();
    const unprefixed = again
      .replaceAll(prefix, '')
      .trim()
      .split('\n')
      .map((l) => withoutSourceUrls(JSON.parse(l)));
    expect(unprefixed.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      lines.map(withoutSourceUrls).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('writes GraphML with a declared key for every property it uses', async () => {
    const response = await exportAs('format=graphml');
    expect(response.headers.get('content-type')).toContain('application/graphml+xml');
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
    expect(xml.match(/<node id=/g)).toHaveLength(IDS.length);
    expect(xml).toMatch(
      /<edge id="[^"]+" source="prince-global-group-limited" target="prince-group-holdings-limited">\s*<data key="e_type">OWNS<\/data>/,
    );
    expect(xml).toContain('<data key="e_percentage">100</data>');
    expect(xml).toContain('&amp;'); // the sources' publishers hold "&", escaped
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name);
    }
    expect(stack).toEqual([]);
  });

  it('writes nodes.csv and edges.csv', async () => {
    const nodes = await (await exportAs('format=csv&file=nodes')).text();
    const rows = nodes.trim().split('\r\n');
    expect(rows[0].startsWith('id,kind,name,aliases,sanctioned,')).toBe(true);
    expect(rows).toHaveLength(IDS.length + 1);
    expect(rows.find((r) => r.startsWith('chen-zhi,'))).toMatch(/^chen-zhi,Person,Chen Zhi,"?CHEN, Zhi; Zhi Chen/);
    const edges = await (await exportAs('format=csv&file=edges')).text();
    expect(edges.split('\r\n')[0].startsWith('id,type,source,target,percentage,')).toBe(true);
    expect(edges).toMatch(/\r\n[^,]+,OWNS,prince-global-group-limited,prince-group-holdings-limited,100,/);
    expect(edges).not.toContain('us-treasury-ofac'); // authorities were not exported, so no edge points at them
  });

  it('exports only the listed links when edgeIds is given (what the canvas shows), every link among the ids without it', async () => {
    const all = await (await exportAs('format=graphml')).text();
    const allEdges = [...all.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(allEdges.length).toBeGreaterThan(1);
    const shown = allEdges.slice(0, 1);
    const response = await fetch(`${server.baseUrl}/api/export?format=graphml`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids: IDS, edgeIds: shown }),
    });
    const only = [...(await response.text()).matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(only).toEqual(shown);
  });

  it('writes only the shown Sanction links to FtM, and still marks a sanctioned entity with the sanction topic', async () => {
    const response = await fetch(`${server.baseUrl}/api/export?format=ftm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids: IDS, edgeIds: [] }),
    });
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.schema === 'Sanction')).toEqual([]);
    expect(lines.find((l) => l.id === 'chen-zhi').properties.topics).toEqual(['sanction']);
  });

  it('exports a canvas of 10,000 entities with long ids and only the links it shows', async () => {
    const longId = (what: string, i: number) => `${prefix}${what}-${i}-`.padEnd(200, 'x');
    const ids = Array.from({ length: MAX_EXPORT_IDS }, (_, i) => longId('wide', i));
    const shown = Array.from({ length: 1_000 }, (_, i) => longId('wide-owns', i * 10));
    await db.writeTx(async (tx) => {
      await tx.run(
        `UNWIND $ids AS id CREATE (:Entity:Company {id: id, name: 'Wide ' + id, aliases: [], sources: ['{}']})`,
        { ids },
      );
      // Every tenth company owns the next one, and the next also owns the one after it (not shown).
      await tx.run(
        `UNWIND range(0, size($shown) - 1) AS k
         MATCH (a:Entity {id: $ids[k * 10]}), (b:Entity {id: $ids[k * 10 + 1]}), (c:Entity {id: $ids[k * 10 + 2]})
         CREATE (a)-[:OWNS {id: $shown[k], sources: ['{}']}]->(b),
                (b)-[:OWNS {id: $prefix + 'hidden-' + k, sources: ['{}']}]->(c)`,
        { ids, shown, prefix },
      );
    });
    // As many link ids as an export may name (those that name no link are left out): near the 13 MB limit.
    const unknown = Array.from({ length: MAX_EXPORT_EDGE_IDS - shown.length }, (_, i) => longId('no-link', i));
    const body = JSON.stringify({ ids, edgeIds: [...shown, ...unknown] });
    expect(body.length).toBeGreaterThan(12_000_000);
    const response = await fetch(`${server.baseUrl}/api/export?format=graphml`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
    const graphml = await response.text();
    expect(graphml.match(/<node id=/g)).toHaveLength(MAX_EXPORT_IDS);
    expect(graphml.match(/<edge id=/g)).toHaveLength(1_000);
    expect(graphml).not.toContain(`${prefix}hidden-`);
  });

  it('refuses bad formats, a csv without file, bad ids and too many ids with 400, and unknown ids with 404', async () => {
    for (const [query, ids] of [
      ['format=pdf', IDS],
      ['format=csv', IDS],
      ['format=ftm&file=nodes', IDS],
      ['format=ftm', []],
      ['format=ftm', ['bad id!']],
      ['format=ftm', Array.from({ length: MAX_EXPORT_IDS + 1 }, (_, i) => `x${i}`)],
    ] as const) {
      const response = await exportAs(query, [...ids]);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.code).toBe('invalid_input');
    }
    const unknown = await exportAs('format=ftm', ['chen-zhi', `${prefix}nobody`]);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.details).toEqual({ missing: [`${prefix}nobody`] });
  });
});
