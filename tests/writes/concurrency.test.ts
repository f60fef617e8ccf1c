// Two investigators edit the same record at once: exactly one wins, the other gets 409 with the current state.
import { describe, expect, it } from 'vitest';
import { company, SOURCE, useWriteApi } from './writeSupport.ts';

const { db, prefix, call } = useWriteApi('concurrency');
describe('concurrent edits with the same version', () => {
  it('answers one PATCH 200 and the other 409 version_conflict, and stores the winner', async () => {
    for (let round = 0; round < 5; round++) {
      const id = `${prefix}race-${round}`;
      await call('POST', '/api/entities', company(id, 'Race Start Company'));
      const [a, b] = await Promise.all([
        call('PATCH', `/api/entities/${id}`, { version: 1, name: 'Written By Alice', sources: [SOURCE] }),
        call('PATCH', `/api/entities/${id}`, { version: 1, name: 'Written By Bob', sources: [SOURCE] }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(loser.body.error.code).toBe('version_conflict');
      expect(loser.body.error.details).toMatchObject({
        expectedVersion: 1,
        currentVersion: 2,
        current: { name: winner.body.entity.name, version: 2 },
      });
      const stored = await db.read('MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.version AS version', { id });
      expect(stored.records[0].toObject()).toEqual({ name: winner.body.entity.name, version: 2 });
      const audit = await call('GET', `/api/audit?entity=${id}`);
      expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    }
  });

  it('lets the loser retry with the current version', async () => {
    const id = `${prefix}retry`;
    await call('POST', '/api/entities', company(id, 'Retry Company'));
    await call('PATCH', `/api/entities/${id}`, { version: 1, notes: 'first', sources: [SOURCE] });
    const stale = await call('PATCH', `/api/entities/${id}`, { version: 1, notes: 'second', sources: [SOURCE] });
    expect(stale.status).toBe(409);
    const retried = await call('PATCH', `/api/entities/${id}`, {
      version: stale.body.error.details.currentVersion,
      notes: 'second',
      sources: [SOURCE],
    });
    expect(retried.status).toBe(200);
    expect(retried.body.entity).toMatchObject({ notes: 'second', version: 3 });
  });

  it('answers one of two concurrent relationship PATCHes 409, and one of a PATCH and a DELETE', async () => {
    const id = `${prefix}shell`;
    await call('POST', '/api/entities', company(id, 'Raced Relationship Target'));
    const relId = `${prefix}owns`;
    await call('POST', '/api/relationships', {
      id: relId,
      type: 'OWNS',
      source: 'chen-zhi',
      target: id,
      percentage: 10,
      sources: [SOURCE],
    });
    const [a, b] = await Promise.all([
      call('PATCH', `/api/relationships/${relId}`, { version: 1, percentage: 20, sources: [SOURCE] }),
      call('PATCH', `/api/relationships/${relId}`, { version: 1, percentage: 30, sources: [SOURCE] }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const stored = await db.read('MATCH ()-[r:OWNS {id: $relId}]->() RETURN r.percentage AS p', { relId });
    expect(stored.records[0].get('p')).toBe(winner.body.relationship.percentage);
    const [patch, del] = await Promise.all([
      call('PATCH', `/api/relationships/${relId}`, { version: 2, percentage: 40, sources: [SOURCE] }),
      call('DELETE', `/api/relationships/${relId}`, { version: 2, sources: [SOURCE] }),
    ]);
    expect([patch.status, del.status].filter((s) => s === 200)).toHaveLength(1);
    expect([409, 404]).toContain([patch.status, del.status].find((s) => s !== 200));
  });

  it('answers 409 id_taken, not a server error, when two creates race for one relationship id', async () => {
    const [first, second] = [`${prefix}race-target-a`, `${prefix}race-target-b`];
    await call('POST', '/api/entities', company(first, 'Raced Id Target A', { allowDuplicate: true }));
    await call('POST', '/api/entities', company(second, 'Raced Id Target B', { allowDuplicate: true }));
    const relId = `${prefix}raced-id`;
    for (let round = 0; round < 3; round++) {
      const id = `${relId}-${round}`;
      const responses = await Promise.all(
        [first, second].map((target) =>
          // Each round repeats the holding of the last one: allowDuplicate keeps this a race for the id alone.
          call('POST', '/api/relationships', {
            id,
            type: 'OWNS',
            source: 'chen-zhi',
            target,
            sources: [SOURCE],
            allowDuplicate: true,
          }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(responses.find((r) => r.status === 409)!.body.error.code).toBe('id_taken');
      const stored = await db.read('MATCH ()-[r:OWNS {id: $id}]->() RETURN count(r) AS n', { id });
      expect(stored.records[0].get('n')).toBe(1);
    }
  });
});
