import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreeningResult } from '../../server/src/screen/contract.ts';
import type { EntityRecord, RelationshipRecord } from '../../server/src/model/schema.ts';
import { loadSeed } from '../../seed/loadSeed.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb, removeTestEntities, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('screen');
const SOURCE = { reference: 'screening test', publisher: 'test suite', date: '2026-01-01' };
let server: TestServer;

/** Listed people in other scripts and spellings, each with an OFAC listing. */
const LISTED: Partial<EntityRecord>[] = [
  { id: 'kadyrov', name: 'KADYROV, Ramzan Akhmadovich', birthDate: '1976-10-05', nationality: ['RU'] },
  { id: 'ladin', name: 'BIN LADIN, Usama bin Muhammad bin Awad', aliases: ['Usama BIN LADIN'] },
  { id: 'petrov', name: 'Алексей Петрович Скворцов', identifiers: ['Passport 7701234567 (Russia)'] },
];

beforeAll(async () => {
  const entities = LISTED.map((e) => ({ kind: 'Person', aliases: [], sources: [SOURCE], ...e, id: prefix + e.id }));
  const relationships = entities.map((e) => ({
    id: `${e.id}-listing`,
    type: 'SANCTIONED_BY',
    source: e.id,
    target: 'us-treasury-ofac',
    program: 'TEST',
    sources: [SOURCE],
  }));
  await loadSeed(db, {
    entities: entities as EntityRecord[],
    relationships: relationships as RelationshipRecord[],
  });
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await removeTestEntities(db, prefix);
  await db.close();
});

async function screen(query: string): Promise<ScreeningResult> {
  const response = await fetch(`${server.baseUrl}/api/screen?${query}`);
  expect(response.status).toBe(200);
  return response.json();
}

describe('GET /api/screen', () => {
  it('matches "Chen Zhi" to the listed Chen Zhi with his OFAC and UK listings', async () => {
    const [top] = (await screen('name=Chen%20Zhi')).matches;
    expect(top).toMatchObject({ id: 'chen-zhi', score: 1, kind: 'Person' });
    expect(top.lists.map((l) => l.authorityId)).toEqual(expect.arrayContaining(['uk-fcdo-ofsi', 'us-treasury-ofac']));
    expect(top.lists).toContainEqual(
      expect.objectContaining({
        authorityId: 'us-treasury-ofac',
        program: 'TCO',
        listId: '55505',
        listedOn: '2025-10-14',
      }),
    );
  });

  it('matches whatever the word order, case, accents and a typo', async () => {
    for (const name of ['zhi chen', 'CHÉN zhi', 'Chen Zhii']) {
      expect((await screen(`name=${encodeURIComponent(name)}`)).matches[0]).toMatchObject({ id: 'chen-zhi' });
    }
  });

  it('says which alias matched', async () => {
    const match = (await screen('name=Jinbei%20Casino')).matches.find((m) => m.id === 'jin-bei-group');
    expect(match).toMatchObject({ matchedName: 'JINBEI CASINO', matchedIsAlias: true, score: 1 });
  });

  it('only returns listed entities and honours the kind filter', async () => {
    expect((await screen('name=Amnesty%20International')).matches).toEqual([]);
    expect((await screen('name=Chen%20Zhi&kind=Company')).matches.map((m) => m.id)).not.toContain('chen-zhi');
  });

  it('is not broken by Lucene syntax in the name', async () => {
    const result = await screen(`name=${encodeURIComponent('chen AND (zhi" OR *:* ~')}&minScore=0.5`);
    expect(result.matches[0]?.id).toBe('chen-zhi');
  });

  it('finds Latin-script listings from Cyrillic, Arabic and Chinese script', async () => {
    const top = async (name: string) => (await screen(`name=${encodeURIComponent(name)}`)).matches[0];
    expect(await top('Рамзан Кадыров')).toMatchObject({ id: `${prefix}kadyrov` });
    expect(await top('أسامة بن لادن')).toMatchObject({ id: `${prefix}ladin` });
    expect(await top('陈志')).toMatchObject({ id: 'chen-zhi' });
  });

  it('finds a listing stored in Cyrillic by its Latin spelling', async () => {
    const [top] = (await screen(`name=${encodeURIComponent('Aleksei Skvortsov')}`)).matches;
    expect(top).toMatchObject({ id: `${prefix}petrov` });
    expect(top.features.name_match).toBeGreaterThan(0.7);
  });

  it('scores the listed name covered by a longer query, and a missing middle name, as matches', async () => {
    expect((await screen('name=Ramzan%20Kadyrov%20Grozny%20Chechnya')).matches[0]).toMatchObject({
      id: `${prefix}kadyrov`,
    });
    expect((await screen('name=Usama%20bin%20Laden')).matches[0]).toMatchObject({ id: `${prefix}ladin` });
  });

  it('lowers the score on a contradicting year of birth and lists the features that counted', async () => {
    const plain = (await screen('name=Ramzan%20Kadyrov')).matches[0];
    const same = (await screen('name=Ramzan%20Kadyrov&birthDate=1976&nationality=RU')).matches[0];
    const other = await screen('name=Ramzan%20Kadyrov&birthDate=1990&minScore=0');
    const contradicted = other.matches.find((m) => m.id === `${prefix}kadyrov`)!;
    expect(same.features).toMatchObject({ dob_year_match: 0, nationality_match: expect.any(Number) });
    expect(contradicted.features.dob_year_mismatch).toBeLessThan(0);
    expect(contradicted.score).toBeLessThan(plain.score);
  });

  it('decides on a matching passport number whatever the spelling', async () => {
    const [top] = (await screen('name=A.%20Skvortsov&identifier=7701234567&minScore=0.9')).matches;
    expect(top).toMatchObject({ id: `${prefix}petrov`, score: 1 });
    expect(top.features.identifier_match).toBeGreaterThan(0);
  });

  it('rejects a missing name, a name of punctuation, an unknown kind and a huge limit with 400', async () => {
    for (const query of [
      '',
      'name=%20',
      'name=%3F%3F',
      'name=x&kind=Alien',
      'name=x&limit=1000',
      'name=x&minScore=2',
      'name=x&bogus=1',
    ]) {
      const response = await fetch(`${server.baseUrl}/api/screen?${query}`);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.code).toBe('invalid_input');
    }
  });
});
