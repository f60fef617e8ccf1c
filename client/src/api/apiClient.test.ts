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
