// The first load of an empty store through neo4j-admin: it gets a Neo4j and a store of its own (a bulk load
// replaces the whole store, so it cannot share the suite's).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { ensureSchema, FULLTEXT_INDEX } from '../../server/src/db/constraints.ts';
import { createGraphDb, waitForNeo4j, type GraphDb } from '../../server/src/db/graphDb.ts';
import { nodeToEntity } from '../../server/src/db/mapping.ts';
import { bulkLoad, type BulkLoadResult } from '../../server/src/importers/bulk/bulkLoad.ts';
import { ImportInputError } from '../../server/src/importers/parseInput.ts';
import { runImport, type ImportOptions } from '../../server/src/importers/runImport.ts';
import type { Source } from '../../server/src/model/schema.ts';

const FTM = [
  {
    id: 'p1',
    schema: 'Person',
    properties: {
      name: ['Chen Zhi'],
      alias: ['Vincent', 'Чэнь Чжи'],
      birthDate: ['1987-12-16'],
      notes: ['Chairman of Prince Holding Group.\nIndicted in New York in 2025.'],
      sourceUrl: ['https://home.treasury.gov/news/press-releases/sb0278', 'https://www.justice.gov/opa/pr/chen-zhi'],
      publisher: ['OFAC', 'US Department of Justice'],
    },
  },
  { id: 'c1', schema: 'Company', properties: { name: ['Prince Holding Group'], jurisdiction: ['kh'] } },
  { id: 'o1', schema: 'Ownership', properties: { owner: ['p1'], asset: ['c1'], percentage: ['60'] } },
  { id: 'o2', schema: 'Ownership', properties: { owner: ['p1'], asset: ['nowhere'], percentage: ['10'] } },
  { id: 's1', schema: 'Sanction', properties: { entity: ['p1'], authority: ['Office of Foreign Assets Control'] } },
  { id: 'pp1', schema: 'Passport', properties: { holder: ['p1'], number: ['E12345678'], country: ['kh'] } },
]
  .map((line) => JSON.stringify(line))
  .join('\n');

const linesOf = (text: string) => () =>
  (async function* () {
    yield* text.split('\n');
  })();
const options: ImportOptions = { format: 'ftm', fileName: 'prince-2026-10-14.ftm.json', idPrefix: 'bulk-' };

let dataDir: string;
let neo4j: LocalNeo4j | undefined;
let db: GraphDb;
let loaded: BulkLoadResult;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'sge-test-bulk-'));
  loaded = await bulkLoad(dataDir, linesOf(FTM), options);
  neo4j = await startLocalNeo4j({ dataDir, heap: '512m', pageCacheMiB: 64 });
  db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  await waitForNeo4j(db);
  await ensureSchema(db);
}, 300_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function stored(id: string) {
  const result = await db.read('MATCH (n:Entity {id: $id}) RETURN n', { id });
  return result.records.length ? nodeToEntity(result.records[0].get('n')) : null;
}

describe('bulk-loading an empty store with neo4j-admin (npm run import -- --bulk)', () => {
  it('reports every record created and the relationship with a missing end skipped, with its line', () => {
    expect(loaded.summary.recordsRead).toBe(6);
    expect(loaded.summary.entities.created).toBe(2);
    expect(loaded.summary.relationships.created).toBe(2);
    expect(loaded.summary.skipped).toEqual([{ line: 4, reason: expect.stringContaining('is not in the graph') }]);
  });

  it('stores Chen Zhi with his aliases, notes across lines, every source and his passport', async () => {
    const chen = await stored('bulk-p1');
    expect(chen).toMatchObject({ name: 'Chen Zhi', kind: 'Person', birthDate: '1987-12-16' });
    expect(chen!.aliases).toEqual(['Vincent', 'Чэнь Чжи']);
    expect(chen!.notes).toBe('Chairman of Prince Holding Group.\nIndicted in New York in 2025.');
    expect((chen!.sources as Source[]).map((s) => s.url)).toEqual([
      'https://home.treasury.gov/news/press-releases/sb0278',
      'https://www.justice.gov/opa/pr/chen-zhi',
    ]);
    expect(chen!.identifiers).toEqual(['passport:E12345678 (KH)']);
    // addIdentifiers bumps the holder's version when a document adds to it; the bulk load writes the same.
    expect(chen!.version).toBe(2);
  });

  it('reads a company stored without aliases as having none', async () => {
    expect(await stored('bulk-c1')).toMatchObject({ name: 'Prince Holding Group', aliases: [], version: 1 });
  });

  it("resolves the Sanction's authority to OFAC's node, created for it", async () => {
    const result = await db.read(
      'MATCH (:Entity {id: $id})-[s:SANCTIONED_BY]->(a:PublicBody) RETURN a.id AS authority, s.version AS version',
      { id: 'bulk-p1' },
    );
    expect(result.records.map((r) => r.toObject())).toEqual([{ authority: 'us-treasury-ofac', version: 1 }]);
  });

  it('finds Chen Zhi by his alias Vincent once the full-text indexes are built', async () => {
    const result = await db.read(
      `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', 'vincent') YIELD node RETURN node.id AS id`,
    );
    expect(result.records.map((r) => r.get('id'))).toEqual(['bulk-p1']);
  });

  it('finds nothing to change when the same file is imported through the transactional path', async () => {
    const again = await runImport(db, linesOf(FTM), options);
    expect(again.entities).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses a file that gives one id two different records, before touching the store', async () => {
    const twice = [
      { id: 'x1', schema: 'Person', properties: { name: ['Lin Wei'] } },
      { id: 'x1', schema: 'Person', properties: { name: ['Lin Wei Jr'] } },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const otherDir = mkdtempSync(path.join(tmpdir(), 'sge-test-bulk-twice-'));
    try {
      await expect(bulkLoad(otherDir, linesOf(twice), options)).rejects.toThrow(ImportInputError);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('refuses to bulk-load a store that holds nodes, and leaves it as it was', async () => {
    await db.close();
    await neo4j!.stop();
    neo4j = undefined;
    const file = path.join(dataDir, 'again.ftm.json');
    writeFileSync(file, FTM);
    const run = spawnSync('npx', ['tsx', 'scripts/import.ts', '--bulk', '--format', 'ftm', file], {
      env: { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_URI: '' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/only loads an empty one; this one holds \d+ nodes/);
    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', pageCacheMiB: 64 });
    db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
    await waitForNeo4j(db);
    expect((await stored('bulk-p1'))?.name).toBe('Chen Zhi');
  }, 240_000);
});
