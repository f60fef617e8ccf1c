import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreeningResult } from '../../server/src/screen/contract.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb } from '../support/testDb.ts';

const db = openTestDb();
let server: TestServer;
beforeAll(async () => (server = await startTestServer(db)));
afterAll(async () => {
  await server.close();
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
