// npm run dev: the API on API_PORT (default 3001) and Vite's dev server on 5173 proxying /api to it.
import { spawn } from 'node:child_process';
import { pino } from 'pino';
import { createApp } from '../server/src/app.ts';
import { openGraph } from '../server/src/db/openGraph.ts';
import { isGraphEmpty, loadSeed } from '../seed/loadSeed.ts';
import { exitOnMissingPrerequisite, onShutdown } from './cli.ts';

const apiPort = Number(process.env.API_PORT ?? 3001);
const graph = await openGraph().catch(exitOnMissingPrerequisite);
if (await isGraphEmpty(graph.db)) await loadSeed(graph.db);
createApp({ db: graph.db, logger: pino({ level: 'info' }) }).listen(apiPort, () =>
  console.log(`API on http://localhost:${apiPort}`),
);
const vite = spawn('npx', ['vite'], { stdio: 'inherit', env: { ...process.env, API_PORT: String(apiPort) } });
onShutdown(async () => {
  vite.kill('SIGTERM');
  await graph.close();
});
