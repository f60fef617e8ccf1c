// Running an import from a file in tests, and removing everything an import under a test prefix wrote.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import { runImport, type ImportOptions } from '../../server/src/importers/runImport.ts';

export const OFAC_FILE = '../shared/data/ofac-sdn-2026-08-20.csv';

export function importFile(db: GraphDb, file: string, options: Omit<ImportOptions, 'fileName'>) {
  return runImport(db, () => createInterface({ input: createReadStream(file), crlfDelay: Infinity }), {
    fileName: file,
    ...options,
  });
}

/** Removes the nodes and the relationships (also those attached to seed entities) whose ids start with prefix. */
export async function removeImported(db: GraphDb, prefix: string): Promise<void> {
  await db.writeTx(async (tx) => {
    await tx.run('MATCH ()-[r]->() WHERE r.id STARTS WITH $prefix DELETE r', { prefix });
    await tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    await tx.run("MATCH (a:AuditEntry {action: 'import'}) WHERE a.after CONTAINS $quoted DELETE a", {
      quoted: `"idPrefix":"${prefix}`,
    });
  });
}

export async function countGraph(db: GraphDb): Promise<{ nodes: number; relationships: number }> {
  const result = await db.read(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return { nodes: result.records[0].get('nodes'), relationships: result.records[0].get('relationships') };
}
