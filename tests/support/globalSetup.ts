// Starts a real Neo4j for the test run (a fresh store in a temp folder, a free port), seeds it, and stops it after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { ensureSchema } from '../../server/src/db/constraints.ts';
import { createGraphDb, waitForNeo4j } from '../../server/src/db/graphDb.ts';
import { loadSeed } from '../../seed/loadSeed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sge-test-neo4j-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCacheMiB: 256, log: () => {} });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  await waitForNeo4j(db);
  await ensureSchema(db);
  await loadSeed(db);
  await db.close();
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
