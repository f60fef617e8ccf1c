import { afterAll, describe, expect, it } from 'vitest';
import { schemaStatements } from '../../server/src/db/constraints.ts';
import { loadSeed, readSeed } from '../../seed/loadSeed.ts';
import { openTestDb } from '../support/testDb.ts';

const db = openTestDb();
afterAll(() => db.close());

async function graphCounts() {
  const result = await db.read(
    'MATCH (n:Entity) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return result.records[0].toObject();
}

async function neighboursOf(id: string, type: string) {
  const result = await db.read(
    `MATCH (:Entity {id: $id})-[r]-(other:Entity) WHERE type(r) = $type RETURN other.id AS id, other.name AS name, properties(r) AS props`,
    { id, type },
  );
  return result.records.map((r) => r.toObject());
}

describe('the database schema', () => {
  it('has a unique Entity.id constraint and a full-text index over names and aliases', async () => {
    const constraints = await db.read('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *');
    expect(constraints.records.map((r) => r.toObject())).toContainEqual({
      labelsOrTypes: ['Entity'],
      properties: ['id'],
      type: 'UNIQUENESS',
    });
    const fulltext = await db.read("SHOW INDEXES YIELD name, type, properties, state WHERE type = 'FULLTEXT' RETURN *");
    const index = fulltext.records.map((r) => r.toObject()).find((i) => i.name === 'entityNames');
    expect(index).toMatchObject({ state: 'ONLINE', properties: ['name', 'aliasText'] });
  });

  it('creates constraints and indexes idempotently', async () => {
    for (const statement of schemaStatements()) await db.writeTx((tx) => tx.run(statement));
    const count = await db.read('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    expect(count.records[0].get('n')).toBe(schemaStatements().filter((s) => s.includes('CONSTRAINT')).length);
  });
});

describe('the seed graph', () => {
  it('loads twice with identical counts', async () => {
    const before = await graphCounts();
    const seed = readSeed();
    await loadSeed(db, seed);
    expect(await graphCounts()).toEqual(before);
    expect(before.nodes).toBeGreaterThanOrEqual(seed.entities.length);
  });

  it('connects Chen Zhi by SANCTIONED_BY to the US and UK authorities', async () => {
    const sanctions = await neighboursOf('chen-zhi', 'SANCTIONED_BY');
    const byAuthority = Object.fromEntries(sanctions.map((s) => [s.id, s.props]));
    expect(byAuthority['us-treasury-ofac']).toMatchObject({ program: 'TCO', listId: '55505', listedOn: '2025-10-14' });
    const uk = sanctions.find((s) => String(s.props.listId) === 'GHR0179');
    expect(uk?.props).toMatchObject({
      program: 'Global Human Rights Sanctions Regulations 2020',
      listedOn: '2025-10-14',
    });
  });

  it('links Chen Zhi to China through the extradition event', async () => {
    const result = await db.read(`
      MATCH (chen:Entity {id: 'chen-zhi'})-[a:INVOLVED_IN]->(e:Event)<-[b:INVOLVED_IN]-(china:Country {code: 'CN'})
      WHERE toLower(e.name) CONTAINS 'extradition'
      RETURN e.date AS date, a.role AS chenRole, b.role AS chinaRole`);
    expect(result.records).toHaveLength(1);
    expect(result.records[0].toObject()).toMatchObject({ date: '2026-01-07', chenRole: 'extradited' });
  });

  it('finds Chen Zhi under his UK alias Vincent', async () => {
    const result = await db.read("MATCH (n:Entity {id: 'chen-zhi'}) RETURN n.aliases AS aliases");
    expect(result.records[0].get('aliases')).toContain('Vincent');
  });

  it('gives every node and every relationship at least one source with a publisher and a date', async () => {
    const missing = await db.read(`
      CALL () { MATCH (n:Entity) WHERE coalesce(size(n.sources), 0) = 0 RETURN n.id AS id
                UNION MATCH ()-[r]->() WHERE coalesce(size(r.sources), 0) = 0 RETURN r.id AS id }
      RETURN collect(id) AS ids`);
    expect(missing.records[0].get('ids')).toEqual([]);
    const stored = await db.read('MATCH ()-[r]->() UNWIND r.sources AS s RETURN DISTINCT s');
    for (const record of stored.records) {
      expect(JSON.parse(record.get('s'))).toMatchObject({ publisher: expect.any(String), date: expect.any(String) });
    }
  });

  it('stores no ownership percentage that a source does not give', async () => {
    const seed = readSeed();
    const withPercentage = seed.relationships.filter((r) => r.type === 'OWNS' && r.percentage !== undefined);
    expect(withPercentage.map((r) => [r.source, r.target, r.percentage])).toEqual([
      ['prince-global-group-limited', 'prince-group-holdings-limited', 100],
    ]);
  });
});
