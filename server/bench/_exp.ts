import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { ensureSchema } from '../src/db/constraints.ts';
import { createGraphDb, waitForNeo4j } from '../src/db/graphDb.ts';
import { entityToProperties } from '../src/db/mapping.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'sge-exp-'));
const neo4j = await startLocalNeo4j({ dataDir, heap: '4g', pageCacheMiB: 4096 });
const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
await waitForNeo4j(db);
await ensureSchema(db);
let seq = 0;
const rows = (n: number) =>
  Array.from({ length: n }, () => {
    const i = seq++;
    return {
      kind: 'Person',
      props: entityToProperties({
        id: `p${i}`,
        name: `Person ${i} ${(i * 7919).toString(36)} Smith`,
        aliases: i % 5 ? [] : [`Alias ${i}`],
        sources: [{ reference: 'x', publisher: 'p', date: '2026-01-01' }],
      }),
    };
  });
async function time(label: string, batch: number, total: number) {
  const t = performance.now();
  for (let b = 0; b < total / batch; b++)
    await db.writeTx((tx) =>
      tx.run('UNWIND $rows AS row CREATE (n:Entity:$(row.kind)) SET n = row.props', { rows: rows(batch) }),
    );
  console.log(label, batch, Math.round(total / ((performance.now() - t) / 1000)), 'rows/s');
}
await time('warm', 1000, 20000);
for (const b of [1000, 5000, 20000, 1000]) await time('full schema', b, 40000);
await db.close();
await neo4j.stop();
