import { afterAll, describe, expect, it } from 'vitest';
import { backfillSearchText } from '../../server/src/db/backfillSearchText.ts';
import { openTestDb, removeTestEntities, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('backfill');
afterAll(async () => {
  await removeTestEntities(db, prefix);
  await db.close();
});

describe('upgrading a graph stored before the search properties existed', () => {
  it('fills in the compact search text so "jinbei"-style queries find old nodes', async () => {
    await db.writeTx((tx) =>
      tx.run(
        "CREATE (n:Entity:Company {id: $id, name: 'Jin Bei Group Co. Ltd.', aliases: ['JINBEI CASINO'], sources: []})",
        {
          id: `${prefix}old`,
        },
      ),
    );
    expect(await backfillSearchText(db)).toBe(1);
    const result = await db.read('MATCH (n:Entity {id: $id}) RETURN n.searchText AS s, n.aliasText AS a', {
      id: `${prefix}old`,
    });
    expect(result.records[0].toObject()).toEqual({ s: 'jinbeigroupcoltd jinbeicasino', a: 'JINBEI CASINO' });
    expect(await backfillSearchText(db)).toBe(0);
  });
});
