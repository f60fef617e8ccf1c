import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb } from '../support/testDb.ts';

const db = openTestDb();
let server: TestServer;
beforeAll(async () => (server = await startTestServer(db)));
afterAll(async () => {
  await server.close();
  await db.close();
});

async function waitForJob(id: string) {
  for (let i = 0; i < 600; i++) {
    const status = await (await fetch(`${server.baseUrl}/api/screen/batch/${id}`)).json();
    if (status.status !== 'running') return status;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the job did not finish');
}

const CSV = [
  'reference,full_name,date_of_birth,country',
  'c-1,Chen Zhi,,',
  '',
  'c-2,"PRINCE HOLDING GROUP, Ltd.",,KH',
  'c-3,Amnesty International,,',
  'c-4,"unterminated, row",1990,GB,extra',
  'c-5,Zhi Chen,1987-12-16,',
  '',
].join('\n');

describe('POST /api/screen/batch', () => {
  it('screens a CSV with a header, blank lines and quoted commas as a job, naming the malformed row', async () => {
    const response = await fetch(`${server.baseUrl}/api/screen/batch`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: CSV,
    });
    expect(response.status).toBe(202);
    const started = await response.json();
    expect(started).toMatchObject({ total: 4, problems: [{ line: 6, reason: expect.stringContaining('columns') }] });
    const done = await waitForJob(started.id);
    expect(done).toMatchObject({ status: 'done', processed: 4, matched: 3 });

    const { results } = await (await fetch(`${server.baseUrl}/api/screen/batch/${started.id}/results`)).json();
    const byRef = Object.fromEntries(results.map((r: { reference: string }) => [r.reference, r]));
    expect(byRef['c-1'].matches[0]).toMatchObject({ id: 'chen-zhi', score: 1 });
    expect(byRef['c-1'].matches[0].exposure).toEqual(
      expect.arrayContaining([
        { regime: 'US', status: 'listed' },
        { regime: 'UK', status: 'listed' },
      ]),
    );
    expect(byRef['c-2'].matches[0]).toMatchObject({ id: 'prince-holding-group' });
    expect(byRef['c-3'].matches).toEqual([]);
    expect(byRef['c-5'].matches[0].features).toHaveProperty('name_match');

    const csv = await (await fetch(`${server.baseUrl}/api/screen/batch/${started.id}/results?format=csv`)).text();
    expect(csv.split('\n')[0]).toBe(
      'line,reference,screened_name,match_id,match_name,matched_name,score,features,lists,exposure',
    );
    expect(csv).toContain('c-1,Chen Zhi,chen-zhi');
  });

  it('screens FollowTheMoney lines too', async () => {
    const line = JSON.stringify({
      id: 'q1',
      schema: 'Person',
      properties: { name: ['Chen Zhi'], nationality: ['kh'] },
    });
    const response = await fetch(`${server.baseUrl}/api/screen/batch?format=ftm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: `${line}\nnot json\n`,
    });
    const started = await response.json();
    expect(started.problems).toEqual([{ line: 2, reason: 'not a JSON object' }]);
    await waitForJob(started.id);
    const { results } = await (await fetch(`${server.baseUrl}/api/screen/batch/${started.id}/results`)).json();
    expect(results[0]).toMatchObject({ reference: 'q1', matches: [expect.objectContaining({ id: 'chen-zhi' })] });
  });

  it('refuses a file without a name column, and answers 404 for an unknown job', async () => {
    const response = await fetch(`${server.baseUrl}/api/screen/batch`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b\n1,2\n',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_file');
    const unknown = await fetch(`${server.baseUrl}/api/screen/batch/00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(404);
  });

  it('refuses a file of more than 100,000 rows before screening any, saying to split it', async () => {
    const response = await fetch(`${server.baseUrl}/api/screen/batch`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: ['name', ...Array.from({ length: 100_001 }, (_, i) => `Person ${i}`)].join('\n'),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      code: 'invalid_file',
      message: 'More than 100000 rows: split the file.',
    });
  });
});
