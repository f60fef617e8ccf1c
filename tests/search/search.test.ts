import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../server/src/api/types.ts';
import { getJson } from '../support/fetchJson.ts';
import { useApiTestServer } from '../support/apiTestServer.ts';

const api = useApiTestServer();

async function search(q: string, extra = '') {
  const { status, body } = await getJson<SearchResult>(api.baseUrl, `/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(status).toBe(200);
  return body.hits;
}

describe('GET /api/search', () => {
  it('finds Chen Zhi by his alias Vincent and says which alias matched', async () => {
    const [first] = await search('Vincent');
    expect(first).toMatchObject({
      id: 'chen-zhi',
      name: 'Chen Zhi',
      kind: 'Person',
      sanctioned: true,
      matchedAlias: 'Vincent',
    });
  });

  it('finds Chen Zhi first whatever the word order and case', async () => {
    for (const q of ['chen zhi', 'zhi chen', 'CHEN ZHI', 'Zhi, Chen']) {
      expect((await search(q))[0].id, q).toBe('chen-zhi');
    }
    expect((await search('chen zhi'))[0].matchedAlias).toBeNull();
  });

  it('ignores accents and tolerates typos', async () => {
    expect((await search('Chén Zhí'))[0].id).toBe('chen-zhi');
    expect((await search('chen zih'))[0].id).toBe('chen-zhi');
    expect((await search('Prnce Holdng Group'))[0].id).toBe('prince-holding-group');
  });

  it('ranks the exact name Prince Holding Group above names that merely contain the words', async () => {
    const hits = await search('Prince Holding');
    expect(hits[0].id).toBe('prince-holding-group');
    expect(hits.map((h) => h.id)).toContain('prince-holding-plc');
    expect((await search('Prince Holding Group'))[0].score).toBeGreaterThan(hits[0].score);
  });

  it('finds Prince Holding Group under its alias "Prince Group" ahead of names that only contain both words', async () => {
    const hits = await search('Prince Group');
    expect(hits[0]).toMatchObject({ id: 'prince-holding-group', matchedAlias: 'Prince Group' });
    expect(hits.find((h) => h.id === 'prince-group-plc')!.score).toBeLessThan(hits[0].score);
  });

  it('finds Jin Bei Group when "jinbei" is typed without a space, and "jin bei" with one', async () => {
    expect((await search('jinbei'))[0].id).toBe('jin-bei-group');
    expect((await search('jin bei'))[0].id).toBe('jin-bei-group');
    expect((await search('jinbeigroup'))[0].id).toBe('jin-bei-group');
  });

  it('filters by kind and limits the number of hits', async () => {
    const people = await search('chen', '&kinds=Person&limit=3');
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThanOrEqual(3);
    expect(people.every((h) => h.kind === 'Person')).toBe(true);
    const events = await search('chen zhi', '&kinds=Event,Country');
    expect(events.every((h) => h.kind === 'Event' || h.kind === 'Country')).toBe(true);
    expect(events.map((h) => h.id)).toContain('event-extradition-chen-zhi-2026-01-07');
  });

  it('carries what the suggestion list needs: kind, sanctioned flag and degree', async () => {
    const ofac = (await search('OFAC'))[0];
    expect(ofac).toMatchObject({ id: 'us-treasury-ofac', kind: 'PublicBody', sanctioned: false });
    expect(ofac.degree).toBeGreaterThan(10);
  });

  it('treats Lucene syntax as plain text instead of failing', async () => {
    for (const q of [
      'chen AND (',
      '*',
      '~',
      '"',
      '\\',
      'chen~~',
      'zhi^3',
      '(chen',
      'name:chen',
      '[a TO z]',
      '-',
      '&&',
      '||',
      '!',
      '/',
    ]) {
      const { status, body } = await getJson(api.baseUrl, `/api/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(Array.isArray(body.hits), q).toBe(true);
    }
    expect((await search('chen AND ('))[0].name).toMatch(/Chen/);
    expect(await search('*')).toEqual([]);
  });
});

describe('GET /api/search with bad input', () => {
  it.each([
    ['a missing q', ''],
    ['an empty q', 'q='],
    ['a blank q', 'q=%20%20'],
    ['a q over 200 characters', `q=${'a'.repeat(201)}`],
    ['an unknown kind', 'q=chen&kinds=Wizard'],
    ['a huge limit', 'q=chen&limit=100000'],
    ['a zero limit', 'q=chen&limit=0'],
    ['a non-numeric limit', 'q=chen&limit=ten'],
    ['an unknown parameter', 'q=chen&lmit=5'],
  ])('answers %s with 400 invalid_input', async (_what, query) => {
    const { status, body } = await getJson(api.baseUrl, `/api/search?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/^Invalid input/);
  });
});
