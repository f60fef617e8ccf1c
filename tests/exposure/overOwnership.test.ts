// Stakes into one company that add up to more than 100% cannot all be true: the company's side panel data and
// every exposure answer that walks through it carry a data-quality warning (issue 13), counted as the rules count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetail, ExposureResult } from '../../server/src/api/types.ts';
import { writeHandMadeGraph } from '../support/handMadeGraph.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb, removeTestEntities, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('over-ownership');
let server: TestServer;

const owns = (source: string, target: string, percentage: number, dates: Record<string, string> = {}) => ({
  type: 'OWNS' as const,
  source,
  target,
  percentage,
  ...dates,
});

beforeAll(async () => {
  await writeHandMadeGraph(db, prefix, {
    entities: [
      ['a', 'Person'],
      ['b', 'Person'],
      ['c', 'Person'],
      ...(['over', 'below', 'once', 'exact', 'ended'] as const).map((id) => [id, 'Company'] as [string, 'Company']),
    ],
    relationships: [
      owns('a', 'over', 60),
      owns('b', 'over', 60), // over: 120%
      owns('over', 'below', 100), // below: fine itself, but its owner's stakes are not
      owns('a', 'once', 60),
      owns('a', 'once', 70), // two reports of a's one stake: counted once, at 60%
      owns('b', 'once', 40),
      owns('a', 'exact', 33.4),
      owns('b', 'exact', 33.3),
      owns('c', 'exact', 33.3), // exactly 100% (as binary floats, 100.00000000000001)
      owns('a', 'ended', 70, { endDate: '2025-01-31' }),
      owns('b', 'ended', 60), // a's stake ended before b's began to count
    ],
  });
  server = await startTestServer(db);
});

afterAll(async () => {
  await server.close();
  await removeTestEntities(db, prefix);
  await db.close();
});

/** GET /api/entities/<prefix + id><rest>, e.g. read('over', '/exposure'). */
async function read<T>(id: string, rest = ''): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api/entities/${encodeURIComponent(prefix + id)}${rest}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('ownership above 100% into one asset', () => {
  it('warns on the company two owners hold 60% each of, naming the 120% and both stakes', async () => {
    const detail = await read<EntityDetail>('over');
    expect(detail.dataWarnings).toHaveLength(1);
    expect(detail.dataWarnings[0]).toMatchObject({ code: 'ownership_over_100', entityId: `${prefix}over` });
    expect(detail.dataWarnings[0].percentage).toBe(120);
    expect(detail.dataWarnings[0].message).toMatch(/adds up to 120% \(a \(test\) 60%, b \(test\) 60%\)/);
    const exposure = await read<ExposureResult>('over', '/exposure');
    expect(exposure.dataWarnings.map((w) => w.entityId)).toEqual([`${prefix}over`]);
  });

  it('warns in the exposure of a company below it, whose own ownership is fine', async () => {
    expect((await read<EntityDetail>('below')).dataWarnings).toEqual([]);
    const exposure = await read<ExposureResult>('below', '/exposure');
    expect(exposure.dataWarnings.map((w) => [w.entityId, w.percentage])).toEqual([[`${prefix}over`, 120]]);
  });

  it('counts two reports of one stake once, so 60% (or 70%) and 40% is not flagged', async () => {
    expect((await read<EntityDetail>('once')).dataWarnings).toEqual([]);
  });

  it('adds exactly: 33.4% + 33.3% + 33.3% is 100%, not over', async () => {
    expect((await read<EntityDetail>('exact')).dataWarnings).toEqual([]);
    expect((await read<ExposureResult>('exact', '/exposure')).dataWarnings).toEqual([]);
  });

  it('leaves out a stake that has ended', async () => {
    expect((await read<EntityDetail>('ended')).dataWarnings).toEqual([]);
    expect((await read<ExposureResult>('ended', '/exposure?asOf=2025-01-01')).dataWarnings[0].percentage).toBe(130);
  });
});
