import { beforeAll, describe, expect, it } from 'vitest';
import { company, SOURCE, useWriteApi } from './writeSupport.ts';

const { db, prefix, call } = useWriteApi('rel-writes');
const target = `${prefix}shell`;

beforeAll(async () => {
  await call('POST', '/api/entities', company(target, 'Relationship Target Shell Co'));
});

describe('creating, updating and deleting a relationship', () => {
  it('creates an OWNS edge from Chen Zhi with 60%, with a generated id and version 1', async () => {
    const created = await call('POST', '/api/relationships', {
      type: 'OWNS',
      source: 'chen-zhi',
      target,
      percentage: 60,
      sources: [SOURCE],
    });
    expect(created.status).toBe(201);
    expect(created.body.relationship).toMatchObject({
      type: 'OWNS',
      source: 'chen-zhi',
      target,
      percentage: 60,
      version: 1,
      sources: [SOURCE],
    });
    expect(created.body.relationship.id).toMatch(new RegExp(`^chen-zhi--owns--${target}--[0-9a-f]{8}$`));
    const stored = await db.read(
      'MATCH (:Entity {id: "chen-zhi"})-[r:OWNS {id: $id}]->(:Entity {id: $target}) RETURN r.percentage AS p',
      {
        id: created.body.relationship.id,
        target,
      },
    );
    expect(stored.records[0].get('p')).toBe(60);
  });

  it('updates a relationship (percentage changed, date added), bumping its version, then deletes it', async () => {
    const id = `${prefix}owns-update`;
    await call('POST', '/api/relationships', {
      id,
      type: 'OWNS',
      source: 'prince-holding-group',
      target,
      percentage: 10,
      sources: [SOURCE],
    });
    const patched = await call('PATCH', `/api/relationships/${id}`, {
      version: 1,
      percentage: 25.5,
      startDate: '2024-05',
      sources: [SOURCE],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.relationship).toMatchObject({
      id,
      percentage: 25.5,
      startDate: '2024-05',
      version: 2,
      source: 'prince-holding-group',
      target,
    });
    const deleted = await call('DELETE', `/api/relationships/${id}`, { sources: [SOURCE] }, { 'If-Match': '2' });
    expect(deleted.status).toBe(200);
    expect(deleted.body.deleted).toMatchObject({ id, version: 2 });
    const left = await db.read('MATCH ()-[r:OWNS {id: $id}]->() RETURN count(r) AS n', { id });
    expect(left.records[0].get('n')).toBe(0);
  });

  it('refuses to move a relationship to other endpoints or change its type', async () => {
    const id = `${prefix}owns-fixed`;
    await call('POST', '/api/relationships', { id, type: 'OWNS', source: 'chen-zhi', target, sources: [SOURCE] });
    const patched = await call('PATCH', `/api/relationships/${id}`, {
      version: 1,
      target: 'prince-holding-group',
      type: 'CONTROLS',
      sources: [SOURCE],
    });
    expect(patched.status).toBe(400);
    expect(patched.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['target', 'type']);
  });

  it('validates the merged relationship: removing the program of a sanction is refused', async () => {
    const id = `${prefix}sanction`;
    const created = await call('POST', '/api/relationships', {
      id,
      type: 'SANCTIONED_BY',
      source: target,
      target: 'us-treasury-ofac',
      program: 'TCO',
      sources: [SOURCE],
    });
    expect(created.status).toBe(201);
    const patched = await call('PATCH', `/api/relationships/${id}`, { version: 1, program: null, sources: [SOURCE] });
    expect(patched.status).toBe(400);
    expect(patched.body.error.details).toContainEqual({ path: 'program', message: 'is required' });
  });

  it('refuses a relationship id that is already taken, whatever the type', async () => {
    const response = await call('POST', '/api/relationships', {
      id: `${prefix}sanction`,
      type: 'LINKED_TO',
      source: target,
      target: 'chen-zhi',
      sources: [SOURCE],
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('id_taken');
  });

  it('answers 404 naming the endpoint that does not exist', async () => {
    const response = await call('POST', '/api/relationships', {
      type: 'OWNS',
      source: 'chen-zhi',
      target: `${prefix}nobody`,
      sources: [SOURCE],
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('endpoint_not_found');
    expect(response.body.error.details).toEqual([{ path: 'target', message: `no entity with id "${prefix}nobody"` }]);
  });

  it('answers 422 when the type cannot join the two kinds (a country cannot own a person)', async () => {
    const response = await call('POST', '/api/relationships', {
      type: 'OWNS',
      source: 'china',
      target: 'chen-zhi',
      sources: [SOURCE],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('endpoints_not_allowed');
    expect(response.body.error.message).toMatch(/OWNS cannot join a Country to a Person/);
  });

  it('refuses a company owning itself with 422 self_relationship, and writes nothing', async () => {
    const response = await call('POST', '/api/relationships', {
      type: 'OWNS',
      source: target,
      target,
      percentage: 60,
      sources: [SOURCE],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('self_relationship');
    expect(response.body.error.message).toBe('OWNS cannot join an entity to itself: nothing owns itself.');
    const stored = await db.read('MATCH (n:Entity {id: $id})-[r]->(n) RETURN count(r) AS n', { id: target });
    expect(stored.records[0].get('n')).toBe(0);
  });

  it('answers 404 for a PATCH or DELETE of an unknown relationship', async () => {
    const patched = await call('PATCH', `/api/relationships/${prefix}none`, { version: 1, sources: [SOURCE] });
    expect(patched.status).toBe(404);
    const deleted = await call('DELETE', `/api/relationships/${prefix}none`, { version: 1, sources: [SOURCE] });
    expect(deleted.status).toBe(404);
  });
});
