import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../server/src/importers/importTypes.ts';
import type { ExposureResult } from '../../server/src/api/types.ts';
import { removeImported } from '../support/importHelpers.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('import-api');
const ADMIN = 'admin-token-0123456789';
const ANALYST = 'analyst-token-0123456789';
let server: TestServer;

beforeAll(async () => {
  const tokens = new Map([
    [ADMIN, { name: 'ada', role: 'admin' as const }],
    [ANALYST, { name: 'ann', role: 'analyst' as const }],
  ]);
  server = await startTestServer(db, { auth: { mode: 'token', tokens } });
});
afterAll(async () => {
  await server.close();
  await removeImported(db, prefix);
  await db.close();
});

function postImport(query: string, body: string, contentType: string, token = ADMIN) {
  return fetch(`${server.baseUrl}/api/import?${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
    body,
  });
}

const OFAC_CSV = [
  'uid,name,type,programs,alternate_names',
  '900001,"TEST SHIPPING, LTD.",entity,SDGT; IRAN,TEST SHIP',
  '900002,BROKEN,spaceship,SDGT,',
  '900003,TEST VESSEL,vessel,IRAN,',
].join('\n');

const FTM = [
  {
    id: 'p1',
    schema: 'Person',
    properties: { name: ['Ivan Testov'], alias: ['I. Testov'], nationality: ['ru'], birthDate: ['1970-01-02'] },
  },
  {
    id: 'c1',
    schema: 'Company',
    properties: { name: ['Testov Trading LLC'], jurisdiction: ['cy'], sourceUrl: ['https://example.org/c1'] },
  },
  '{"id": "broken", "schema": ',
  {
    id: 'o1',
    schema: 'Ownership',
    properties: { owner: ['p1'], asset: ['c1'], percentage: ['51'], startDate: ['2020-01-01'] },
  },
  {
    id: 's1',
    schema: 'Sanction',
    properties: {
      entity: ['p1'],
      authority: ['Office of Foreign Assets Control'],
      country: ['us'],
      program: ['RUSSIA-EO14024'],
      listingDate: ['2024-02-23'],
      authorityId: ['T-1'],
    },
  },
  { id: 'o2', schema: 'Ownership', properties: { owner: ['nobody'], asset: ['c1'], percentage: ['10'] } },
  { id: 'v1', schema: 'Vehicle', properties: { name: ['A car'] } },
]
  .map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))
  .join('\n');

describe('POST /api/import', () => {
  it('imports an OFAC CSV, keeping the good rows and naming the malformed line', async () => {
    const response = await postImport(
      `format=ofac-csv&fileName=sdn-2026-01-01.csv&idPrefix=${prefix}ofac-`,
      OFAC_CSV,
      'text/csv',
    );
    expect(response.status).toBe(200);
    const summary: ImportSummary = await response.json();
    expect(summary.entities.created).toBe(2);
    expect(summary.relationships.created).toBe(3);
    expect(summary.skipped).toEqual([{ line: 3, reason: expect.stringContaining('type "spaceship"') }]);
    expect(summary.source).toMatchObject({ reference: 'sdn-2026-01-01.csv', date: '2026-01-01' });
  });

  it('imports FollowTheMoney lines into entities and edges, and reports what it could not import', async () => {
    const response = await postImport(`format=ftm&idPrefix=${prefix}`, FTM, 'application/x-ndjson');
    const summary: ImportSummary = await response.json();
    expect(summary.entities.created).toBe(2);
    expect(summary.relationships.created).toBe(2);
    expect(summary.skipped.map((s) => s.line).sort()).toEqual([3, 6, 7]);
    expect(summary.skipped.find((s) => s.line === 3)!.reason).toBe('not valid JSON');
    expect(summary.skipped.find((s) => s.line === 6)!.reason).toMatch(/is not in the graph/);
    const person = await db.read(
      'MATCH (p:Person {id: $id})-[s:SANCTIONED_BY]->(a) RETURN p.nationality AS nat, p.aliases AS aliases, s.program AS program, s.listId AS listId, a.id AS authority',
      { id: `${prefix}p1` },
    );
    expect(person.records[0].toObject()).toEqual({
      nat: ['RU'],
      aliases: ['I. Testov'],
      program: 'RUSSIA-EO14024',
      listId: 'T-1',
      authority: 'us-treasury-ofac',
    });
  });

  it('makes the imported ownership count for exposure: 51% held by an OFAC-listed person blocks the company', async () => {
    const response = await fetch(`${server.baseUrl}/api/entities/${prefix}c1/exposure?asOf=2025-01-01`, {
      headers: { authorization: `Bearer ${ANALYST}` },
    });
    const result: ExposureResult = await response.json();
    expect(result.regimes.find((r) => r.regime === 'US')).toMatchObject({ status: 'blocked', aggregatePercentage: 51 });
  });

  it('records in the audit trail who imported which file, with the counts', async () => {
    const response = await fetch(`${server.baseUrl}/api/audit?limit=500`, {
      headers: { authorization: `Bearer ${ANALYST}` },
    });
    const { entries } = await response.json();
    const run = entries.find(
      (e: { targetId: string; action: string }) => e.action === 'import' && e.targetId === 'sdn-2026-01-01.csv',
    );
    expect(run).toMatchObject({
      actor: 'ada',
      role: 'admin',
      targetKind: 'list',
      after: { format: 'ofac-csv', recordsRead: 3, skipped: 1 },
    });
    expect(run.after.entities).toEqual({ created: 2, updated: 0, unchanged: 0 });
  });

  it('changes nothing when the same content is imported again', async () => {
    const summary: ImportSummary = await (
      await postImport(`format=ftm&idPrefix=${prefix}`, FTM, 'application/x-ndjson')
    ).json();
    expect(summary.entities).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(summary.relationships).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('accepts JSON {format, content} too', async () => {
    const response = await fetch(`${server.baseUrl}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ format: 'ftm', idPrefix: prefix, content: FTM }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).entities.unchanged).toBe(2);
  });

  it('is for admins only', async () => {
    expect((await postImport('format=ftm', FTM, 'application/x-ndjson', ANALYST)).status).toBe(403);
    const anonymous = await fetch(`${server.baseUrl}/api/import?format=ftm`, {
      method: 'POST',
      body: FTM,
      headers: { 'content-type': 'application/x-ndjson' },
    });
    expect(anonymous.status).toBe(401);
  });

  it('refuses a wrong header, an unknown format and bad options with 400, writing nothing', async () => {
    const wrongHeader = await postImport(`format=ofac-csv&idPrefix=${prefix}bad-`, 'id,name\n1,x', 'text/csv');
    expect(wrongHeader.status).toBe(400);
    expect((await wrongHeader.json()).error.code).toBe('invalid_file');
    for (const query of [
      'format=xml',
      '',
      `format=ftm&idPrefix=${encodeURIComponent('bad prefix')}`,
      'format=ftm&date=yesterday',
      'format=ftm&fileName=..%2Fetc',
    ]) {
      const response = await postImport(query, FTM, 'application/x-ndjson');
      expect(response.status, query).toBe(400);
    }
    const written = await db.read('MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n', {
      p: `${prefix}bad-`,
    });
    expect(written.records[0].get('n')).toBe(0);
  });
});
