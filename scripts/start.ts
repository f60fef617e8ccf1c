// npm start: builds the client if needed, then serves it and the API (see server/src/runtime/serve.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve } from '../server/src/runtime/serve.ts';
import { clientBuildIsStale } from './clientBuild.ts';
import { exitOnMissingPrerequisite } from './cli.ts';

const CLIENT_DIR = path.resolve('dist', 'client');
/** What the built client is made from: a change in any of these means the build is out of date. */
const CLIENT_INPUTS = ['client', 'server/src/model', 'server/src/api', 'vite.config.ts', 'package-lock.json'].map((p) =>
  path.resolve(p),
);

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

await serve({ clientDir: CLIENT_DIR }).catch(exitOnMissingPrerequisite);
