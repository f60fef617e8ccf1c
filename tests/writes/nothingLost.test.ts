// A write that fails, for whatever reason, leaves the graph and the audit trail exactly as they were.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEntity, deleteEntity } from '../../server/src/writes/entityWrites.ts';
import { LOCAL_USER } from '../../server/src/auth/authConfig.ts';
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import { company, graphCounts, SOURCE, useWriteApi } from './writeSupport.ts';

const { db, prefix, call } = useWriteApi('nothing-lost');
const hub = `${prefix}hub`;

beforeAll(async () => {
  await call('POST', '/api/entities', company(hub, 'Nothing Lost Hub Co'));
  for (const [i, owner] of ['chen-zhi', 'prince-holding-group', 'prince-global-group-limited'].entries()) {
    await call('POST', '/api/relationships', {
      id: `${prefix}owns-${i}`,
      type: 'OWNS',
      source: owner,
      target: hub,
      sources: [SOURCE],
    });
  }
});

async function expectUnchanged(failingWrite: () => Promise<unknown>) {
  const before = await graphCounts(db);
  await failingWrite();
  expect(await graphCounts(db)).toEqual(before);
}

/** The real database, with a fault injected: the audit write, the last step of every write transaction, fails in Neo4j. */
function dbWhoseAuditFails(): GraphDb {
  return {
    ...db,
    writeTx: (work) =>
      db.writeTx((tx) =>
        work({
          run: (cypher: string, params?: Record<string, unknown>) =>
            cypher.includes('CREATE (a:AuditEntry)') ? tx.run('RETURN 1/0 AS boom') : tx.run(cypher, params),
        } as typeof tx),
      ),
  };
}

describe('a failed write leaves the graph unchanged', () => {
  it('when a relationship has one endpoint that does not exist', async () => {
    await expectUnchanged(async () => {
      const response = await call('POST', '/api/relationships', {
        type: 'OWNS',
        source: 'chen-zhi',
        target: `${prefix}ghost`,
        sources: [SOURCE],
      });
      expect(response.status).toBe(404);
    });
  });

  it('when an entity is a likely duplicate', async () => {
    await expectUnchanged(async () => {
      const response = await call('POST', '/api/entities', { kind: 'Person', name: 'Zhi Chen', sources: [SOURCE] });
      expect(response.status).toBe(409);
    });
  });

  it('when a delete without cascade meets relationships', async () => {
    await expectUnchanged(async () => {
      expect((await call('DELETE', `/api/entities/${hub}`, { version: 1, sources: [SOURCE] })).status).toBe(409);
    });
  });

  it('when a cascade delete fails midway (the audit write fails after the entity and its relationships were deleted)', async () => {
    await expectUnchanged(async () => {
      await expect(deleteEntity(dbWhoseAuditFails(), LOCAL_USER, hub, 1, [SOURCE], true)).rejects.toThrow(/by zero/);
    });
    const still = await db.read('MATCH (n:Entity {id: $hub})<-[r:OWNS]-() RETURN count(r) AS n', { hub });
    expect(still.records[0].get('n')).toBe(3);
  });

  it('when a create fails at its audit entry, the entity is not created either', async () => {
    await expectUnchanged(async () => {
      const entity = {
        id: `${prefix}half`,
        kind: 'Company' as const,
        name: 'Half Written Co',
        aliases: [],
        sources: [SOURCE],
      };
      await expect(createEntity(dbWhoseAuditFails(), LOCAL_USER, { entity, allowDuplicate: true })).rejects.toThrow(
        /by zero/,
      );
    });
  });
});
