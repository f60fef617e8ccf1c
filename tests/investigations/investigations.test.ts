// Saved investigations over a real Neo4j: CRUD, sharing and roles, versions, notes, the audit trail and
// "changed since saved". Token mode, so that several people (and their roles) can be told apart.
import { afterAll, describe, expect, it } from 'vitest';
import { readAuthConfig } from '../../server/src/auth/authConfig.ts';
import { MAX_SUBGRAPH_IDS } from '../../server/src/subgraph/contract.ts';
import { company, SOURCE, useWriteApi } from '../writes/writeSupport.ts';

const TOKENS = {
  olga: 'olga-investigator-token-0001',
  ivan: 'ivan-investigator-token-0002',
  ana: 'ana-analyst-token-00000003',
};
const AUTH = readAuthConfig({
  AUTH_MODE: 'token',
  AUTH_TOKENS: JSON.stringify([
    { token: TOKENS.olga, name: 'olga', role: 'investigator' },
    { token: TOKENS.ivan, name: 'ivan', role: 'investigator' },
    { token: TOKENS.ana, name: 'ana', role: 'analyst' },
  ]),
});
const { db, prefix, call } = useWriteApi('investigations', AUTH);
type Who = keyof typeof TOKENS;
const as = (who: Who) => ({
  get: (path: string) => call('GET', path, undefined, { authorization: `Bearer ${TOKENS[who]}` }),
  send: (method: string, path: string, body: unknown = {}) =>
    call(method, path, body, { authorization: `Bearer ${TOKENS[who]}` }),
});

afterAll(async () => {
  await db.writeTx(async (tx) => {
    await tx.run("MATCH (i:Investigation) WHERE i.owner IN ['olga', 'ivan', 'ana'] DELETE i");
    await tx.run(
      "MATCH (a:AuditEntry) WHERE a.targetKind = 'investigation' AND a.actor IN ['olga', 'ivan', 'ana'] DELETE a",
    );
  });
});

const view = (ids: string[], extra: Record<string, unknown> = {}) => ({
  nodes: ids.map((id, i) => ({ id, x: 100 * i, y: 50 * i })),
  edges: ['chen-zhi--director-of--prince-holding-group'],
  hiddenGroups: ['other'],
  layout: 'grid',
  selection: { id: ids[0], what: 'node' },
  viewport: { zoom: 1.5, pan: { x: 12, y: -8 } },
  asOf: '2025-10-01',
  ...extra,
});

async function create(who: Who, body: Record<string, unknown> = {}) {
  const response = await as(who).send('POST', '/api/investigations', {
    name: 'Prince Group money trail',
    view: view(['chen-zhi', 'prince-holding-group']),
    notes: [{ id: 'n1', text: 'Chairman since 2015', target: { kind: 'node', id: 'chen-zhi' } }],
    ...body,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.investigation;
}

describe('saved investigations', () => {
  it('saves the canvas and reopens exactly that view, notes stamped with their author and time', async () => {
    const saved = await create('olga');
    expect(saved).toMatchObject({ owner: 'olga', version: 1, access: 'owner', nodeCount: 2, noteCount: 1 });
    expect(saved.sharing).toEqual({ visibility: 'private', editors: [] });
    const opened = await as('olga').get(`/api/investigations/${saved.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.investigation.view).toEqual({
      ...view(['chen-zhi', 'prince-holding-group']),
      showOnly: null,
      notesVisible: true,
    });
    expect(opened.body.investigation.notes).toEqual([
      {
        id: 'n1',
        text: 'Chairman since 2015',
        target: { kind: 'node', id: 'chen-zhi' },
        author: 'olga',
        createdAt: saved.createdAt,
      },
    ]);
    expect(opened.body.changedSinceSaved).toEqual({ changed: [], merged: [], deleted: [], summary: null });
  });

  it('is never an entity: search, expansion and entity counts do not see it', async () => {
    const saved = await create('olga', { name: 'Zyxwvut Unfindable Investigation' });
    const search = await as('olga').get('/api/search?q=Zyxwvut%20Unfindable');
    expect(search.body.hits).toEqual([]);
    const asEntity = await as('olga').get(`/api/entities/${saved.id}`);
    expect(asEntity.status).toBe(404);
    const labels = await db.read('MATCH (i:Investigation {id: $id}) RETURN labels(i) AS labels', { id: saved.id });
    expect(labels.records[0].get('labels')).toEqual(['Investigation']);
  });

  it('lists mine and those shared with me, not the private ones of others', async () => {
    const mine = await create('ivan', { name: 'Ivan private' });
    const shared = await create('olga', { name: 'Olga shared', sharing: { visibility: 'analysts', editors: [] } });
    const hidden = await create('olga', { name: 'Olga private' });
    const list = (await as('ivan').get('/api/investigations')).body.investigations;
    const ids = list.map((i: { id: string }) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(hidden.id);
    expect(list.find((i: { id: string }) => i.id === shared.id)).toMatchObject({ access: 'reader', owner: 'olga' });
    expect(list[0]).not.toHaveProperty('view');
  });

  it("answers 404 for someone else's private investigation, as if it did not exist", async () => {
    const hidden = await create('olga');
    const response = await as('ana').get(`/api/investigations/${hidden.id}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    expect((await as('ana').send('POST', `/api/investigations/${hidden.id}/duplicate`)).status).toBe(404);
  });

  it('lets an analyst open a shared investigation and save a copy, not change the original', async () => {
    const shared = await create('olga', { sharing: { visibility: 'analysts', editors: [] } });
    const opened = await as('ana').get(`/api/investigations/${shared.id}`);
    expect(opened.body.investigation.access).toBe('reader');
    const save = await as('ana').send('PATCH', `/api/investigations/${shared.id}`, { version: 1, name: 'Mine now' });
    expect(save.status).toBe(403);
    expect(save.body.error.code).toBe('forbidden');
    const copy = await as('ana').send('POST', `/api/investigations/${shared.id}/duplicate`, { name: 'Ana copy' });
    expect(copy.status).toBe(201);
    expect(copy.body.investigation).toMatchObject({ name: 'Ana copy', owner: 'ana', access: 'owner', version: 1 });
    expect(copy.body.investigation.sharing.visibility).toBe('private');
    expect(copy.body.investigation.view).toEqual(opened.body.investigation.view);
    expect(copy.body.investigation.notes[0].author).toBe('olga');
    const saveCopy = await as('ana').send('PATCH', `/api/investigations/${copy.body.investigation.id}`, {
      version: 1,
      notes: [...copy.body.investigation.notes, { id: 'n2', text: 'Checked', target: { kind: 'free', x: 1, y: 2 } }],
    });
    expect(saveCopy.status).toBe(200);
    expect(saveCopy.body.investigation.notes.map((n: { author: string }) => n.author)).toEqual(['olga', 'ana']);
    expect((await as('olga').get(`/api/investigations/${shared.id}`)).body.investigation.version).toBe(1);
  });

  it('lets a named investigator save and rename, but only the owner share or delete', async () => {
    const shared = await create('olga', { sharing: { visibility: 'private', editors: ['ivan'] } });
    const rename = await as('ivan').send('PATCH', `/api/investigations/${shared.id}`, {
      version: 1,
      name: 'Renamed by Ivan',
    });
    expect(rename.status).toBe(200);
    expect(rename.body.investigation).toMatchObject({ name: 'Renamed by Ivan', version: 2, access: 'editor' });
    const share = await as('ivan').send('PATCH', `/api/investigations/${shared.id}`, {
      version: 2,
      sharing: { visibility: 'analysts', editors: ['ivan'] },
    });
    expect(share.status).toBe(403);
    expect((await as('ivan').send('DELETE', `/api/investigations/${shared.id}`, { version: 2 })).status).toBe(403);
    expect((await as('ana').get(`/api/investigations/${shared.id}`)).status).toBe(404);
  });

  it('refuses an analyst as editor, and editors the server does not know', async () => {
    for (const editors of [['ana'], ['nobody']]) {
      const response = await as('olga').send('POST', '/api/investigations', {
        name: 'x',
        view: view(['chen-zhi']),
        sharing: { visibility: 'private', editors },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.details[0]).toMatchObject({ path: 'sharing.editors' });
    }
  });

  it('refuses a stale save with 409 and the current state, and a save without a version with 428', async () => {
    const saved = await create('olga');
    const first = await as('olga').send('PATCH', `/api/investigations/${saved.id}`, {
      version: 1,
      description: 'first',
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');
    const stale = await as('olga').send('PATCH', `/api/investigations/${saved.id}`, {
      version: 1,
      description: 'stale',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'version_conflict',
      details: { expectedVersion: 1, currentVersion: 2 },
    });
    const missing = await as('olga').send('PATCH', `/api/investigations/${saved.id}`, { description: 'no version' });
    expect(missing.status).toBe(428);
    const opened = await as('olga').get(`/api/investigations/${saved.id}`);
    expect(opened.body.investigation.description).toBe('first');
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    const saved = await create('olga');
    const path = `/api/investigations/${saved.id}`;
    const [a, b] = await Promise.all([
      as('olga').send('PATCH', path, { version: 1, name: 'Save A' }),
      as('olga').send('PATCH', path, { version: 1, name: 'Save B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'Save A' : 'Save B';
    expect((await as('olga').get(path)).body.investigation).toMatchObject({ name: winner, version: 2 });
  });

  it('saves and reopens a canvas of 5,000 nodes, and refuses one larger than a subgraph request reopens', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `${prefix}canvas-${i}`);
    const saved = await create('olga', { name: 'Five thousand holdings', view: view(ids(5_000)) });
    expect(saved.nodeCount).toBe(5_000);
    const opened = await as('olga').get(`/api/investigations/${saved.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.investigation.view.nodes).toHaveLength(5_000);
    expect(opened.body.investigation.view.nodes[4_999]).toEqual({ id: `${prefix}canvas-4999`, x: 499_900, y: 249_950 });
    const tooMany = await as('olga').send('POST', '/api/investigations', {
      name: 'Too many',
      view: view(ids(MAX_SUBGRAPH_IDS + 1)),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details[0].path).toBe('view.nodes');
  });

  it('saves a canvas at the largest it may be: 10,000 nodes, 20,000 links, long ids, 500 notes in Chinese', async () => {
    const longId = (kind: string, i: number) => `${prefix}${kind}-${i}-`.padEnd(200, 'x');
    const nodeIds = Array.from({ length: MAX_SUBGRAPH_IDS }, (_, i) => longId('node', i));
    const edges = Array.from({ length: 20_000 }, (_, i) => longId('link', i));
    const notes = Array.from({ length: 500 }, (_, i) => ({
      id: `n${i}`,
      text: '洗钱'.repeat(1_000),
      target: { kind: 'free', x: i, y: i },
    }));
    const body = { name: 'Everything at once', view: view(nodeIds, { edges }), notes };
    // Far more than the 2 MB other JSON requests may send: this is what a save must still take.
    expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(9_000_000);
    const saved = await as('olga').send('POST', '/api/investigations', body);
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(201);
    const opened = await as('olga').get(`/api/investigations/${saved.body.investigation.id}`);
    expect(opened.body.investigation.view.nodes).toHaveLength(MAX_SUBGRAPH_IDS);
    expect(opened.body.investigation.view.edges).toEqual(edges);
    expect(opened.body.investigation.notes).toHaveLength(500);
  });

  it('refuses a body larger than any view with 413, and saves nothing', async () => {
    const before = (await as('olga').get('/api/investigations')).body.investigations.length;
    const tooLarge = await as('olga').send('POST', '/api/investigations', {
      name: 'Too large',
      view: view(['chen-zhi']),
      description: 'x'.repeat(13 * 2 ** 20),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe('payload_too_large');
    expect((await as('olga').get('/api/investigations')).body.investigations).toHaveLength(before);
  });

  it('asks a caller without a token to sign in before reading a large body', async () => {
    const anonymous = await call('POST', '/api/investigations', {
      name: 'Anonymous',
      view: view(['chen-zhi']),
      description: 'x'.repeat(13 * 2 ** 20),
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const empty = await as('olga').send('POST', '/api/investigations', {
      name: 'Bad note',
      view: view(['chen-zhi']),
      notes: [{ id: 'n1', text: '  ', target: { kind: 'node', id: 'chen-zhi' } }],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toBe('notes.0.text');
    const noName = await as('olga').send('POST', '/api/investigations', { view: view(['chen-zhi']) });
    expect(noName.status).toBe(400);
    expect((await as('olga').get('/api/investigations/not-an-id')).status).toBe(400);
    const unknownField = await as('olga').send('POST', '/api/investigations', {
      name: 'x',
      view: view([]),
      owner: 'ana',
    });
    expect(unknownField.status).toBe(400);
  });

  it('deletes with the version, after which it is gone', async () => {
    const saved = await create('olga');
    const path = `/api/investigations/${saved.id}`;
    expect((await as('olga').send('DELETE', path, {})).status).toBe(428);
    const deleted = await as('olga').send('DELETE', path, { version: 1 });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ deleted: saved.id });
    expect((await as('olga').get(path)).status).toBe(404);
  });

  it('audits every change, readable through the investigation and kept out of the general feed', async () => {
    const saved = await create('olga', { name: 'Audited', sharing: { visibility: 'analysts', editors: [] } });
    const path = `/api/investigations/${saved.id}`;
    await as('olga').send('PATCH', path, { version: 1, name: 'Audited, renamed' });
    await as('olga').send('PATCH', path, { version: 2, view: view(['chen-zhi']) });
    const history = await as('ana').get(`${path}/history`);
    expect(history.status).toBe(200);
    expect(history.body.entries.map((e: { action: string; note: string }) => [e.action, e.note])).toEqual([
      ['update', 'save'],
      ['update', 'rename'],
      ['create', 'create'],
    ]);
    expect(history.body.entries[1]).toMatchObject({
      actor: 'olga',
      targetKind: 'investigation',
      before: { name: 'Audited' },
    });
    const feed = await as('olga').get('/api/audit?limit=500');
    expect(feed.body.entries.some((e: { targetId: string }) => e.targetId === saved.id)).toBe(false);
  });
});

describe('changed since saved', () => {
  it('says which entities changed, which were merged into what, and which were deleted', async () => {
    const [changed, merged, survivor, deleted] = ['changed', 'merged', 'survivor', 'deleted'].map(
      (s) => `${prefix}${s}`,
    );
    const names = {
      [changed]: 'Changed Trading',
      [merged]: 'Merged Away Ltd',
      [survivor]: 'Survivor Holdings',
      [deleted]: 'Deleted Shell',
    };
    for (const id of [changed, merged, survivor, deleted]) {
      const response = await as('olga').send('POST', '/api/entities', company(id, names[id], { allowDuplicate: true }));
      expect(response.status).toBe(201);
    }
    const saved = await create('olga', { view: view([changed, merged, deleted, 'chen-zhi']) });
    const path = `/api/investigations/${saved.id}`;
    expect((await as('olga').get(path)).body.changedSinceSaved.summary).toBeNull();

    await as('olga').send('PATCH', `/api/entities/${changed}`, {
      version: 1,
      registrationNumber: 'R-9',
      sources: [SOURCE],
    });
    await as('olga').send('POST', `/api/entities/${survivor}/merge`, { from: merged, sources: [SOURCE] });
    await as('olga').send('DELETE', `/api/entities/${deleted}`, { version: 1, sources: [SOURCE] });

    const { changedSinceSaved } = (await as('olga').get(path)).body;
    expect(changedSinceSaved.changed).toEqual([
      { id: changed, name: 'Changed Trading', savedVersion: 1, currentVersion: 2 },
    ]);
    expect(changedSinceSaved.merged).toEqual([
      { id: merged, name: 'Merged Away Ltd', into: { id: survivor, name: 'Survivor Holdings' } },
    ]);
    expect(changedSinceSaved.deleted).toEqual([{ id: deleted, name: 'Deleted Shell' }]);
    expect(changedSinceSaved.summary).toBe(
      '1 entity changed since you saved, Merged Away Ltd was merged into Survivor Holdings, 1 entity was deleted.',
    );

    // Saving again (the explorer's "update") takes the current state as the new baseline.
    const version = (await as('olga').get(path)).body.investigation.version;
    await as('olga').send('PATCH', path, { version, view: view([changed, survivor, 'chen-zhi']) });
    expect((await as('olga').get(path)).body.changedSinceSaved.summary).toBeNull();
  });
});
