// Search on properties: GET /api/search with filters (with or without a name) and GET /api/search/relationships.
import { beforeAll, describe, expect, it } from 'vitest';
import { company, SOURCE, useWriteApi } from '../writes/writeSupport.ts';

const { prefix, call } = useWriteApi('property-filters');
const id = (name: string) => `${prefix}${name}`;
const ids = (body: { hits: { id: string }[] }) => body.hits.map((h) => h.id);

async function write(path: string, body: unknown) {
  const response = await call('POST', path, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

const listing = (source: string, program: string, listedOn: string) => ({
  type: 'SANCTIONED_BY',
  source,
  target: 'us-treasury-ofac',
  program,
  listedOn,
  sources: [SOURCE],
});

beforeAll(async () => {
  await write(
    '/api/entities',
    company(id('kh-tco'), 'Filtertest Angkor Trading', { jurisdiction: 'KH', allowDuplicate: true }),
  );
  await write(
    '/api/entities',
    company(id('kh-clean'), 'Filtertest Mekong Clean', { jurisdiction: 'KH', allowDuplicate: true }),
  );
  await write(
    '/api/entities',
    company(id('vg-tco'), 'Filtertest Tortola Shell', { jurisdiction: 'VG', confidence: 'low', allowDuplicate: true }),
  );
  await write('/api/relationships', listing(id('kh-tco'), 'TCO', '2025-10-14'));
  await write('/api/relationships', listing(id('vg-tco'), 'TCO', '2024-03-01'));
  await write('/api/relationships', {
    type: 'OWNS',
    source: id('kh-tco'),
    target: id('kh-clean'),
    percentage: 60,
    sources: [SOURCE],
  });
  await write('/api/relationships', {
    type: 'OWNS',
    source: id('vg-tco'),
    target: id('kh-clean'),
    percentage: 30,
    sources: [SOURCE],
  });
});

describe('GET /api/search with property filters', () => {
  it('finds the companies registered in KH listed under TCO, and only those', async () => {
    const response = await call('GET', '/api/search?kinds=Company&jurisdiction=KH&program=TCO&limit=50');
    expect(response.status).toBe(200);
    const found = ids(response.body).filter((hit) => hit.startsWith(prefix));
    expect(found).toEqual([id('kh-tco')]);
    expect(response.body.hits[0]).toMatchObject({ sanctioned: true, score: null, matchedAlias: null });
  });

  it('narrows a name search by the filters', async () => {
    const all = await call('GET', '/api/search?q=Filtertest&limit=50');
    expect(ids(all.body)).toEqual(expect.arrayContaining([id('kh-tco'), id('kh-clean'), id('vg-tco')]));
    const low = await call('GET', '/api/search?q=Filtertest&confidence=low');
    expect(ids(low.body)).toEqual([id('vg-tco')]);
  });

  it('filters by nationality, list and listed-on range on the seed', async () => {
    const response = await call(
      'GET',
      '/api/search?kinds=Person&nationality=KH&list=uk-fcdo-ofsi&listedFrom=2025-10-01&listedTo=2025-10-31&limit=50',
    );
    expect(ids(response.body)).toContain('chen-zhi');
    const before = await call('GET', '/api/search?nationality=KH&listedTo=2025-01-01&limit=50');
    expect(ids(before.body)).not.toContain('chen-zhi');
  });

  it('filters by a source publisher', async () => {
    const response = await call('GET', `/api/search?q=Filtertest&publisher=${encodeURIComponent(SOURCE.publisher)}`);
    expect(ids(response.body)).toHaveLength(3);
    const other = await call('GET', '/api/search?q=Filtertest&publisher=Nobody%20Publishes%20This');
    expect(ids(other.body)).toEqual([]);
  });

  it('says which of the given entities the filters keep, leaving out those whose value is unknown', async () => {
    const given = [id('kh-tco'), id('kh-clean'), id('vg-tco'), 'chen-zhi', 'prince-holding-group'].join(',');
    const response = await call('GET', `/api/search?ids=${given}&jurisdiction=KH&limit=50`);
    expect(response.status).toBe(200);
    expect(ids(response.body).sort()).toEqual([id('kh-clean'), id('kh-tco')]);
    const nationals = await call('GET', `/api/search?ids=${given}&nationality=KH`);
    expect(ids(nationals.body)).toEqual(['chen-zhi']);
    const tooMany = Array.from({ length: 51 }, (_, i) => `entity-${i}`).join(',');
    expect((await call('GET', `/api/search?ids=${tooMany}&jurisdiction=KH`)).status).toBe(400);
  });

  it('pages a search by filters alone with a cursor, each entity once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { hits: { id: string }[]; nextCursor: string | null } } = await call(
        'GET',
        `/api/search?jurisdiction=KH,VG&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...ids(page.body));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(
      expect.arrayContaining([id('kh-tco'), id('kh-clean'), id('vg-tco'), 'national-bank-of-cambodia']),
    );
  });

  it('refuses a search with neither a name nor a filter, a bad country code and a forged cursor', async () => {
    expect((await call('GET', '/api/search')).status).toBe(400);
    const code = await call('GET', '/api/search?jurisdiction=Cambodia');
    expect(code.status).toBe(400);
    expect(code.body.error.details[0].path).toBe('jurisdiction.0');
    expect((await call('GET', '/api/search?jurisdiction=KH&cursor=forged')).body.error.code).toBe('invalid_cursor');
  });
});

describe('GET /api/search/relationships', () => {
  it('finds ownerships of 50% or more, with both ends', async () => {
    const response = await call('GET', '/api/search/relationships?types=OWNS&minPercentage=50&limit=500');
    expect(response.status).toBe(200);
    const percentages = response.body.edges.map((e: { percentage: number }) => e.percentage);
    expect(percentages.every((p: number) => p >= 50)).toBe(true);
    const mine = response.body.edges.filter((e: { source: string }) => e.source.startsWith(prefix));
    expect(mine.map((e: { source: string; target: string }) => [e.source, e.target])).toEqual([
      [id('kh-tco'), id('kh-clean')],
    ]);
    expect(response.body.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining([id('kh-tco'), id('kh-clean')]),
    );
    expect(response.body.edges.map((e: { target: string }) => e.target)).toContain('prince-group-holdings-limited');
  });

  it('finds listings under a program in a date range', async () => {
    const response = await call(
      'GET',
      '/api/search/relationships?types=SANCTIONED_BY&program=TCO&listedTo=2025-01-01&limit=500',
    );
    const sources = response.body.edges.map((e: { source: string }) => e.source);
    expect(sources).toContain(id('vg-tco'));
    expect(sources).not.toContain(id('kh-tco'));
    expect(sources).not.toContain('chen-zhi');
  });

  it('pages with a cursor and refuses a percentage above 100', async () => {
    const first = await call('GET', '/api/search/relationships?types=SANCTIONED_BY&limit=2');
    expect(first.body.edges).toHaveLength(2);
    const second = await call(
      'GET',
      `/api/search/relationships?types=SANCTIONED_BY&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.edges[0].id > first.body.edges[1].id).toBe(true);
    expect((await call('GET', '/api/search/relationships?minPercentage=150')).status).toBe(400);
  });
});
