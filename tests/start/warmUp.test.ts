// The start-up warm-up reads the opening story before the server says it is ready. serve.ts swallows its failure
// (a failed warm-up only slows the first visit), so this is where a broken one shows.
import { afterAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../server/src/runtime/warmUp.ts';
import { openTestDb } from '../support/testDb.ts';

describe('the start-up warm-up', () => {
  const db = openTestDb();
  afterAll(() => db.close());

  it("reads the opening story's screen on the seed without failing, and writes nothing", async () => {
    const count = async () =>
      (
        await db.read('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r')
      ).records[0].toObject();
    const before = await count();
    expect(await warmUp(db, 1)).toBeGreaterThanOrEqual(0);
    expect(await count()).toEqual(before);
  });
});
