// The typed client against the real API server and the seeded Neo4j.
import { useApiTestServer } from '../../../tests/support/apiTestServer.ts';
import { useRealApi } from '../../../tests/support/realApi.ts';
import { ApiClient, ApiRequestError } from './apiClient.ts';

const real = useRealApi();

describe('the API client', () => {
  it('expands one type of link a page at a time and follows the cursor', async () => {
    const first = await real.api.neighbors('us-treasury-ofac', { types: ['SANCTIONED_BY'], limit: 10 });
    expect(first.edges).toHaveLength(10);
    expect(first.edges.every((e) => e.type === 'SANCTIONED_BY')).toBe(true);
    const second = await real.api.neighbors('us-treasury-ofac', {
      types: ['SANCTIONED_BY'],
      limit: 10,
      cursor: first.nextCursor,
    });
    expect(second.edges.map((e) => e.id)).not.toContain(first.edges[0].id);
  });

  it('finds a path from Chen Zhi to China and reveals the links among given nodes', async () => {
    const paths = await real.api.paths('chen-zhi', 'china');
    expect(paths.paths[0].nodeIds[0]).toBe('chen-zhi');
    expect(paths.paths[0].nodeIds.at(-1)).toBe('china');
    const links = await real.api.subgraph(['chen-zhi', 'prince-holding-group', 'nobody-at-all']);
    expect(links.nodes.map((n) => n.id).sort()).toEqual(['chen-zhi', 'prince-holding-group']);
    expect(links.missing).toEqual(['nobody-at-all']);
  });

  it('starts a batch screening of a file larger than a JSON request may be, and screens every row', async () => {
    // 1,000 rows of 3 KB each: 3 MB, over the 2 MB limit of JSON bodies.
    const note = 'x'.repeat(3_000);
    const csv = ['name,reference', ...Array.from({ length: 1_000 }, (_, i) => `Chen Zhi,${i}-${note}`)].join('\n');
    expect(csv.length).toBeGreaterThan(3_000_000);
    let status = await real.api.startBatch(csv, 'csv', 0.7);
    while (status.status !== 'done' && status.status !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = await real.api.batchStatus(status.id);
    }
    expect(status).toMatchObject({ status: 'done', total: 1_000, matched: 1_000 });
  });

  it("turns an error answer into an error with the server's readable message", async () => {
    const failure = await real.api.entity('no-such-entity').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ status: 404, code: 'not_found', message: 'No entity with id "no-such-entity".' });
    await expect(real.api.neighbors('chen-zhi', { types: ['NOT_A_TYPE' as never] })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('says plainly when the server cannot be reached', async () => {
    const offline = new ApiClient('http://127.0.0.1:9');
    await expect(offline.search('Chen')).rejects.toMatchObject({
      code: 'network_error',
      message: expect.stringContaining('cannot be reached'),
    });
  });
});

describe('the API client writing', () => {
  const shared = useApiTestServer({ cleanupPrefix: 'client-idem-' });

  it('retries a create whose answer was lost with the same Idempotency-Key, so the entity is made once', async () => {
    const keys: string[] = [];
    let lose = true;
    // The real server commits the first attempt; its answer is then lost on the way back, as a 503.
    const losingFirstAnswer: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method !== 'POST') return response;
      keys.push(new Headers(init.headers).get('Idempotency-Key') ?? '');
      if (!lose) return response;
      lose = false;
      return new Response(JSON.stringify({ error: { code: 'neo4j_unavailable', message: 'lost', details: null } }), {
        status: 503,
      });
    };
    const api = new ApiClient(shared.baseUrl, losingFirstAnswer);
    const source = { reference: 'client test', publisher: 'tests', date: '2026-01-01' };
    const created = await api.createEntity({
      id: 'client-idem-acme',
      kind: 'Company',
      name: 'Acme Idem',
      sources: [source],
    });
    expect(created.entity.id).toBe('client-idem-acme');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    const another = await api.createEntity({
      id: 'client-idem-other',
      kind: 'Company',
      name: 'Other',
      sources: [source],
    });
    expect(another.entity.id).toBe('client-idem-other');
    expect(keys[2]).not.toBe(keys[0]); // a new user action, a new key
  });
});

describe('the API client on a shared server (token mode)', () => {
  const TOKEN = 'client-test-analyst-token-0123';
  const shared = useApiTestServer({
    app: { auth: { mode: 'token', tokens: new Map([[TOKEN, { name: 'ann', role: 'analyst' as const }]]) } },
  });

  it('sends the signed-in token with reads and file exports alike', async () => {
    const api = new ApiClient(shared.baseUrl, undefined, () => TOKEN);
    expect((await api.session()).user).toEqual({ name: 'ann', role: 'analyst' });
    const graphml = await (await api.exportFile('graphml', ['chen-zhi'])).text();
    expect(graphml).toContain('<graphml');
    await expect(new ApiClient(shared.baseUrl).exportFile('ftm', ['chen-zhi'])).rejects.toMatchObject({ status: 401 });
  });
});
