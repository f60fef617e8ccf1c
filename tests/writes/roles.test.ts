// Token mode: who may write. Tokens and roles come from configuration, never from the client.
import { describe, expect, it } from 'vitest';
import { readAuthConfig } from '../../server/src/auth/authConfig.ts';
import { company, SOURCE, useWriteApi } from './writeSupport.ts';

const ANALYST = 'analyst-token-0123456789';
const INVESTIGATOR = 'investigator-token-0123456789';
const AUTH = readAuthConfig({
  AUTH_MODE: 'token',
  AUTH_TOKENS: JSON.stringify([
    { token: ANALYST, name: 'ana', role: 'analyst' },
    { token: INVESTIGATOR, name: 'ivan', role: 'investigator' },
  ]),
});
const { prefix, call } = useWriteApi('roles', AUTH);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('roles in token mode', () => {
  it('refuses an anonymous write with 401', async () => {
    const response = await call('POST', '/api/entities', company(`${prefix}anon`, 'Anonymous Write Co'));
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });

  it('refuses a write with an unknown token with 401', async () => {
    const response = await call(
      'POST',
      '/api/entities',
      company(`${prefix}forged`, 'Forged Token Co'),
      bearer('not-a-configured-token-000'),
    );
    expect(response.status).toBe(401);
  });

  it('refuses every kind of write from an analyst with 403', async () => {
    const headers = bearer(ANALYST);
    const attempts = [
      call('POST', '/api/entities', company(`${prefix}analyst`, 'Analyst Write Co'), headers),
      call('PATCH', '/api/entities/chen-zhi', { version: 1, name: 'X', sources: [SOURCE] }, headers),
      call('DELETE', '/api/entities/chen-zhi', { version: 1, sources: [SOURCE] }, headers),
      call(
        'POST',
        '/api/relationships',
        { type: 'LINKED_TO', source: 'chen-zhi', target: 'china', sources: [SOURCE] },
        headers,
      ),
      call('PATCH', '/api/relationships/x', { version: 1, sources: [SOURCE] }, headers),
      call('DELETE', '/api/relationships/x', { version: 1, sources: [SOURCE] }, headers),
      call('POST', '/api/entities/chen-zhi/merge', { from: 'prince-holding-group', sources: [SOURCE] }, headers),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({
        code: 'forbidden',
        details: { needed: 'investigator', role: 'analyst' },
      });
    }
  });

  it('lets an analyst read the audit trail and check for duplicates', async () => {
    const audit = await call('GET', '/api/audit?entity=chen-zhi', undefined, bearer(ANALYST));
    expect(audit.status).toBe(200);
    const check = await call('POST', '/api/entities/check', { name: 'Chen Zhi', kind: 'Person' }, bearer(ANALYST));
    expect(check.status).toBe(200);
  });

  it('lets an investigator write, and records the investigator as the actor', async () => {
    const id = `${prefix}ivan`;
    const response = await call('POST', '/api/entities', company(id, 'Investigator Write Co'), bearer(INVESTIGATOR));
    expect(response.status).toBe(201);
    const audit = await call('GET', `/api/audit?entity=${id}`, undefined, bearer(INVESTIGATOR));
    expect(audit.body.entries[0]).toMatchObject({ actor: 'ivan', role: 'investigator', action: 'create' });
  });
});
