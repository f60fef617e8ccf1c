// npm run dev: the API on API_PORT (default 3001) and Vite's dev server on 5173 proxying /api to it.
import { spawn } from 'node:child_process';
import { pino } from 'pino';
import { createApp } from '../server/src/app.ts';
import { openGraph } from '../server/src/db/openGraph.ts';
import { LOGGER_REDACTION } from '../server/src/http/redaction.ts';
import { isGraphEmpty, loadSeed } from '../seed/loadSeed.ts';
import { exitOnMissingPrerequisite, onShutdown } from './cli.ts';

const apiPort = Number(process.env.API_PORT ?? 3001);
const graph = await openGraph().catch(exitOnMissingPrerequisite);
if (await isGraphEmpty(graph.db)) await loadSeed(graph.db);
// Only Vite's proxy talks to this API, so loopback is all it needs.
createApp({ db: graph.db, logger: pino({ level: 'info', redact: LOGGER_REDACTION }) }).listen(
  apiPort,
  '127.0.0.1',
  () => console.log(`API on http://127.0.0.1:${apiPort}`),
);
const vite = spawn('npx', ['vite'], { stdio: 'inherit', env: { ...process.env, API_PORT: String(apiPort) } });
onShutdown(async () => {
  vite.kill('SIGTERM');
  await graph.close();
});
