import { describe, expect, it } from 'vitest';
import { useApiTestServer } from '../support/apiTestServer.ts';

const ANALYST_TOKEN = 'session-analyst-token-0123456789';
const local = useApiTestServer();
const shared = useApiTestServer({
  app: { auth: { mode: 'token', tokens: new Map([[ANALYST_TOKEN, { name: 'alice', role: 'analyst' as const }]]) } },
});

const session = (baseUrl: string, token?: string) =>
  fetch(`${baseUrl}/api/session`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('GET /api/session', () => {
  it('names the single local investigator in local mode', async () => {
    const response = await session(local.baseUrl);
    expect(await response.json()).toEqual({
      mode: 'local',
      user: { name: 'local-investigator', role: 'investigator' },
    });
  });

  it('tells the explorer to ask for a token when a shared server gets none', async () => {
    const response = await session(shared.baseUrl);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthenticated');
  });

  it('refuses a token that is not configured', async () => {
    const response = await session(shared.baseUrl, 'made-up-token-0123456789');
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('invalid_token');
  });

  it('names the caller and role behind a configured token', async () => {
    const response = await session(shared.baseUrl, ANALYST_TOKEN);
    expect(await response.json()).toEqual({ mode: 'token', user: { name: 'alice', role: 'analyst' } });
  });
});
