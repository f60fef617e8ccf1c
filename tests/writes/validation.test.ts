// Every rule of the shared schema, enforced on writes, with an error naming the field and the rule.
import { beforeAll, describe, expect, it } from 'vitest';
import { company, graphCounts, SOURCE, useWriteApi } from './writeSupport.ts';

const { db, prefix, call } = useWriteApi('validation');
const shell = `${prefix}shell`;

beforeAll(async () => {
  await call('POST', '/api/entities', company(shell, 'Validation Shell Company'));
});

async function expectInvalid(path: string, body: unknown, field: string, message: RegExp) {
  const response = await call('POST', path, body);
  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('invalid_input');
  const detail = response.body.error.details.find((d: { path: string }) => d.path === field);
  expect(detail, JSON.stringify(response.body.error.details)).toBeDefined();
  expect(detail.message).toMatch(message);
  expect(response.body.error.message).toContain(field);
}

const entity = (kind: string, fields: Record<string, unknown>) => ({
  id: `${prefix}${kind.toLowerCase()}`,
  kind,
  name: `${kind} under test`,
  sources: [SOURCE],
  ...fields,
});

describe('entity fields, per kind', () => {
  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    ['Person', 'birthDate', { birthDate: '16 December 1987' }, /ISO date/],
    ['Person', 'nationality.0', { nationality: ['Cambodia'] }, /ISO 3166-1 alpha-2/],
    ['Person', 'birthPlace', { birthPlace: 'x'.repeat(201) }, /too big|<=200/i],
    ['Person', 'identifiers', { identifiers: 'passport N00081108' }, /expected array/],
    ['Company', 'jurisdiction', { jurisdiction: 'Cambodia' }, /ISO 3166-1 alpha-2/],
    ['Company', 'registrationNumber', { registrationNumber: 'x'.repeat(101) }, /<=100/],
    ['Company', 'incorporationDate', { incorporationDate: '2020-13-01' }, /not a real date/],
    ['Organization', 'jurisdiction', { jurisdiction: 'kh' }, /ISO 3166-1 alpha-2/],
    ['LegalEntity', 'jurisdiction', { jurisdiction: 'KHM' }, /ISO 3166-1 alpha-2/],
    ['PublicBody', 'jurisdiction', { jurisdiction: 42 }, /expected string/],
    ['Country', 'code', { code: 'CHN' }, /ISO 3166-1 alpha-2/],
    ['Event', 'date', { date: 'January 2026' }, /ISO date/],
    ['Event', 'summary', { summary: 'x'.repeat(2001) }, /<=2000/],
    ['Address', 'country', { country: 'United Kingdom' }, /ISO 3166-1 alpha-2/],
    ['CryptoWallet', 'publicKey', { publicKey: 'x'.repeat(201) }, /<=200/],
    ['Vessel', 'flag', { flag: 'Panama' }, /ISO 3166-1 alpha-2/],
    ['Airplane', 'registrationNumber', { registrationNumber: 'x'.repeat(51) }, /<=50/],
  ];
  it.each(cases)('refuses a %s with a bad %s', async (kind, field, fields, message) => {
    await expectInvalid('/api/entities', entity(kind, fields), field, message);
  });

  it('refuses a field of another kind (a person has no jurisdiction) as an unknown field', async () => {
    await expectInvalid('/api/entities', entity('Person', { jurisdiction: 'KH' }), 'jurisdiction', /not a known field/);
  });

  it('refuses an unknown field', async () => {
    await expectInvalid(
      '/api/entities',
      entity('Company', { sanctioned: true }),
      'sanctioned',
      /not a known field.*allowed: id, name/,
    );
  });

  it('refuses an unknown kind, listing the known ones', async () => {
    await expectInvalid('/api/entities', entity('Ship', {}), 'kind', /must be one of Person, Company/);
  });

  it('refuses an entity without a name', async () => {
    await expectInvalid('/api/entities', { kind: 'Company', sources: [SOURCE] }, 'name', /is required/);
  });

  it('refuses an id with characters outside letters, digits and . _ : -', async () => {
    await expectInvalid(
      '/api/entities',
      { ...entity('Company', {}), id: 'bad id/with slash' },
      'id',
      /letters, digits/,
    );
  });

  it('refuses a PATCH with an unknown field, even when it is set to null', async () => {
    const response = await call('PATCH', `/api/entities/${shell}`, { version: 1, colour: null, sources: [SOURCE] });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]).toMatchObject({
      path: 'colour',
      message: expect.stringMatching(/not a known field of a Company/),
    });
  });
});

describe('sources', () => {
  it('refuses a write without sources', async () => {
    const { sources: _s, ...withoutSources } = company(`${prefix}nosrc`, 'No Source Company');
    await expectInvalid('/api/entities', withoutSources, 'sources', /is required/);
  });

  it('refuses an empty list of sources', async () => {
    await expectInvalid(
      '/api/entities',
      company(`${prefix}nosrc`, 'No Source Company', { sources: [] }),
      'sources',
      /at least one source/,
    );
  });

  it('refuses a source with neither url nor reference', async () => {
    await expectInvalid(
      '/api/entities',
      company(`${prefix}nosrc`, 'Bad Source Co', { sources: [{ publisher: 'Someone', date: '2026-01-01' }] }),
      'sources.0.url',
      /needs a url or a reference/,
    );
  });

  it('refuses a source without publisher or with a bad date', async () => {
    const bad = { url: 'https://example.org', date: 'last week' };
    const response = await call(
      'POST',
      '/api/entities',
      company(`${prefix}nosrc`, 'Bad Source Co', { sources: [bad] }),
    );
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['sources.0.publisher', 'sources.0.date']));
  });

  it('refuses a source whose url is not a url', async () => {
    await expectInvalid(
      '/api/entities',
      company(`${prefix}nosrc`, 'Bad Url Co', { sources: [{ ...SOURCE, url: 'not a url' }] }),
      'sources.0.url',
      /url/i,
    );
  });

  it('refuses a PATCH and a DELETE that cite no source', async () => {
    const patched = await call('PATCH', `/api/entities/${shell}`, { version: 1, name: 'Renamed' });
    expect(patched.status).toBe(400);
    expect(patched.body.error.details[0].path).toBe('sources');
    const deleted = await call('DELETE', `/api/entities/${shell}`, { version: 1 });
    expect(deleted.status).toBe(400);
    expect(deleted.body.error.details[0].path).toBe('sources');
  });
});

describe('relationship fields, per type', () => {
  const rel = (type: string, fields: Record<string, unknown>, source = 'chen-zhi', target = shell) => ({
    type,
    source,
    target,
    sources: [SOURCE],
    ...fields,
  });

  it('refuses an OWNS percentage above 100', async () => {
    await expectInvalid('/api/relationships', rel('OWNS', { percentage: 120 }), 'percentage', /<=100/);
  });

  it('refuses a negative OWNS percentage', async () => {
    await expectInvalid('/api/relationships', rel('OWNS', { percentage: -1 }), 'percentage', />=0/);
  });

  it('refuses a SANCTIONED_BY without its program', async () => {
    await expectInvalid(
      '/api/relationships',
      rel('SANCTIONED_BY', { listedOn: '2025-10-14' }, shell, 'us-treasury-ofac'),
      'program',
      /is required/,
    );
  });

  it('refuses a SANCTIONED_BY with a bad listing date', async () => {
    await expectInvalid(
      '/api/relationships',
      rel('SANCTIONED_BY', { program: 'TCO', listedOn: '14/10/2025' }, shell, 'us-treasury-ofac'),
      'listedOn',
      /ISO date/,
    );
  });

  it('refuses an INVOLVED_IN without its role', async () => {
    await expectInvalid(
      '/api/relationships',
      rel('INVOLVED_IN', {}, shell, 'event-extradition-chen-zhi-2026-01-07'),
      'role',
      /is required/,
    );
  });

  it('refuses an end date before the start date', async () => {
    await expectInvalid(
      '/api/relationships',
      rel('OWNS', { startDate: '2025-01-01', endDate: '2024-01-01' }),
      'endDate',
      /startDate must not be after endDate/,
    );
  });

  it('refuses a field another type has (a percentage on CONTROLS)', async () => {
    await expectInvalid('/api/relationships', rel('CONTROLS', { percentage: 50 }), 'percentage', /not a known field/);
  });

  it('refuses an unknown relationship type, listing the known ones', async () => {
    await expectInvalid('/api/relationships', rel('BRIBED', {}), 'type', /must be one of OWNS, CONTROLS/);
  });

  it('refuses a relationship without endpoints', async () => {
    await expectInvalid('/api/relationships', { type: 'OWNS', sources: [SOURCE] }, 'source', /is required/);
  });

  it('refuses endpoints the type does not allow (SANCTIONED_BY must point at a public body)', async () => {
    const response = await call(
      'POST',
      '/api/relationships',
      rel('SANCTIONED_BY', { program: 'TCO' }, shell, 'chen-zhi'),
    );
    expect(response.status).toBe(422);
    expect(response.body.error.details).toContainEqual({
      path: 'target',
      message: 'is a Person; SANCTIONED_BY ends at PublicBody',
    });
  });
});

describe('malformed requests', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await call('POST', '/api/entities', '{"kind": "Company",');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('malformed_json');
  });

  it('answers a JSON array body with 400 invalid_input', async () => {
    const response = await call('POST', '/api/relationships', [1, 2]);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
  });

  it('answers a bad cascade flag and a bad If-Match with 400', async () => {
    const cascade = await call('DELETE', `/api/entities/${shell}?cascade=yes`, { version: 1, sources: [SOURCE] });
    expect(cascade.status).toBe(400);
    expect(cascade.body.error.details[0].path).toBe('cascade');
    const ifMatch = await call('PATCH', `/api/entities/${shell}`, { sources: [SOURCE] }, { 'If-Match': 'latest' });
    expect(ifMatch.status).toBe(400);
  });

  it('changes nothing in the graph when a write is refused', async () => {
    const before = await graphCounts(db);
    await call('POST', '/api/entities', entity('Person', { birthDate: 'soon' }));
    await call('POST', '/api/relationships', rel0());
    expect(await graphCounts(db)).toEqual(before);
  });
});

const rel0 = () => ({ type: 'OWNS', source: 'chen-zhi', target: shell, percentage: 101, sources: [SOURCE] });
