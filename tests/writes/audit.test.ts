// Every write leaves one audit entry (who, when, before, after, sources), and only writes that happened do.
import { describe, expect, it } from 'vitest';
import { company, SOURCE, useWriteApi } from './writeSupport.ts';

const { db, prefix, call } = useWriteApi('audit');
const id = `${prefix}audited`;
const relId = `${prefix}owns`;
const patchSource = { reference: 'Annual return 2025', publisher: 'Registrar of Companies', date: '2026-01-15' };

describe('the audit trail', () => {
  it('has an entry for every write to an entity and its relationships, newest first, with before, after and sources', async () => {
    expect((await call('POST', '/api/entities', company(id, 'Audited Holdings'))).status).toBe(201);
    expect(
      (await call('PATCH', `/api/entities/${id}`, { version: 1, name: 'Audited Holdings Ltd', sources: [patchSource] }))
        .status,
    ).toBe(200);
    expect(
      (
        await call('POST', '/api/relationships', {
          id: relId,
          type: 'OWNS',
          source: 'chen-zhi',
          target: id,
          percentage: 60,
          sources: [SOURCE],
        })
      ).status,
    ).toBe(201);
    expect(
      (await call('PATCH', `/api/relationships/${relId}`, { version: 1, percentage: 65, sources: [SOURCE] })).status,
    ).toBe(200);
    expect((await call('DELETE', `/api/relationships/${relId}`, { version: 2, sources: [SOURCE] })).status).toBe(200);
    expect((await call('DELETE', `/api/entities/${id}`, { version: 2, sources: [SOURCE] })).status).toBe(200);

    const history = await call('GET', `/api/audit?entity=${id}`);
    expect(history.status).toBe(200);
    expect(
      history.body.entries.map((e: { action: string; targetKind: string }) => `${e.action} ${e.targetKind}`),
    ).toEqual([
      'delete entity',
      'delete relationship',
      'update relationship',
      'create relationship',
      'update entity',
      'create entity',
    ]);
    const update = history.body.entries[4];
    expect(update).toMatchObject({
      actor: 'local-investigator',
      role: 'investigator',
      targetId: id,
      before: { name: 'Audited Holdings', version: 1 },
      after: { name: 'Audited Holdings Ltd', version: 2 },
      sources: [patchSource],
    });
    expect(new Date(update.at).toISOString()).toBe(update.at);
    expect(history.body.entries[2]).toMatchObject({
      fromEntity: 'chen-zhi',
      toEntity: id,
      before: { percentage: 60 },
      after: { percentage: 65 },
    });
  });

  it("lists a relationship's changes in the history of both of its entities", async () => {
    const chen = await call('GET', '/api/audit?entity=chen-zhi&limit=500');
    const ours = chen.body.entries.filter((e: { targetId: string }) => e.targetId === relId);
    expect(ours.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
  });

  it("lists one relationship's own changes, newest first, with what each changed", async () => {
    const history = await call('GET', `/api/audit?relationship=${relId}`);
    expect(history.status).toBe(200);
    expect(history.body.relationship).toBe(relId);
    expect(history.body.entries.map((e: { action: string; targetId: string }) => `${e.action} ${e.targetId}`)).toEqual([
      `delete ${relId}`,
      `update ${relId}`,
      `create ${relId}`,
    ]);
    expect(history.body.entries[1]).toMatchObject({ before: { percentage: 60 }, after: { percentage: 65 } });
  });

  it('refuses asking for an entity and a relationship at once with 400 naming the parameter', async () => {
    const both = await call('GET', `/api/audit?entity=${id}&relationship=${relId}`);
    expect(both.status).toBe(400);
    expect(both.body.error.details).toEqual([
      expect.objectContaining({ path: 'relationship', message: expect.stringContaining('not both') }),
    ]);
  });

  it('honours the limit', async () => {
    const history = await call('GET', `/api/audit?entity=${id}&limit=2`);
    expect(history.body.entries).toHaveLength(2);
  });

  it('writes no entry for a refused write', async () => {
    const refusedId = `${prefix}refused`;
    await call('POST', '/api/entities', company(refusedId, 'Refused Co', { jurisdiction: 'Nowhere' }));
    const history = await call('GET', `/api/audit?entity=${refusedId}`);
    expect(history.body.entries).toEqual([]);
  });

  it('keeps audit entries out of the entity graph', async () => {
    const result = await db.read('MATCH (a:AuditEntry) WHERE a:Entity OR EXISTS { (a)--() } RETURN count(a) AS n');
    expect(result.records[0].get('n')).toBe(0);
  });

  it('refuses bad query parameters with 400', async () => {
    expect((await call('GET', '/api/audit?limit=100000')).status).toBe(400);
    expect((await call('GET', '/api/audit?entity=a%20b')).status).toBe(400);
    expect((await call('GET', '/api/audit?bogus=1')).status).toBe(400);
  });
});
