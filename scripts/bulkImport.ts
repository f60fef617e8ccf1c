// npm run import -- --bulk FILE: the first load of an empty local store through neo4j-admin (see
// server/src/importers/bulk/bulkLoad.ts), then the schema and full-text indexes are built and the run is audited.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openGraph, type OpenGraph } from '../server/src/db/openGraph.ts';
import type { User } from '../server/src/auth/authConfig.ts';
import { bulkLoad } from '../server/src/importers/bulk/bulkLoad.ts';
import { ImportTrace } from '../server/src/importers/importTrace.ts';
import { FORMAT_DEFAULTS, type ImportOptions } from '../server/src/importers/runImport.ts';
import { summaryText } from '../server/src/importers/summaryText.ts';

export class BulkRefused extends Error {}

/** Why this graph cannot take a bulk load, or null: it must be the local store this process runs, and empty. */
async function refusal(graph: OpenGraph): Promise<string | null> {
  if (!graph.localStore)
    return "a bulk load writes the store files of the project's local Neo4j, which this command must start itself: unset NEO4J_URI and stop other commands using the local Neo4j (npm start, npm run dev) first.";
  const result = await graph.db.read('MATCH (n) RETURN count(n) AS nodes');
  const nodes = Number(result.records[0].get('nodes'));
  if (nodes > 0)
    return `a bulk load replaces the whole store and so only loads an empty one; this one holds ${nodes.toLocaleString('en-US')} nodes. Import without --bulk, or point NEO4J_DATA_DIR at a new folder.`;
  return null;
}

export async function bulkImport(file: string, options: ImportOptions & { actor: User }): Promise<void> {
  let graph = await openGraph((m) => console.error(m));
  const why = await refusal(graph).catch(async (error) => (await graph.close(), Promise.reject(error)));
  const dataDir = graph.localStore?.dataDir;
  await graph.close();
  if (why || !dataDir) throw new BulkRefused(`Bulk load refused: ${why}`);
  const open = () => createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const { summary, csvSeconds, storeSeconds } = await bulkLoad(dataDir, open, options, (m) => console.error(m));
  const indexStarted = performance.now();
  graph = await openGraph((m) => console.error(m)); // creates the constraints and builds the full-text indexes
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  try {
    const trace = await ImportTrace.start(
      graph.db,
      options.actor,
      summary,
      options.idPrefix ?? FORMAT_DEFAULTS[options.format].idPrefix,
    );
    await trace.end(graph.db, 'finished');
  } finally {
    await graph.close();
  }
  console.log(summaryText(summary));
  const total = summary.seconds + indexSeconds;
  console.log(
    `Bulk load: parsed and written as CSV in ${csvSeconds.toFixed(1)} s, store written by neo4j-admin in ${storeSeconds.toFixed(1)} s, ` +
      `constraints and full-text indexes built in ${indexSeconds.toFixed(1)} s: ` +
      `${Math.round(summary.recordsRead / total).toLocaleString('en-US')} records/s to a searchable graph.`,
  );
}
