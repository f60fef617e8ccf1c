// Real requests covering the editing endpoints' success and error answers, in an order that builds on itself.
import { testPrefix } from '../support/testDb.ts';

export const WRITE_PREFIX = testPrefix('openapi-writes');
const a = `${WRITE_PREFIX}a`;
const b = `${WRITE_PREFIX}b`;
const rel = `${WRITE_PREFIX}owns`;
const sources = [{ url: 'https://example.org/openapi-test', publisher: 'Example', date: '2026-01-01' }];
const company = (id: string, name: string) => ({ id, kind: 'Company', name, sources, allowDuplicate: true });

type Method = 'get' | 'post' | 'patch' | 'delete';
const call = (method: Method, template: string, url: string, body?: unknown, token?: boolean) => ({
  method,
  template,
  url,
  body: body === undefined ? undefined : JSON.stringify(body),
  token,
});

/** A write with an Idempotency-Key: the first answer, its replay, the key with another body, a malformed key. */
const keyed = (key: string, body: unknown) => ({
  ...call('post', '/entities', '/api/entities', body),
  headers: { 'Idempotency-Key': key },
});
const KEY = `openapi-${WRITE_PREFIX}`;

export const WRITE_EXCHANGES = [
  call('post', '/entities/check', '/api/entities/check', { name: 'Zhi Chen', kind: 'Person' }),
  call('post', '/entities/check', '/api/entities/check', { kind: 'Person' }),
  call('post', '/entities', '/api/entities', company(a, 'OpenAPI Test Holdings')),
  call('post', '/entities', '/api/entities', company(a, 'OpenAPI Test Holdings')),
  call('post', '/entities', '/api/entities', { kind: 'Person', name: 'Chen Zhi', sources }),
  call('post', '/entities', '/api/entities', { kind: 'Ship', name: 'X', sources }),
  call('post', '/entities', '/api/entities', company(`${WRITE_PREFIX}anonymous`, 'Anonymous Co'), true),
  keyed(KEY, company(`${WRITE_PREFIX}keyed`, 'OpenAPI Keyed Holdings')),
  keyed(KEY, company(`${WRITE_PREFIX}keyed`, 'OpenAPI Keyed Holdings')),
  keyed(KEY, company(`${WRITE_PREFIX}rekeyed`, 'OpenAPI Rekeyed Holdings')),
  keyed('two, keys', company(`${WRITE_PREFIX}rekeyed`, 'OpenAPI Rekeyed Holdings')),
  call('patch', '/entities/{id}', `/api/entities/${a}`, { version: 1, registrationNumber: 'R-1', sources }),
  call('patch', '/entities/{id}', `/api/entities/${a}`, { version: 1, registrationNumber: 'R-2', sources }),
  call('patch', '/entities/{id}', `/api/entities/${a}`, { registrationNumber: 'R-3', sources }),
  call('patch', '/entities/{id}', `/api/entities/${WRITE_PREFIX}none`, { version: 1, sources }),
  call('post', '/relationships', '/api/relationships', {
    id: rel,
    type: 'OWNS',
    source: 'chen-zhi',
    target: a,
    percentage: 60,
    sources,
  }),
  call('post', '/relationships', '/api/relationships', {
    type: 'OWNS',
    source: 'chen-zhi',
    target: `${WRITE_PREFIX}none`,
    sources,
  }),
  call('post', '/relationships', '/api/relationships', { type: 'OWNS', source: 'china', target: a, sources }),
  call('post', '/relationships', '/api/relationships', {
    type: 'OWNS',
    source: 'chen-zhi',
    target: a,
    percentage: 101,
    sources,
  }),
  call('patch', '/relationships/{id}', `/api/relationships/${rel}`, { version: 1, percentage: 65, sources }),
  call('patch', '/relationships/{id}', `/api/relationships/${rel}`, { version: 1, percentage: 70, sources }),
  call('delete', '/entities/{id}', `/api/entities/${a}`, { version: 2, sources }),
  call('post', '/entities', '/api/entities', company(b, 'OpenAPI Test Holdings Duplicate')),
  call('post', '/entities/{id}/merge/preview', `/api/entities/${a}/merge/preview`, { from: b }),
  call('post', '/entities/{id}/merge/preview', `/api/entities/${a}/merge/preview`, { from: `${WRITE_PREFIX}none` }),
  call('post', '/entities/{id}/merge', `/api/entities/${a}/merge`, { from: b, sources }),
  call('post', '/entities/{id}/merge', `/api/entities/${a}/merge`, { from: `${WRITE_PREFIX}none`, sources }),
  call('get', '/audit', `/api/audit?entity=${a}`),
  call('get', '/audit', '/api/audit?limit=0'),
  call('delete', '/relationships/{id}', `/api/relationships/${rel}`, { version: 2, sources }),
  call('delete', '/relationships/{id}', `/api/relationships/${rel}`, { version: 2, sources }),
  call('delete', '/entities/{id}', `/api/entities/${a}`, { version: 3, sources }),
  call('get', '/audit', `/api/audit?relationship=${rel}`),
  call('get', '/audit', `/api/audit?entity=${a}&relationship=${rel}`),
];
