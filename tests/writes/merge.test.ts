// Merging two records of one entity keeps every relationship, alias and source, in one transaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, SOURCE, useWriteApi } from './writeSupport.ts';

const { db, prefix, call } = useWriteApi('merge');
const survivor = `${prefix}survivor`;
const other = `${prefix}other`;
const otherSource = { reference: 'Leaked register, page 12', publisher: 'OCCRP', date: '2025-11' };

const person = (id: string, name: string, extra: Record<string, unknown>) => ({
  id,
  kind: 'Person',
  name,
  sources: [SOURCE],
  allowDuplicate: true,
  ...extra,
});
const link = (id: string, type: string, source: string, target: string, extra: Record<string, unknown> = {}) =>
  call('POST', '/api/relationships', { id, type, source, target, sources: [SOURCE], ...extra });

async function relationshipsOf(id: string) {
  const result = await db.read(
    `MATCH (n:Entity {id: $id})-[r]-(x)
     RETURN r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props ORDER BY id`,
    { id },
  );
  return result.records.map((r) => r.toObject());
}

beforeAll(async () => {
  await call(
    'POST',
    '/api/entities',
    person(survivor, 'Merge Survivor Person', { aliases: ['MSP'], nationality: ['KH'] }),
  );
  await call(
    'POST',
    '/api/entities',
    person(other, 'Survivor Merge P.', { aliases: ['The Other One'], birthDate: '1987-12-16', sources: [otherSource] }),
  );
  await link(`${prefix}out-owns`, 'OWNS', other, 'prince-holding-group', { percentage: 12.5 });
  await link(`${prefix}out-sanction`, 'SANCTIONED_BY', other, 'us-treasury-ofac', {
    program: 'TCO',
    listedOn: '2025-10-14',
  });
  await link(`${prefix}in-family`, 'FAMILY_OF', 'chen-zhi', other, { relationship: 'cousin' });
  await link(`${prefix}between`, 'ASSOCIATE_OF', survivor, other);
  await link(`${prefix}survivor-own`, 'NATIONAL_OF', survivor, 'cambodia');
});

describe('POST /api/entities/:id/merge', () => {
  it('refuses a merge into itself, from an unknown entity, or without a source', async () => {
    expect((await call('POST', `/api/entities/${survivor}/merge`, { from: survivor, sources: [SOURCE] })).status).toBe(
      400,
    );
    const unknown = await call('POST', `/api/entities/${survivor}/merge`, {
      from: `${prefix}nobody`,
      sources: [SOURCE],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.details).toEqual([{ path: 'from', message: 'no such entity' }]);
    expect((await call('POST', `/api/entities/${survivor}/merge`, { from: other })).status).toBe(400);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const before = await graphCounts(db);
    const response = await call('POST', `/api/entities/${survivor}/merge`, {
      from: other,
      version: 7,
      sources: [SOURCE],
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('version_conflict');
    expect(await graphCounts(db)).toEqual(before);
  });

  it('refuses to merge an entity whose relationships the survivor kind cannot take (a company cannot be FAMILY_OF)', async () => {
    const companyId = `${prefix}company`;
    await call('POST', '/api/entities', {
      id: companyId,
      kind: 'Company',
      name: 'Merge Target Company',
      sources: [SOURCE],
    });
    const response = await call('POST', `/api/entities/${companyId}/merge`, { from: other, sources: [SOURCE] });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('merge_not_allowed');
    expect(response.body.error.details.map((d: { id: string }) => d.id)).toContain(`${prefix}in-family`);
  });

  it('previews the merge: the survivor as it would read and every relationship that would move, writing nothing', async () => {
    const before = await graphCounts(db);
    const preview = await call('POST', `/api/entities/${survivor}/merge/preview`, { from: other });
    expect(preview.status).toBe(200);
    expect(preview.body.entity).toMatchObject({
      id: survivor,
      birthDate: '1987-12-16',
      nationality: ['KH'],
      version: 2,
    });
    expect(preview.body.entity.aliases).toEqual(['MSP', 'Survivor Merge P.', 'The Other One']);
    expect(preview.body.entity.sources).toEqual([SOURCE, otherSource]);
    const moving = (await relationshipsOf(other)).map((r) => r.id).sort();
    expect(preview.body.movedRelationships.map((r: { id: string }) => r.id).sort()).toEqual(moving);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('previews a merge the kinds forbid with the refusal the merge would give', async () => {
    const response = await call('POST', `/api/entities/${prefix}company/merge/preview`, { from: other });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('merge_not_allowed');
  });

  it('moves every relationship (both directions, every type, same ids and properties), the aliases and sources, and deletes the other', async () => {
    const moving = await relationshipsOf(other);
    const survivorsOwn = await relationshipsOf(survivor);
    const before = await graphCounts(db);
    const response = await call('POST', `/api/entities/${survivor}/merge`, {
      from: other,
      version: 1,
      sources: [SOURCE],
    });
    expect(response.status).toBe(200);
    expect(response.body.entity).toMatchObject({
      id: survivor,
      name: 'Merge Survivor Person',
      birthDate: '1987-12-16',
      nationality: ['KH'],
      version: 2,
    });
    expect(response.body.entity.aliases).toEqual(['MSP', 'Survivor Merge P.', 'The Other One']);
    expect(response.body.entity.sources).toEqual([SOURCE, otherSource]);

    const after = await relationshipsOf(survivor);
    const replace = (id: string) => (id === other ? survivor : id);
    const expected = [...moving, ...survivorsOwn.filter((r) => !moving.some((m) => m.id === r.id))].map((r) => ({
      id: r.id,
      type: r.type,
      source: replace(r.source),
      target: replace(r.target),
    }));
    expect(
      after
        .map(({ id, type, source, target }) => ({ id, type, source, target }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual([...new Map(expected.map((r) => [r.id, r])).values()].sort((a, b) => a.id.localeCompare(b.id)));
    for (const moved of moving) {
      const now = after.find((r) => r.id === moved.id)!;
      expect(now.props).toEqual({ ...moved.props, version: moved.props.version + 1 });
    }
    expect(await graphCounts(db)).toEqual({ ...before, nodes: before.nodes - 1, audit: before.audit + 1 });
    const gone = await db.read('MATCH (n:Entity {id: $other}) RETURN count(n) AS n', { other });
    expect(gone.records[0].get('n')).toBe(0);
  });

  it('records the merge in the audit trail of both entities', async () => {
    for (const id of [survivor, other]) {
      const audit = await call('GET', `/api/audit?entity=${id}`);
      expect(audit.body.entries[0]).toMatchObject({
        action: 'merge',
        targetId: survivor,
        fromEntity: other,
        toEntity: survivor,
      });
    }
  });
});
