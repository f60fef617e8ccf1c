// Screening holds the listed names in memory; these show it never answers from a stale copy: what the API writes
// is screened by the very next request, whether it lists, renames, ends or removes a listing.
import { describe, expect, it } from 'vitest';
import { runImport } from '../../server/src/importers/runImport.ts';
import type { ScreeningResult } from '../../server/src/screen/contract.ts';
import { listedGeneration } from '../../server/src/writes/listedGeneration.ts';
import { removeTestEntities } from '../support/testDb.ts';
import { SOURCE, useWriteApi } from '../writes/writeSupport.ts';

const { db, prefix, call } = useWriteApi('screen-freshness');

async function screenedIds(name: string): Promise<string[]> {
  const answer = await call('GET', `/api/screen?name=${encodeURIComponent(name)}`);
  expect(answer.status).toBe(200);
  return (answer.body as ScreeningResult).matches.map((m) => m.id);
}

/** A person created and listed by OFAC through the API; returns the listing's id. */
async function listPerson(id: string, name: string): Promise<string> {
  expect((await call('POST', '/api/entities', { id, kind: 'Person', name, sources: [SOURCE] })).status).toBe(201);
  const listing = await call('POST', '/api/relationships', {
    id: `${id}-listing`,
    type: 'SANCTIONED_BY',
    source: id,
    target: 'us-treasury-ofac',
    program: 'TEST',
    sources: [SOURCE],
  });
  expect(listing.status).toBe(201);
  return listing.body.relationship.id;
}

describe('screening what was written a moment ago', () => {
  it('finds a person listed a moment ago through the API', async () => {
    const id = `${prefix}quorvane`;
    expect(await screenedIds('Quorvane Blesskitt')).not.toContain(id);
    await listPerson(id, 'Quorvane Blesskitt');
    expect(await screenedIds('Quorvane Blesskitt')).toContain(id);
    expect(await screenedIds('Blesskit Quorvane')).toContain(id);
  });

  it('finds a listed person by an alias added a moment ago', async () => {
    const id = `${prefix}tamsyn`;
    await listPerson(id, 'Tamsyn Orrowelt');
    expect(await screenedIds('Velmira Shandrakov')).not.toContain(id);
    const patched = await call('PATCH', `/api/entities/${id}`, {
      version: 1,
      aliases: ['Velmira Shandrakov'],
      sources: [SOURCE],
    });
    expect(patched.status).toBe(200);
    expect(await screenedIds('Velmira Shandrakov')).toContain(id);
  });

  it('stops matching a listing once it is given an end date that has passed', async () => {
    const id = `${prefix}orlund`;
    const listingId = await listPerson(id, 'Orlund Prastevic');
    expect(await screenedIds('Orlund Prastevic')).toContain(id);
    const ended = await call('PATCH', `/api/relationships/${listingId}`, {
      version: 1,
      endDate: '2026-01-01',
      sources: [SOURCE],
    });
    expect(ended.status).toBe(200);
    expect(await screenedIds('Orlund Prastevic')).not.toContain(id);
  });

  it('stops matching a person once the listing is deleted', async () => {
    const id = `${prefix}kessary`;
    const listingId = await listPerson(id, 'Kessary Vondrupel');
    expect(await screenedIds('Kessary Vondrupel')).toContain(id);
    const deleted = await call('DELETE', `/api/relationships/${listingId}`, { version: 1, sources: [SOURCE] });
    expect(deleted.status).toBe(200);
    expect(await screenedIds('Kessary Vondrupel')).not.toContain(id);
  });

  it('stops matching a listed person an operator deleted with Cypher of their own', async () => {
    const id = `${prefix}zz-ondrel`;
    await listPerson(id, 'Ondrel Maskarovy');
    expect(await screenedIds('Ondrel Maskarovy')).toContain(id);
    await removeTestEntities(db, `${prefix}zz-`);
    expect(await screenedIds('Ondrel Maskarovy')).not.toContain(id);
  });

  it('finds the record a listed duplicate was merged into, by the name of the duplicate', async () => {
    const [survivor, duplicate] = [`${prefix}brisela`, `${prefix}brisela-dup`];
    const created = await call('POST', '/api/entities', {
      id: survivor,
      kind: 'Person',
      name: 'Brisela Montravik',
      sources: [SOURCE],
    });
    expect(created.status).toBe(201);
    await listPerson(duplicate, 'Brisela Quandt Montravik');
    expect(await screenedIds('Brisela Quandt Montravik')).toEqual([duplicate]);
    const merged = await call('POST', `/api/entities/${survivor}/merge`, { from: duplicate, sources: [SOURCE] });
    expect(merged.status).toBe(200);
    expect(await screenedIds('Brisela Quandt Montravik')).toEqual([survivor]);
  });
});

describe('screening what an import wrote a moment ago', () => {
  const ftmImport = (lines: object[]) =>
    runImport(
      db,
      async function* () {
        yield* lines.map((line) => JSON.stringify(line));
      },
      { format: 'ftm', fileName: 'freshness.ftm.json', idPrefix: `${prefix}ftm-`, date: '2026-12-01' },
    );
  const person = (aliases: string[]) => ({
    id: 'ysolde',
    schema: 'Person',
    properties: { name: ['Ysolde Kravinaar'], alias: aliases },
  });
  const listing = {
    id: 'ysolde-ofac',
    schema: 'Sanction',
    properties: { entity: ['ysolde'], authority: ['Office of Foreign Assets Control'], program: ['TEST'] },
  };

  it('finds a listed person by an alias that a later import adds', async () => {
    await ftmImport([person([]), listing]);
    expect(await screenedIds('Ysolde Kravinaar')).toContain(`${prefix}ftm-ysolde`);
    expect(await screenedIds('Marrowen Tillsbeck')).not.toContain(`${prefix}ftm-ysolde`);
    await ftmImport([person(['Marrowen Tillsbeck']), listing]);
    expect(await screenedIds('Marrowen Tillsbeck')).toContain(`${prefix}ftm-ysolde`);
  });

  it('stops matching an entry that a newer edition of its list no longer holds', async () => {
    const ofacRow = (num: number, name: string) =>
      `${num},"${name}",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `;
    const edition = (rows: string[], date: string) =>
      runImport(
        db,
        async function* () {
          yield* rows;
        },
        { format: 'ofac-legacy', fileName: 'sdn.csv', idPrefix: `${prefix}sdn-`, date },
      );
    await edition([ofacRow(1, 'HALVERIC STONEMARK'), ofacRow(2, 'ODALYS PRENNWICK')], '2019-01-01');
    expect(await screenedIds('Odalys Prennwick')).toContain(`${prefix}sdn-2`);
    const newer = await edition([ofacRow(1, 'HALVERIC STONEMARK')], '2019-02-01');
    expect(newer.history).toMatchObject({ delisted: 1 });
    expect(await screenedIds('Odalys Prennwick')).not.toContain(`${prefix}sdn-2`);
    expect(await screenedIds('Halveric Stonemark')).toContain(`${prefix}sdn-1`);
  });

  it('keeps its copy of the listed names when an import lists nobody and changes no listed entity', async () => {
    const before = await listedGeneration(db);
    const summary = await ftmImport([
      { id: 'holdco', schema: 'Company', properties: { name: ['Brannock Holdings'] } },
      { id: 'opco', schema: 'Company', properties: { name: ['Brannock Trading'] } },
      {
        id: 'holdco-opco',
        schema: 'Ownership',
        properties: { owner: ['holdco'], asset: ['opco'], percentage: ['60'] },
      },
    ]);
    expect(summary.entities.created).toBe(2);
    expect(summary.relationships.created).toBe(1);
    expect(await listedGeneration(db)).toBe(before);
  });
});
