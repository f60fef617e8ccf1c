// npm run seed: loads the seed graph into the same Neo4j that npm start uses.
import { openGraph } from '../server/src/db/openGraph.ts';
import { loadSeed } from '../seed/loadSeed.ts';
import { exitOnMissingPrerequisite } from './cli.ts';

const graph = await openGraph().catch(exitOnMissingPrerequisite);
try {
  const counts = await loadSeed(graph.db);
  console.log(
    `Seed loaded into ${graph.description}: ${counts.entities} entities, ${counts.relationships} relationships.`,
  );
} finally {
  await graph.close();
}
