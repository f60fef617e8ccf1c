// Whether the built client is missing or older than any of its sources, and building it when it is.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const CLIENT_DIR = path.resolve('dist', 'client');
/** What the built client is made from: a change in any of these means the build is out of date. */
const CLIENT_INPUTS = ['client', 'server/src/model', 'server/src/api', 'vite.config.ts', 'package-lock.json'].map((p) =>
  path.resolve(p),
);

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stat.mtimeMs,
  );
}

export function clientBuildIsStale(builtIndex: string, inputs: string[]): boolean {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return inputs.some((input) => newestChange(input) > builtAt);
}

/** Builds dist/client when it is missing or out of date (npm start, bench:first-visit); false if the build failed. */
export function ensureClientBuilt(log: (message: string) => void = console.log): boolean {
  const index = path.join(CLIENT_DIR, 'index.html');
  if (!clientBuildIsStale(index, CLIENT_INPUTS)) return true;
  log(
    existsSync(index)
      ? 'Rebuilding the explorer UI (its sources changed since the last build)...'
      : 'Building the explorer UI...',
  );
  return spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status === 0;
}
