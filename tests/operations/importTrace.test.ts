// An import interrupted midway leaves an honest audit entry: what it committed, and that it was interrupted;
// the re-run reports what it completed. The command-line import, as a real process over the test run's Neo4j.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { removeImported } from '../support/importHelpers.ts';
import { openTestDb, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('import-trace');
const RECORDS = 30_000;
const file = path.join(mkdtempSync(path.join(tmpdir(), 'sge-import-trace-')), 'sdn-2026-02-01.csv');
writeFileSync(
  file,
  [
    'uid,name,type,programs,alternate_names',
    ...Array.from({ length: RECORDS }, (_, i) => `${i + 1},TRACE COMPANY ${i + 1} LTD,entity,SDGT,`),
  ].join('\n'),
);
afterAll(async () => {
  await removeImported(db, prefix);
  await db.close();
});

function runImportCli() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/import.ts', '--format', 'ofac-csv', '--prefix', prefix, file],
    {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited };
}

const importedCount = async () =>
  Number(
    (await db.read('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n', { prefix })).records[0].get(
      'n',
    ),
  );

async function entriesOfThisFile() {
  const result = await db.read(
    "MATCH (a:AuditEntry {action: 'import', targetId: 'sdn-2026-02-01.csv'}) WHERE a.after CONTAINS $prefix RETURN a.after AS after ORDER BY a.seq",
    { prefix },
  );
  return result.records.map((r) => JSON.parse(r.get('after') as string));
}

describe('an import stopped midway', () => {
  it('leaves an audit entry that says interrupted, with exactly what it committed', { timeout: 600_000 }, async () => {
    const { child, exited } = runImportCli();
    await expect.poll(importedCount, { timeout: 300_000, interval: 200 }).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited).toBe(1);
    const committed = await importedCount();
    expect(committed).toBeLessThan(RECORDS);
    const [entry] = await entriesOfThisFile();
    expect(entry).toMatchObject({ status: 'interrupted', format: 'ofac-csv' });
    expect(entry.entities.created).toBe(committed);
  });

  it('is recorded again by the re-run, which reports what it completed', { timeout: 600_000 }, async () => {
    const before = await importedCount();
    const { exited } = runImportCli();
    expect(await exited).toBe(0);
    const entries = await entriesOfThisFile();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ status: 'finished', recordsRead: RECORDS });
    expect(entries[1].entities.created + entries[1].entities.unchanged + entries[1].entities.updated).toBe(RECORDS);
    expect(entries[1].entities.created).toBe(RECORDS - before);
  });
});
