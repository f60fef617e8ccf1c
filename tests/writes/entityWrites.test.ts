import { beforeAll, describe, expect, it } from 'vitest';
import { company, SOURCE, useWriteApi } from './writeSupport.ts';

const { db, prefix, call } = useWriteApi('entity-writes');
describe('creating, updating and deleting an entity', () => {
  it('creates a company, reads back its fields with version 1, and tags the response with that version', async () => {
    const created = await call(
      'POST',
      '/api/entities',
      company(`${prefix}acme`, 'Acme Offshore Trading', { jurisdiction: 'KH', registrationNumber: '00012345' }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body.entity).toMatchObject({
      id: `${prefix}acme`,
      kind: 'Company',
      name: 'Acme Offshore Trading',
      jurisdiction: 'KH',
      registrationNumber: '00012345',
      aliases: [],
      sources: [SOURCE],
      version: 1,
    });
    const stored = await db.read('MATCH (n:Entity:Company {id: $id}) RETURN n.version AS version', {
      id: `${prefix}acme`,
    });
    expect(stored.records[0].get('version')).toBe(1);
  });

  it('generates a readable id from kind and name when none is given', async () => {
    const created = await call('POST', '/api/entities', {
      kind: 'Person',
      name: `Léa ${prefix} Dupont`,
      sources: [SOURCE],
    });
    expect(created.status).toBe(201);
    expect(created.body.entity.id).toMatch(/^person-lea-t-entity-writes-[0-9a-f]{8}-dupont-[0-9a-f]{8}$/);
    await db.writeTx((tx) =>
      tx.run('MATCH (n:Entity {id: $id}) SET n.id = $newId', { id: created.body.entity.id, newId: `${prefix}lea` }),
    );
  });

  it('refuses an id that is already taken with 409 id_taken', async () => {
    const response = await call(
      'POST',
      '/api/entities',
      company('chen-zhi', 'Another Chen Zhi Company', { allowDuplicate: true }),
    );
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('id_taken');
  });

  it('updates fields, adds the cited source and bumps the version', async () => {
    const id = `${prefix}update`;
    await call('POST', '/api/entities', company(id, 'Update Me Holdings'));
    const newSource = { reference: 'Registry extract 2026-03', publisher: 'Companies House', date: '2026-03-01' };
    const patched = await call('PATCH', `/api/entities/${id}`, {
      version: 1,
      name: 'Updated Holdings',
      aliases: ['UH Ltd'],
      jurisdiction: 'VG',
      sources: [newSource],
    });
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"2"');
    expect(patched.body.entity).toMatchObject({
      name: 'Updated Holdings',
      aliases: ['UH Ltd'],
      jurisdiction: 'VG',
      version: 2,
      sources: [SOURCE, newSource],
    });
    const stored = await db.read('MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.aliasText AS aliasText', { id });
    expect(stored.records[0].toObject()).toEqual({ name: 'Updated Holdings', aliasText: 'UH Ltd' });
  });

  it('removes a field set to null and accepts the version as an If-Match header', async () => {
    const id = `${prefix}unset`;
    await call('POST', '/api/entities', company(id, 'Unset Field Company', { registrationNumber: 'R-1' }));
    const patched = await call(
      'PATCH',
      `/api/entities/${id}`,
      { registrationNumber: null, sources: [SOURCE] },
      { 'If-Match': '"1"' },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.entity).not.toHaveProperty('registrationNumber');
    const stored = await db.read('MATCH (n:Entity {id: $id}) RETURN n.registrationNumber AS reg', { id });
    expect(stored.records[0].get('reg')).toBeNull();
  });

  it('validates the merged result: a patch that removes the name is refused', async () => {
    const id = `${prefix}noname`;
    await call('POST', '/api/entities', company(id, 'Named Company'));
    const patched = await call('PATCH', `/api/entities/${id}`, { version: 1, name: null, sources: [SOURCE] });
    expect(patched.status).toBe(400);
    expect(patched.body.error.details).toContainEqual({ path: 'name', message: 'is required' });
  });

  it('refuses to change the kind of an entity, naming the field', async () => {
    const id = `${prefix}kind`;
    await call('POST', '/api/entities', company(id, 'Kind Fixed Company'));
    const patched = await call('PATCH', `/api/entities/${id}`, { version: 1, kind: 'Person', sources: [SOURCE] });
    expect(patched.status).toBe(400);
    expect(patched.body.error.details[0].path).toBe('kind');
    expect(patched.body.error.details[0].message).toMatch(/cannot be changed/);
  });

  it('asks for the version when a PATCH or DELETE does not send one (428)', async () => {
    const id = `${prefix}noversion`;
    await call('POST', '/api/entities', company(id, 'No Version Company'));
    const patched = await call('PATCH', `/api/entities/${id}`, { name: 'X', sources: [SOURCE] });
    expect(patched.status).toBe(428);
    expect(patched.body.error.code).toBe('version_required');
    const deleted = await call('DELETE', `/api/entities/${id}`, { sources: [SOURCE] });
    expect(deleted.status).toBe(428);
  });

  it('answers 404 for a PATCH of an unknown entity', async () => {
    const patched = await call('PATCH', `/api/entities/${prefix}missing`, { version: 1, name: 'X', sources: [SOURCE] });
    expect(patched.status).toBe(404);
    expect(patched.body.error.code).toBe('not_found');
  });

  it('deletes an entity without relationships', async () => {
    const id = `${prefix}delete`;
    await call('POST', '/api/entities', company(id, 'Short Lived Company'));
    const deleted = await call('DELETE', `/api/entities/${id}`, { version: 1, sources: [SOURCE] });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ entity: { id }, removedRelationships: [] });
    const stored = await db.read('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });
    expect(stored.records[0].get('n')).toBe(0);
  });
});

describe('deleting an entity that has relationships', () => {
  const id = `${prefix}hub`;

  beforeAll(async () => {
    await call('POST', '/api/entities', company(id, 'Hub Shell Company'));
    await call('POST', '/api/relationships', {
      id: `${prefix}owns-hub`,
      type: 'OWNS',
      source: 'chen-zhi',
      target: id,
      percentage: 60,
      sources: [SOURCE],
    });
    await call('POST', '/api/relationships', {
      id: `${prefix}reg-hub`,
      type: 'REGISTERED_IN',
      source: id,
      target: 'cambodia',
      sources: [SOURCE],
    });
  });

  it('refuses without cascade, with 409 has_relationships and the counts per type', async () => {
    const deleted = await call('DELETE', `/api/entities/${id}`, { version: 1, sources: [SOURCE] });
    expect(deleted.status).toBe(409);
    expect(deleted.body.error).toMatchObject({
      code: 'has_relationships',
      details: { total: 2, byType: { OWNS: 1, REGISTERED_IN: 1 } },
    });
  });

  it('deletes it and its relationships with ?cascade=true, and records each removed relationship in the audit', async () => {
    const deleted = await call('DELETE', `/api/entities/${id}?cascade=true`, { version: 1, sources: [SOURCE] });
    expect(deleted.status).toBe(200);
    expect(deleted.body.removedRelationships.map((r: { id: string }) => r.id).sort()).toEqual([
      `${prefix}owns-hub`,
      `${prefix}reg-hub`,
    ]);
    const left = await db.read('MATCH ()-[r]->() WHERE r.id IN $ids RETURN count(r) AS n', {
      ids: [`${prefix}owns-hub`, `${prefix}reg-hub`],
    });
    expect(left.records[0].get('n')).toBe(0);
    const history = await call('GET', `/api/audit?entity=${id}`);
    const deletions = history.body.entries.filter((e: { action: string }) => e.action === 'delete');
    expect(deletions.map((e: { targetId: string }) => e.targetId).sort()).toEqual([
      id,
      `${prefix}owns-hub`,
      `${prefix}reg-hub`,
    ]);
    expect(deletions.find((e: { targetKind: string }) => e.targetKind === 'entity')).toMatchObject({
      note: 'cascade',
      before: { id, removedRelationships: [expect.anything(), expect.anything()] },
      after: null,
    });
  });
});
