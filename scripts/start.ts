// npm start: builds the client if needed, opens the graph (starting local Neo4j), seeds an empty graph, serves the app.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../server/src/app.ts';
import { describeAuth, readAuthConfig } from '../server/src/auth/authConfig.ts';
import { openGraph } from '../server/src/db/openGraph.ts';
import { isGraphEmpty, loadSeed } from '../seed/loadSeed.ts';
import { clientBuildIsStale } from './clientBuild.ts';
import { exitOnMissingPrerequisite, onShutdown } from './cli.ts';

const CLIENT_DIR = path.resolve('dist', 'client');
/** What the built client is made from: a change in any of these means the build is out of date. */
const CLIENT_INPUTS = ['client', 'server/src/model', 'server/src/api', 'vite.config.ts', 'package-lock.json'].map((p) =>
  path.resolve(p),
);
const port = Number(process.env.PORT ?? 3000);

const CLIENT_INDEX = path.join(CLIENT_DIR, 'index.html');
if (clientBuildIsStale(CLIENT_INDEX, CLIENT_INPUTS)) {
  console.log(
    existsSync(CLIENT_INDEX)
      ? 'Rebuilding the explorer UI (its sources changed since the last build)...'
      : 'Building the explorer UI...',
  );
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const graph = await openGraph().catch(exitOnMissingPrerequisite);
onShutdown(() => graph.close());
if (await isGraphEmpty(graph.db)) {
  console.log('The graph is empty: loading the Prince Group seed graph...');
  const counts = await loadSeed(graph.db);
  console.log(`Seeded ${counts.entities} entities and ${counts.relationships} relationships.`);
}

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const auth = readAuthConfig();
const app = createApp({ db: graph.db, logger, clientDir: CLIENT_DIR, auth });
app.listen(port, () => {
  console.log(`Graph: ${graph.description}`);
  console.log(describeAuth(auth));
  console.log(`Sanctions Graph Explorer is running at http://localhost:${port}`);
});
