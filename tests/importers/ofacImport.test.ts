import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../server/src/importers/importTypes.ts';
import { countGraph, importFile, OFAC_FILE, removeImported } from '../support/importHelpers.ts';
import { openTestDb, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = `${testPrefix('ofac')}ofac-`;
let first: ImportSummary;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
  before = await countGraph(db);
  first = await importFile(db, OFAC_FILE, { format: 'ofac-csv', idPrefix: prefix });
}, 600_000);

afterAll(async () => {
  await removeImported(db, prefix);
  expect(await countGraph(db)).toEqual(before);
  await db.close();
});

async function entity(id: string) {
  const result = await db.read(
    `MATCH (n:Entity {id: $id}) OPTIONAL MATCH (n)-[s:SANCTIONED_BY]->(a)
     RETURN n, labels(n) AS labels, collect({program: s.program, listId: s.listId, authority: a.id}) AS sanctions`,
    { id },
  );
  const r = result.records[0];
  return (
    r && {
      props: r.get('n').properties,
      labels: r.get('labels') as string[],
      sanctions: r.get('sanctions') as Record<string, string>[],
    }
  );
}

describe('importing the whole OFAC SDN list', () => {
  it('reads all 19,249 entries and rejects none', () => {
    expect(first.recordsRead).toBe(19_249);
    expect(first.skippedCount).toBe(0);
    expect(first.entities.created + first.linkedCount).toBe(19_249);
    expect(first.source).toMatchObject({ publisher: expect.stringContaining('OFAC'), date: '2026-08-20' });
  });

  it("links CHEN, Zhi (uid 55505) to the seed's chen-zhi, whose OFAC edge has the same list id, and says so", async () => {
    expect(first.linked).toContainEqual(
      expect.objectContaining({ listId: '55505', name: 'CHEN, Zhi', linkedTo: 'chen-zhi' }),
    );
    expect(await entity(`${prefix}55505`)).toBeUndefined();
    const chen = await entity('chen-zhi');
    expect(chen.sanctions.filter((s) => s.listId === '55505')).toHaveLength(1);
  });

  it('links 54750 PRINCE HOLDING GROUP and 53054 PRINCE GROUP TCO to the seed entities', () => {
    expect(first.linked).toContainEqual(expect.objectContaining({ listId: '53054', linkedTo: 'prince-group-tco' }));
    expect(first.linked).toContainEqual(
      expect.objectContaining({ listId: '54750', name: 'PRINCE HOLDING GROUP', linkedTo: 'prince-holding-group' }),
    );
  });

  it('imports an individual with its aliases and one sanction per program, keeping the list id and source', async () => {
    const aweys = await entity(`${prefix}7006`);
    expect(aweys.labels).toContain('Person');
    expect(aweys.props.name).toBe('AWEYS, Hassan Dahir');
    expect(aweys.props.aliases).toEqual(['ALI, Sheikh Hassan Dahir Aweys', 'AWES, Shaykh Hassan Dahir']);
    expect(aweys.sanctions.map((s) => s.program).sort()).toEqual(['SDGT', 'SOMALIA']);
    expect(aweys.sanctions.every((s) => s.listId === '7006' && s.authority === 'us-treasury-ofac')).toBe(true);
    expect(JSON.parse(aweys.props.sources[0])).toMatchObject({
      reference: expect.stringContaining('uid 7006'),
      date: '2026-08-20',
    });
  });

  it('imports vessels, aircraft and entities as Vessel, Airplane and LegalEntity', async () => {
    expect((await entity(`${prefix}4238`)).labels).toContain('Vessel');
    expect((await entity(`${prefix}15432`)).labels).toContain('Airplane');
    expect((await entity(`${prefix}36`)).labels).toContain('LegalEntity');
  });

  it('makes imported names findable by the full-text index', async () => {
    const result = await db.read(
      `CALL db.index.fulltext.queryNodes('entityNames', 'zambada') YIELD node RETURN node.id AS id`,
    );
    expect(result.records.map((r) => r.get('id'))).toContain(`${prefix}7226`);
  });

  it('changes nothing when the same file is imported again', async () => {
    const counts = await countGraph(db);
    const again = await importFile(db, OFAC_FILE, { format: 'ofac-csv', idPrefix: prefix });
    expect(again.entities).toEqual({ created: 0, updated: 0, unchanged: first.entities.created });
    expect(again.relationships.created + again.relationships.updated).toBe(0);
    expect(again.linkedCount).toBe(first.linkedCount);
    expect(await countGraph(db)).toEqual(counts);
  }, 600_000);
});
