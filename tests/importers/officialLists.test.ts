import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOfText } from '../../server/src/importers/detectFormat.ts';
import type { ImportSummary } from '../../server/src/importers/importTypes.ts';
import { readOfacLegacySideFiles } from '../../server/src/importers/ofacLegacyCsv.ts';
import { runImport, type ImportOptions } from '../../server/src/importers/runImport.ts';
import { importFile, removeImported } from '../support/importHelpers.ts';
import { openTestDb, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const LEGACY = '../shared/data/ofac-legacy-csv-2019';
const UN_FILE = '../shared/data/un-consolidated-2026-02-27.xml';
const ofacPrefix = `${testPrefix('legacy')}ofac-`;
const unPrefix = `${testPrefix('un')}un-`;
let ofac: ImportSummary;
let un: ImportSummary;

beforeAll(async () => {
  ofac = await importFile(db, `${LEGACY}/sdn.csv`, {
    format: 'ofac-legacy',
    idPrefix: ofacPrefix,
    date: '2019-06-01',
    ofacLegacy: readOfacLegacySideFiles(LEGACY),
  });
  un = await importFile(db, UN_FILE, { format: 'un-xml', idPrefix: unPrefix });
}, 600_000);

afterAll(async () => {
  await removeImported(db, ofacPrefix);
  await removeImported(db, unPrefix);
  await db.close();
});

async function entity(id: string) {
  const result = await db.read(
    `MATCH (n:Entity {id: $id})
     RETURN n, labels(n) AS labels,
       [(n)-[s:SANCTIONED_BY]->(a) | s {.program, .listId, .listedOn, .listEditions, .endDate, authority: a.id}] AS listings,
       [(n)-[l:LINKED_TO]->(t) | t.name] AS linkedTo,
       [(n)-[:HAS_ADDRESS]->(a) | a.full] AS addresses`,
    { id },
  );
  const r = result.records[0];

  return r && ({ ...r.toObject(), props: r.get('n').properties } as Record<string, any>);
}

describe("OFAC's legacy CSV set (sdn.csv, add.csv, alt.csv, sdn_comments.csv)", () => {
  it('is recognised from the file itself', () => {
    expect(formatOfText(readFileSync(`${LEGACY}/sdn.csv`, 'latin1').slice(0, 2000))).toBe('ofac-legacy');
    expect(formatOfText(readFileSync(UN_FILE, 'utf8').slice(0, 2000))).toBe('un-xml');
  });

  it('imports every entry with its programs and the edition given', async () => {
    expect(ofac.recordsRead).toBe(7_379);
    expect(ofac.skippedCount).toBe(0);
    expect(ofac.history).toMatchObject({ edition: '2019-06-01', added: 7_379, delisted: 0 });
    expect((await entity(`${ofacPrefix}2686`)).listings.map((l: { program: string }) => l.program).sort()).toEqual([
      'SDGT',
      'SDT',
      'SYRIA',
    ]);
  });

  it('keeps aliases from alt.csv, addresses from add.csv and the remarks as fields (ent_num 12300)', async () => {
    const cifuentes = await entity(`${ofacPrefix}12300`);
    expect(cifuentes.labels).toContain('Person');
    expect(cifuentes.props).toMatchObject({
      name: 'CIFUENTES VILLA, Jorge Milton',
      birthDate: '1965-05-13',
      otherBirthDates: ['1968-04-13', '1964-07-07'],
      birthPlace: 'Medellin, Colombia',
    });
    expect(cifuentes.props.aliases).toContain('LOPEZ SALAZAR, Elkin de Jesus');
    expect(cifuentes.props.identifiers).toContain('Passport AL720622 (Colombia)');
    expect(cifuentes.listings[0]).toMatchObject({
      authority: 'us-treasury-ofac',
      listId: '12300',
      listEditions: ['2019-06-01'],
    });
    const bank = await entity(`${ofacPrefix}306`);
    expect(bank.props.aliases).toEqual(['NATIONAL BANK OF CUBA']);
    expect(bank.addresses).toEqual(expect.arrayContaining(['Zweierstrasse 35, Zurich CH-8022, Switzerland']));
  });

  it('turns "Linked To:" into LINKED_TO edges, joining remarks continued in sdn_comments.csv', async () => {
    const cifuentes = await entity(`${ofacPrefix}12300`);
    expect(cifuentes.linkedTo).toEqual(expect.arrayContaining(['BIO FORESTAL S.A.S.', 'PROMO RAIZ S.A.S.']));
    const linked = await db.read(
      'MATCH (a:Entity)-[l:LINKED_TO]->() WHERE a.id STARTS WITH $prefix RETURN count(l) AS n',
      { prefix: ofacPrefix },
    );
    // 1,727 entries carry 2,427 of them; 3 name no entry or two (ROSTEC, MINISTRY OF STATE SECURITY).
    expect(linked.records[0].get('n')).toBe(2_424);
    expect(ofac.unresolvedLinkCount).toBe(3);
  });

  it("reads nationality, gender, passports and national ids from a person's remarks (ent_num 13088)", async () => {
    const khristoforov = await entity(`${ofacPrefix}13088`);
    expect(khristoforov.props).toMatchObject({ nationality: ['RU'], gender: 'male', birthDate: '1972-03-12' });
    expect(khristoforov.props.identifiers).toEqual(
      expect.arrayContaining([
        'Passport 637186356 (Russia)',
        'National ID No. 76481815 (United Arab Emirates)',
        'National ID No. 2202546110 (Russia)',
      ]),
    );
  });

  it("keeps an organisation's website, email, registration country and company number (ent_num 10933, 23149)", async () => {
    expect((await entity(`${ofacPrefix}10933`)).props).toMatchObject({
      websites: ['www.ramakdutyfree.net'],
      emails: ['dam.d.free@net.sy'],
    });
    const yusong = await entity(`${ofacPrefix}23149`);
    expect(yusong.props).toMatchObject({ jurisdiction: 'KP', identifiers: ['Company Number 5146578'] });
  });

  it('keeps in the notes what a vessel or aircraft has no field for (ent_num 17104, 15431)', async () => {
    expect((await entity(`${ofacPrefix}17104`)).props.notes).toContain(
      'Identifiers: Vessel Registration Identification 8606173',
    );
    const aircraft = await entity(`${ofacPrefix}15431`);
    expect(aircraft.labels).toContain('Airplane');
    expect(aircraft.props.notes).toContain('Aircraft Construction Number (also called L/N or S/N or F/N) 8401');
    expect(aircraft.props.notes).toContain("Aircraft Manufacturer's Serial Number (MSN) 1023409321");
  });

  it('keeps vessel fields', async () => {
    const hermann = await entity(`${ofacPrefix}4234`);
    expect(hermann.labels).toContain('Vessel');
    expect(hermann.props).toMatchObject({ callSign: 'CL2685', vesselType: 'General Cargo', flag: 'CU' });
  });
});

describe('the UN Security Council Consolidated List XML', () => {
  it('imports 730 individuals and 273 entities, dated by the file itself', () => {
    expect(un.recordsRead).toBe(1_003);
    expect(un.skippedCount).toBe(0);
    expect(un.source.date).toBe('2026-02-27');
  });

  it('keeps the reference number, programme, listing date, aliases by quality, birth date and nationality', async () => {
    const kakolele = await entity(`${unPrefix}cdi-002`);
    expect(kakolele.props).toMatchObject({ name: 'FRANK KAKOLELE BWAMBALE', nationality: ['CD'], gender: 'male' });
    expect(kakolele.props.aliases).toEqual(['FRANK KAKORERE', 'FRANK KAKORERE BWAMBALE', 'AIGLE BLANC']);
    expect(kakolele.listings).toEqual([
      expect.objectContaining({
        authority: 'un-security-council',
        program: 'DRC',
        listId: 'CDi.002',
        listedOn: '2005-11-01',
      }),
    ]);
    const badege = await entity(`${unPrefix}cdi-001`);
    expect(badege.props.birthDate).toBe('1971');
    const low = await db.read(
      'MATCH (n:Person) WHERE n.id STARTS WITH $prefix AND size(n.weakAliases) > 0 RETURN count(n) AS n',
      { prefix: unPrefix },
    );
    expect(low.records[0].get('n')).toBeGreaterThan(0);
  });

  it('keeps documents, the place of birth, addresses and low-quality aliases apart (LYi.025)', async () => {
    const alArabi = await entity(`${unPrefix}lyi-025`);
    expect(alArabi.props).toMatchObject({ birthPlace: 'Zawiya, Libya', weakAliases: ['Keslaf'] });
    expect(alArabi.props.aliases ?? []).not.toContain('Keslaf');
    expect(alArabi.props.identifiers).toContain('Passport C17HLRL3');
    expect(alArabi.addresses).toEqual(['Zawiya, Libya']);
  });
});

describe('list history', () => {
  const prefix = `${testPrefix('history')}ofac-`;
  afterAll(() => removeImported(db, prefix));
  async function* linesOf(text: string) {
    yield* text.split('\n');
  }
  const edition = (rows: string[], date: string, options: Partial<ImportOptions> = {}) =>
    runImport(db, () => linesOf(rows.join('\n')), {
      format: 'ofac-legacy',
      fileName: 'sdn.csv',
      idPrefix: prefix,
      date,
      ...options,
    });
  const row = (num: number, name: string, remarks = '-0-') =>
    `${num},"${name}",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,${remarks === '-0-' ? '-0- ' : `"${remarks}"`}`;
  const listing = async (num: number) => (await entity(`${prefix}${num}`)).listings[0];

  it('adds new entries, updates changed ones, delists missing ones with the edition date, and keeps them', async () => {
    const first = await edition(
      [row(1, 'ALPHA TRADING'), row(2, 'BRAVO SHIPPING'), row(3, 'CHARLIE LTD')],
      '2019-01-01',
    );
    expect(first.history).toMatchObject({ added: 3, changed: 0, delisted: 0 });
    const second = await edition(
      [row(1, 'ALPHA TRADING'), row(2, 'BRAVO SHIPPING', 'Website bravo.example.'), row(4, 'DELTA GROUP')],
      '2019-02-01',
    );
    expect(second.history).toMatchObject({
      previousEdition: '2019-01-01',
      added: 1,
      changed: 1,
      unchanged: 1,
      delisted: 1,
    });
    expect(await listing(3)).toMatchObject({ endDate: '2019-02-01', listEditions: ['2019-01-01'] });
    expect((await entity(`${prefix}3`)).props.name).toBe('CHARLIE LTD');
    expect(await listing(1)).toMatchObject({ listEditions: ['2019-01-01', '2019-02-01'] });
    expect((await listing(1)).endDate).toBeNull();
    expect((await entity(`${prefix}2`)).props).toMatchObject({ websites: ['bravo.example'], version: 2 });
  });

  it('changes nothing when an older edition comes after a newer one', async () => {
    const older = await edition([row(3, 'CHARLIE LTD'), row(5, 'ECHO CORP')], '2018-12-01');
    expect(older.history).toMatchObject({ olderEdition: true, previousEdition: '2019-02-01' });
    expect(await entity(`${prefix}5`)).toBeUndefined();
    expect(await listing(3)).toMatchObject({ endDate: '2019-02-01' });
  });

  it('relists an entry that comes back in a later edition', async () => {
    const third = await edition([row(1, 'ALPHA TRADING'), row(3, 'CHARLIE LTD')], '2019-03-01');
    expect(third.history).toMatchObject({ relisted: 1, delisted: 2 });
    expect((await listing(3)).endDate).toBeNull();
  });
});

describe('re-importing an edited copy of an official list', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sge-lists-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const withoutEntry = (file: string, entNum: string) =>
    readFileSync(`${LEGACY}/${file}`, 'latin1')
      .split('\n')
      .filter((line) => !line.startsWith(`${entNum},`));
  const writeLines = (file: string, lines: string[]) => writeFileSync(path.join(dir, file), lines.join('\n'), 'latin1');

  it('delists the OFAC entry the newer edition lacks (ent_num 36) and adds the new one, with its alias', async () => {
    const sdn = withoutEntry('sdn.csv', '36');
    sdn.splice(
      1,
      0,
      '99000001,"ZULU HORIZON TRADING LLC",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Website zulu.example."',
    );
    writeLines('sdn.csv', sdn);
    writeLines('add.csv', withoutEntry('add.csv', '36'));
    writeLines('alt.csv', ['99000001,99000002,"aka","ZULU HORIZON",-0- ', ...withoutEntry('alt.csv', '36')]);
    writeLines('sdn_comments.csv', readFileSync(`${LEGACY}/sdn_comments.csv`, 'latin1').split('\n'));

    const next = await importFile(db, path.join(dir, 'sdn.csv'), {
      format: 'ofac-legacy',
      idPrefix: ofacPrefix,
      date: '2019-07-01',
      ofacLegacy: readOfacLegacySideFiles(dir),
    });
    expect(next.history).toMatchObject({
      edition: '2019-07-01',
      previousEdition: '2019-06-01',
      added: 1,
      changed: 0,
      delisted: 1,
      unchanged: 7_378,
    });
    const removed = await entity(`${ofacPrefix}36`);
    expect(removed.props.name).toBe('AEROCARIBBEAN AIRLINES');
    expect(removed.listings).toEqual([
      expect.objectContaining({ program: 'CUBA', endDate: '2019-07-01', listEditions: ['2019-06-01'] }),
    ]);
    const added = await entity(`${ofacPrefix}99000001`);
    expect(added.props).toMatchObject({ name: 'ZULU HORIZON TRADING LLC', aliases: ['ZULU HORIZON'] });
    expect(added.listings).toEqual([expect.objectContaining({ program: 'SDGT', listEditions: ['2019-07-01'] })]);
    expect(added.listings[0].endDate).toBeNull();
    expect((await entity(`${ofacPrefix}12300`)).listings[0].listEditions).toEqual(['2019-06-01', '2019-07-01']);
  }, 600_000);

  it('delists the UN entry the newer XML lacks (CDi.003) and adds the new one, dated by dateGenerated', async () => {
    const xml = readFileSync(UN_FILE, 'utf8');
    const blocks = xml.match(/<INDIVIDUAL>[\s\S]*?<\/INDIVIDUAL>/g)!;
    const dropped = blocks.find((b) => b.includes('<REFERENCE_NUMBER>CDi.003<'))!;
    const model = blocks.find((b) => b.includes('<REFERENCE_NUMBER>CDi.001<'))!;
    const added = model
      .replace('<REFERENCE_NUMBER>CDi.001<', '<REFERENCE_NUMBER>XXi.901<')
      .replace('<FIRST_NAME>ERIC<', '<FIRST_NAME>VESNA<')
      .replace('<SECOND_NAME>BADEGE<', '<SECOND_NAME>NOVAKOVIC<')
      .replace('<LISTED_ON>2012-12-31<', '<LISTED_ON>2026-03-10<');
    const edited = xml
      .replace(dropped, added)
      .replace(/dateGenerated="[^"]*"/, 'dateGenerated="2026-03-15T00:00:05.000Z"');
    writeFileSync(path.join(dir, 'un-edited.xml'), edited);

    const next = await importFile(db, path.join(dir, 'un-edited.xml'), { format: 'un-xml', idPrefix: unPrefix });
    expect(next.history).toMatchObject({
      edition: '2026-03-15',
      previousEdition: '2026-02-27',
      added: 1,
      changed: 0,
      delisted: 1,
      unchanged: 1_002,
    });
    const removed = await entity(`${unPrefix}cdi-003`);
    expect(removed.listings).toEqual([
      expect.objectContaining({ listId: 'CDi.003', endDate: '2026-03-15', listEditions: ['2026-02-27'] }),
    ]);
    const novakovic = await entity(`${unPrefix}xxi-901`);
    expect(novakovic.props).toMatchObject({ name: 'VESNA NOVAKOVIC', birthDate: '1971' });
    expect(novakovic.listings).toEqual([
      expect.objectContaining({
        authority: 'un-security-council',
        listId: 'XXi.901',
        listedOn: '2026-03-10',
        listEditions: ['2026-03-15'],
      }),
    ]);
  }, 600_000);
});
