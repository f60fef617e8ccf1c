// Credentials never reach the log: a real server process, real requests, and a grep of the log file it wrote.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const ADMIN_TOKEN = 'admin-secret-3b9f2c7e1d4a8b6f';
const ANALYST_TOKEN = 'analyst-secret-8c1e5a9d2f7b4e3a';
const COOKIE_SECRET = 'sessioncookie-5f2a8e1c9b7d3a6e';
const QUERY_SECRET = 'querytoken-7d3b1f9a5e2c8b4d';
const KEY_SECRET = 'apikey-2e8c4a6f1b9d3e7a';

let server: ServerProcess | undefined;
afterAll(() => server?.kill());

describe('the request log', () => {
  it('records requests without the bearer tokens, cookies or token query parameters they carried', async () => {
    server = startServerProcess({
      AUTH_MODE: 'token',
      AUTH_TOKENS: JSON.stringify([
        { token: ADMIN_TOKEN, name: 'ada', role: 'admin' },
        { token: ANALYST_TOKEN, name: 'ann', role: 'analyst' },
      ]),
    });
    const baseUrl = await server.ready;
    const calls = [
      fetch(`${baseUrl}/api/session`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }),
      fetch(`${baseUrl}/api/search?q=chen&token=${QUERY_SECRET}`, {
        headers: { authorization: `Bearer ${ANALYST_TOKEN}`, cookie: `sid=${COOKIE_SECRET}` },
      }),
      fetch(`${baseUrl}/api/entities/chen-zhi?api_key=${KEY_SECRET}`, {
        headers: { authorization: `Bearer ${ANALYST_TOKEN}` },
      }),
      // Refused calls are logged too, with what they sent.
      fetch(`${baseUrl}/api/search?q=x`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}x` } }),
    ];
    const statuses = await Promise.all(calls.map(async (call) => (await call).status));
    // The search refuses the unknown parameter (400), and the log still must not show its value.
    expect(statuses).toEqual([200, 400, 200, 401]);
    server.child.kill('SIGTERM');
    await server.exited;

    const log = readFileSync(server.logPath, 'utf8');
    expect(log).toContain('/api/search?q=chen&token=[redacted]');
    expect(log).toContain('/api/entities/chen-zhi?api_key=[redacted]');
    expect(log).toMatch(/"authorization":"\[redacted\]"/);
    expect(log).toMatch(/"cookie":"\[redacted\]"/);
    for (const secret of [ADMIN_TOKEN, ANALYST_TOKEN, COOKIE_SECRET, QUERY_SECRET, KEY_SECRET]) {
      expect(log).not.toContain(secret);
    }
  });
});
