import { afterAll, describe, expect, it } from 'vitest';
import { runImport, type ImportOptions } from '../../server/src/importers/runImport.ts';
import { removeImported } from '../support/importHelpers.ts';
import { openTestDb, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('editions');

afterAll(async () => {
  await removeImported(db, prefix);
  await db.close();
});

async function* linesOf(text: string) {
  yield* text.split('\n');
}
const importText = (text: string, options: Omit<ImportOptions, 'fileName'> & { fileName?: string }) =>
  runImport(db, () => linesOf(text), { fileName: 'upload', ...options });

async function listingOf(id: string) {
  const result = await db.read(
    'MATCH (:Entity {id: $id})-[s:SANCTIONED_BY]->(a) RETURN s.program AS program, s.listEditions AS editions, a.id AS authority',
    { id },
  );
  return result.records.map((r) => r.toObject());
}

const OFAC_CSV = ['uid,name,type,programs,alternate_names', '910001,EDITION TEST LTD,entity,SDGT,'].join('\n');

describe('list editions on imported listings', () => {
  it('records the OFAC file date on each listing and adds later editions, newest last', async () => {
    const first = await importText(OFAC_CSV, {
      format: 'ofac-csv',
      idPrefix: `${prefix}ofac-`,
      fileName: 'sdn-2026-01-05.csv',
    });
    expect(first.relationships.created).toBe(1);
    expect(await listingOf(`${prefix}ofac-910001`)).toEqual([
      { program: 'SDGT', editions: ['2026-01-05'], authority: 'us-treasury-ofac' },
    ]);
    const again = await importText(OFAC_CSV, {
      format: 'ofac-csv',
      idPrefix: `${prefix}ofac-`,
      fileName: 'sdn-2026-01-05.csv',
    });
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
    await importText(OFAC_CSV, { format: 'ofac-csv', idPrefix: `${prefix}ofac-`, date: '2026-03-01' });
    expect((await listingOf(`${prefix}ofac-910001`))[0].editions).toEqual(['2026-01-05', '2026-03-01']);
  });

  it("adds the file's edition to the listing of an entity it links to by list id, and only once", async () => {
    await db.writeTx((tx) =>
      tx.run(
        `CREATE (e:Entity:LegalEntity {id: $id, name: 'Linked Edition Ltd', sources: ['test']})
       WITH e MATCH (a:Entity {id: 'us-treasury-ofac'})
       CREATE (e)-[:SANCTIONED_BY {id: $edge, program: 'SDGT', listId: '910002', sources: ['test']}]->(a)`,
        { id: `${prefix}linked`, edge: `${prefix}linked-ofac` },
      ),
    );
    const csv = ['uid,name,type,programs,alternate_names', '910002,LINKED EDITION LTD,entity,SDGT,'].join('\n');
    const options = { format: 'ofac-csv' as const, idPrefix: `${prefix}ofac-`, fileName: 'sdn-2026-04-02.csv' };
    const first = await importText(csv, options);
    expect(first.linked).toEqual([expect.objectContaining({ listId: '910002', linkedTo: `${prefix}linked` })]);
    expect(first.relationships).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await listingOf(`${prefix}linked`)).toEqual([
      { program: 'SDGT', editions: ['2026-04-02'], authority: 'us-treasury-ofac' },
    ]);
    expect((await importText(csv, options)).relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  const FTM = [
    { id: 'p1', schema: 'Person', properties: { name: ['Edita Testova'] } },
    { id: 's1', schema: 'Sanction', properties: { entity: ['p1'], authority: ['Council of the European Union'] } },
    { id: 'pp1', schema: 'Passport', properties: { holder: ['p1'], number: ['AB123456'], country: ['cz'] } },
    { id: 'id1', schema: 'Identification', properties: { holder: ['p1'], number: ['800101/1234'] } },
    { id: 'id2', schema: 'Identification', properties: { holder: ['nobody'], number: ['1'] } },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n');

  it('imports an FtM Sanction without a program, with the program unknown and the --date edition', async () => {
    const summary = await importText(FTM, { format: 'ftm', idPrefix: prefix, date: '2026-02-01' });
    expect(summary.skipped).toEqual([{ line: 5, reason: expect.stringContaining('no such person') }]);
    const [listing] = await listingOf(`${prefix}p1`);
    expect(listing).toMatchObject({ program: null, editions: ['2026-02-01'] });
  });

  it("keeps FtM Passport and Identification records as the holder's identifiers, once", async () => {
    await importText(FTM, { format: 'ftm', idPrefix: prefix, date: '2026-02-01' });
    const result = await db.read('MATCH (p:Person {id: $id}) RETURN p.identifiers AS identifiers', {
      id: `${prefix}p1`,
    });
    expect(result.records[0].get('identifiers')).toEqual(['passport:AB123456 (CZ)', 'id:800101/1234']);
  });
});
