// Opens the graph every command shares: the server in NEO4J_URI, or the project's local Neo4j (started if needed).
import path from 'node:path';
import {
  connectOrStartLocalNeo4j,
  DEFAULT_DATA_DIR,
  type LocalNeo4j,
  type Neo4jProcessStatus,
} from '../../../neo4j/localNeo4j.ts';
import { readNeo4jSettings } from './config.ts';
import { backfillSearchText } from './backfillSearchText.ts';
import { ensureSchema } from './constraints.ts';
import { createGraphDb, waitForNeo4j, type GraphDb } from './graphDb.ts';

export interface OpenGraph {
  db: GraphDb;
  /** Where the graph lives, for the start-up message. */
  description: string;
  /** The supervisor's view of the local Neo4j this process started; absent for an external or shared one. */
  neo4jProcess?: () => Neo4jProcessStatus;
  /** The project's local store when this process started its Neo4j (a bulk load stops it and writes the files). */
  localStore?: { dataDir: string };
  close(): Promise<void>;
}

export async function openGraph(log: (message: string) => void = console.log): Promise<OpenGraph> {
  const settings = readNeo4jSettings();
  let local: LocalNeo4j | null = null;
  const dataDir = path.resolve(process.env.NEO4J_DATA_DIR || DEFAULT_DATA_DIR);
  if (!settings.uri) local = await connectOrStartLocalNeo4j({ log, dataDir });
  const uri = settings.uri ?? local!.uri;
  const db = createGraphDb({ ...settings, uri });
  try {
    await waitForNeo4j(db);
    await ensureSchema(db);
    await backfillSearchText(db);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  const description = local ? `local Neo4j at ${uri}${local.owned ? '' : ' (already running)'}` : `Neo4j at ${uri}`;
  return {
    db,
    description,
    neo4jProcess: local?.status,
    localStore: local?.owned ? { dataDir } : undefined,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
