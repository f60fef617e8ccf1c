import { randomUUID } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiTestServer } from '../support/apiTestServer.ts';
import { removeTestData } from '../writes/writeSupport.ts';
import {
  INVESTIGATION_EXCHANGES,
  investigationUrl,
  rememberInvestigation,
  removeInvestigationExchangeData,
} from './investigationExchanges.ts';
import { rememberJob, SCREENING_EXCHANGES, screeningUrl, settleJob } from './screeningExchanges.ts';
import { WRITE_EXCHANGES, WRITE_PREFIX } from './writeExchanges.ts';

const server = useApiTestServer();
const ADMIN_TOKEN = 'openapi-admin-token-0123456789';
const tokenServer = useApiTestServer({
  app: { auth: { mode: 'token', tokens: new Map([[ADMIN_TOKEN, { name: 'admin', role: 'admin' as const }]]) } },
});
// After-hooks run in reverse order: this one runs before the servers close their database connections.
afterAll(() => removeTestData(server.db, WRITE_PREFIX));
afterAll(() => removeInvestigationExchangeData(server.db));
let document: any;

beforeAll(async () => {
  document = await (await fetch(`${server.baseUrl}/api/openapi.json`)).json();
});

interface Exchange {
  method: 'get' | 'post' | 'patch' | 'delete';
  template: string;
  url: string;
  body?: string;
  token?: boolean;
  admin?: boolean;
  headers?: Record<string, string>;
}

const get = (template: string, url: string): Exchange => ({ method: 'get', template, url });
const post = (template: string, url: string, body: string): Exchange => ({ method: 'post', template, url, body });

/** Real requests covering every endpoint's success and error answers. */
const EXCHANGES: Exchange[] = [
  get('/health', '/api/health'),
  get('/openapi.json', '/api/openapi.json'),
  get('/session', '/api/session'),
  { ...get('/session', '/api/session'), token: true },
  { ...get('/session', '/api/session'), admin: true },
  get('/search', '/api/search?q=Vincent'),
  get('/search', '/api/search?q=prince&kinds=Company&limit=5'),
  get('/search', '/api/search?q=*'),
  get('/search', '/api/search?kinds=Company&jurisdiction=KH&program=TCO&limit=2'),
  get('/search', '/api/search?jurisdiction=XX1'),
  get('/search/relationships', '/api/search/relationships?types=OWNS&minPercentage=50'),
  get('/search/relationships', '/api/search/relationships?minPercentage=150'),
  get('/search', '/api/search?q='),
  get('/search', '/api/search?q=chen&limit=100000'),
  { ...get('/search', '/api/search?q=chen'), token: true },
  get('/entities/{id}', '/api/entities/chen-zhi'),
  get('/entities/{id}', '/api/entities/us-treasury-ofac'),
  get('/entities/{id}', '/api/entities/event-extradition-chen-zhi-2026-01-07'),
  get('/entities/{id}', '/api/entities/no-such-entity'),
  get('/entities/{id}', '/api/entities/bad%20id'),
  get('/entities/{id}/neighbors', '/api/entities/chen-zhi/neighbors'),
  get('/entities/{id}/neighbors', '/api/entities/us-treasury-ofac/neighbors?limit=3&direction=in'),
  get('/entities/{id}/neighbors', '/api/entities/prince-holding-group/neighbors?types=SANCTIONED_BY'),
  get('/entities/{id}/neighbors', '/api/entities/chen-zhi/neighbors?types=NOPE'),
  get('/entities/{id}/neighbors', '/api/entities/chen-zhi/neighbors?cursor=forged'),
  get('/entities/{id}/neighbors', '/api/entities/no-such-entity/neighbors'),
  get('/paths', '/api/paths?from=chen-zhi&to=china&types=INVOLVED_IN'),
  get('/paths', '/api/paths?from=chen-zhi&to=huione-group&maxHops=4'),
  get('/paths', '/api/paths?from=chen-zhi&to=china&maxHops=11'),
  get('/paths', '/api/paths?from=chen-zhi&to=no-such-entity'),
  post(
    '/subgraph',
    '/api/subgraph',
    JSON.stringify({ ids: ['chen-zhi', 'prince-holding-group', 'us-treasury-ofac', 'nope'] }),
  ),
  post('/subgraph', '/api/subgraph', '{"ids": ['),
  post('/subgraph', '/api/subgraph', JSON.stringify({ ids: [] })),
  get('/entities/{id}/exposure', '/api/entities/geotech-holdings/exposure?asOf=2026-01-01'),
  get('/entities/{id}/exposure', '/api/entities/chen-zhi/exposure'),
  get('/entities/{id}/exposure', '/api/entities/no-such-entity/exposure'),
  get('/entities/{id}/exposure', '/api/entities/chen-zhi/exposure?asOf=soon'),
  get('/screen', '/api/screen?name=Chen%20Zhi'),
  get('/screen', '/api/screen?name=Chen%20Zhi&kind=Alien'),
  post('/export', '/api/export?format=ftm', JSON.stringify({ ids: ['chen-zhi', 'prince-holding-group'] })),
  post('/export', '/api/export?format=graphml', JSON.stringify({ ids: ['chen-zhi'] })),
  post('/export', '/api/export?format=csv&file=edges', JSON.stringify({ ids: ['chen-zhi'] })),
  post('/export', '/api/export?format=csv', JSON.stringify({ ids: ['chen-zhi'] })),
  post('/export', '/api/export?format=ftm', JSON.stringify({ ids: ['no-such-entity'] })),
  // Only an unknown schema: the import answers 200 and writes nothing to the shared test graph.
  {
    ...post(
      '/import',
      '/api/import',
      JSON.stringify({ format: 'ftm', content: '{"id": "v1", "schema": "Vehicle", "properties": {}}' }),
    ),
    admin: true,
  },
  { ...post('/import', '/api/import', JSON.stringify({ format: 'xml', content: 'x' })), admin: true },
  post('/import', '/api/import', JSON.stringify({ format: 'ftm', content: 'x' })),
  ...WRITE_EXCHANGES,
  ...INVESTIGATION_EXCHANGES,
  ...SCREENING_EXCHANGES,
];

const METHODS = new Set(['get', 'post', 'patch', 'delete']);
/** The operations of a path item (it may also hold servers). */
const operationsOf = (item: Record<string, unknown>) => Object.entries<any>(item).filter(([key]) => METHODS.has(key));

async function exchange(e: Exchange) {
  const baseUrl = e.token || e.admin ? tokenServer.baseUrl : server.baseUrl;
  await settleJob(baseUrl, e.template);
  const response = await fetch(`${baseUrl}${screeningUrl(investigationUrl(e.url))}`, {
    method: e.method.toUpperCase(),
    headers: {
      ...(e.body ? { 'content-type': 'application/json' } : {}),
      ...(e.admin ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
      ...e.headers,
    },
    body: e.body,
  });
  const contentType = response.headers.get('content-type') ?? '';
  const body = /application\/json/.test(contentType) ? await response.json() : await response.text();
  rememberInvestigation(e.template, e.method, response.status, body);
  rememberJob(e.template, response.status, body);
  return { status: response.status, contentType, body };
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

describe('the OpenAPI document at GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 and every $ref in it resolves', () => {
    expect(document.openapi).toBe('3.1.0');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(document, 'openapi');
    for (const name of Object.keys(document.components.schemas)) {
      expect(() => ajv.compile({ $ref: `openapi#/components/schemas/${name}` }), name).not.toThrow();
    }
  });

  it('gives every operation an id, a summary, a success response and the uniform error responses', () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of operationsOf(item)) {
        expect(operation.operationId, `${method} ${path}`).toEqual(expect.any(String));
        expect(ids.has(operation.operationId)).toBe(false);
        ids.add(operation.operationId);
        expect(operation.summary).toEqual(expect.any(String));
        expect(
          operation.responses['200'] ?? operation.responses['201'] ?? operation.responses['202'],
          `${method} ${path}`,
        ).toBeDefined();
        for (const param of operation.parameters ?? []) expect(param.schema, `${path} ${param.name}`).toBeDefined();
      }
    }
  });

  it('describes every real response of every endpoint, errors included', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(document, 'openapi');
    const covered = new Set<string>();
    for (const e of EXCHANGES) {
      const { status, contentType, body } = await exchange(e);
      const label = `${e.method.toUpperCase()} ${e.url} -> ${status}`;
      expect(status, label).toBeLessThan(500);
      const response = document.paths[e.template]?.[e.method]?.responses?.[String(status)];
      expect(response, `${label} is not documented`).toBeDefined();
      const mediaType = contentType.split(';')[0];
      if (mediaType !== 'application/json') {
        // Files (exports): the media type must be documented; their content is tested by the capability's tests.
        expect(Object.keys(response.content), label).toContain(mediaType);
        if (status === 200) covered.add(`${e.method} ${e.template}`);
        continue;
      }
      const validate = ajv.compile({
        $ref: `openapi#/${pointer('paths', e.template, e.method, 'responses', String(status), 'content', 'application/json', 'schema')}`,
      });
      expect(validate(body), `${label}: ${JSON.stringify(validate.errors)}`).toBe(true);
      if (status >= 200 && status <= 202) covered.add(`${e.method} ${e.template}`);
    }
    const documented = Object.entries<any>(document.paths).flatMap(([path, item]) =>
      operationsOf(item).map(([m]) => `${m} ${path}`),
    );
    expect([...covered].sort()).toEqual(documented.sort());
  }, 240_000);

  it('derives query parameters from the validation schemas, with their bounds', () => {
    const params = document.paths['/entities/{id}/neighbors'].get.parameters;
    expect(params.find((p: any) => p.name === 'limit').schema).toMatchObject({ maximum: 500, default: 50 });
    expect(params.find((p: any) => p.name === 'id')).toMatchObject({ in: 'path', required: true });
    expect(document.paths['/search'].get.parameters.find((p: any) => p.name === 'q').required).toBe(false);
    expect(document.paths['/paths'].get.parameters.find((p: any) => p.name === 'maxHops').schema).toMatchObject({
      maximum: 10,
      default: 6,
    });
  });

  const param = (path: string, name: string) => document.paths[path].get.parameters.find((p: any) => p.name === name);
  const status = async (url: string) => (await fetch(`${server.baseUrl}${url}`)).status;

  it('gives comma lists the pattern the server checks: what it matches is served, what it does not is a 400', async () => {
    const lists: [string, string, string, string[]][] = [
      [
        '/search',
        'kinds',
        '/api/search?q=chen&kinds=',
        ['Person', ' Person , Company,', ',', '', 'Wizard', 'Person,,X'],
      ],
      ['/entities/{id}/neighbors', 'types', '/api/entities/chen-zhi/neighbors?types=', ['OWNS', 'OWNS, ,', 'owns']],
      ['/search', 'jurisdiction', '/api/search?jurisdiction=', ['KH', 'KH,VG', 'kh', ' , ']],
    ];
    for (const [path, name, url, values] of lists) {
      const pattern = new RegExp(param(path, name).schema.pattern);
      for (const value of values) {
        const served = (await status(`${url}${encodeURIComponent(value)}`)) === 200;
        expect(pattern.test(value), `${name}=${JSON.stringify(value)}`).toBe(served);
      }
    }
  });

  it("documents the cursor's shape, full dates as format date, and that a path's ends differ", async () => {
    const cursor = param('/entities/{id}/neighbors', 'cursor').schema;
    const page = await (await fetch(`${server.baseUrl}/api/entities/us-treasury-ofac/neighbors?limit=1`)).json();
    expect(new RegExp(cursor.pattern).test(page.nextCursor)).toBe(true);
    expect(new RegExp(cursor.pattern).test('not a cursor!')).toBe(false);
    expect(await status('/api/entities/chen-zhi/neighbors?cursor=not%20a%20cursor!')).toBe(400);
    expect(param('/search', 'cursor').schema.pattern).toBe(cursor.pattern);
    expect(param('/entities/{id}/exposure', 'asOf').schema).toMatchObject({ format: 'date' });
    expect(await status('/api/entities/chen-zhi/exposure?asOf=2026-01')).toBe(400);
    expect(param('/paths', 'to').description).toMatch(/from and to must be different/);
    expect(await status('/api/paths?from=chen-zhi&to=chen-zhi')).toBe(400);
  });

  it('documents the rules that join fields: a source needs a url or a reference, a yente match at most 100 queries', async () => {
    const body = JSON.stringify(document.paths['/entities'].post.requestBody.content['application/json'].schema);
    expect(body).toContain('"anyOf":[{"required":["url"]},{"required":["reference"]}]');
    const refused = await fetch(`${server.baseUrl}/api/entities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'Company', name: 'Sourceless Co', sources: [{ publisher: 'X', date: '2026' }] }),
    });
    expect(refused.status).toBe(400);
    const match = document.paths['/yente/match/{dataset}'].post.requestBody.content['application/json'].schema;
    expect(match.properties.queries.maxProperties).toBe(100);
    expect(document.paths['/export'].post.parameters.find((p: any) => p.name === 'file').description).toMatch(
      /needed with format=csv, and only then/,
    );
  });

  it('states how large a body may be, and takes a file sent as itself beyond the JSON limit', async () => {
    const description = (path: string) => document.paths[path].post.requestBody.description;
    expect(description('/import')).toMatch(/At most 2MB as JSON, 20MB as the file itself\.$/);
    expect(description('/screen/batch')).toMatch(/At most 2MB as JSON, 50MB as the file itself\.$/);
    expect(description('/investigations')).toMatch(/At most 12MB\.$/);
    expect(description('/entities')).not.toMatch(/At most/);
    // About 3.4 MB: over the JSON limit, under the file's. Its row count is refused once it has been read.
    const csv = ['name', ...Array.from({ length: 100_001 }, (_, i) => `Customer number ${String(i).padStart(9, '0')}`)];
    const content = csv.join('\n');
    const post = (type: string, body: string) =>
      fetch(`${server.baseUrl}/api/screen/batch`, { method: 'POST', headers: { 'content-type': type }, body });
    const asJson = await post('application/json', JSON.stringify({ format: 'csv', content }));
    expect(asJson.status).toBe(413);
    const asFile = await post('text/csv', content);
    expect(asFile.status).toBe(400);
    expect((await asFile.json()).error.code).toBe('invalid_file');
  });

  it('declares the Idempotency-Key header, its replay header and its 422 on every write', () => {
    const writes = [
      ['/entities', 'post'],
      ['/entities/{id}', 'patch'],
      ['/entities/{id}', 'delete'],
      ['/relationships', 'post'],
      ['/relationships/{id}', 'patch'],
      ['/relationships/{id}', 'delete'],
      ['/entities/{id}/merge', 'post'],
      ['/investigations', 'post'],
      ['/investigations/{id}', 'patch'],
      ['/investigations/{id}', 'delete'],
      ['/investigations/{id}/duplicate', 'post'],
    ];
    for (const [path, method] of writes) {
      const operation = document.paths[path][method];
      const key = operation.parameters.find((p: any) => p.name === 'Idempotency-Key');
      expect(key, `${method} ${path}`).toMatchObject({ in: 'header', required: false });
      const pattern = new RegExp(key.schema.pattern);
      expect([randomUUID(), 'a'.repeat(255), '"quoted key"'].every((k) => pattern.test(k))).toBe(true);
      expect(['', 'a'.repeat(256), 'two, keys', 'tab\tkey'].some((k) => pattern.test(k))).toBe(false);
      expect(operation.responses['422'].description).toMatch(/idempotency_key_reused/);
      const success = Object.entries<any>(operation.responses).find(([s]) => Number(s) < 300)![1];
      expect(success.headers['Idempotent-Replayed'], `${method} ${path}`).toBeDefined();
    }
    const reads = Object.values<any>(document.paths).flatMap((item) => (item.get ? [item.get] : []));
    for (const read of reads) expect(JSON.stringify(read.parameters ?? [])).not.toContain('Idempotency-Key');
  });
});
