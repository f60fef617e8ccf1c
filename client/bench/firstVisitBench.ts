// npm run bench:first-visit -- [--rounds=2]
// The first screen after start-up: a fresh store and a cold Neo4j each round, the real serving process, the built
// client in headless Chromium (launched before the clock starts). Prints the time from the server saying it is
// ready to the first screen's graph, with and without the start-up warm-up (WARM_UP=off), and a second visit to
// the same warm server as the baseline.
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startServerProcess } from '../../server/bench/serverProcess.ts';
import { ensureClientBuilt } from '../../scripts/clientBuild.ts';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';

const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 2);

async function firstScreen(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await page.getByText(/^[1-9]\d* nodes? ·/).waitFor({ timeout: 120_000 });
  return performance.now() - started;
}

async function round(warmUp: boolean, browser: Awaited<ReturnType<typeof launchBrowser>>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sge-first-visit-'));
  const server = startServerProcess({ NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, WARM_UP: warmUp ? 'on' : 'off' });
  try {
    const url = await server.ready;
    const first = await firstScreen(await browser.context.newPage(), url);
    const second = await firstScreen(await browser.context.newPage(), url);
    return { first, second, load: os.loadavg()[0] };
  } finally {
    server.kill();
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `bench:first-visit on ${os.cpus().length} cores (${os.cpus()[0]?.model}), load average ${os.loadavg()[0].toFixed(2)}`,
);
console.log('run                  | first visit after ready | second visit (warm) | load');
// The server serves dist/client: build it first, as npm start does, so the bench never times a missing page.
if (!ensureClientBuilt()) process.exit(1);
const browser = await launchBrowser();
try {
  for (let i = 0; i < rounds; i++)
    for (const warmUp of [false, true]) {
      const r = await round(warmUp, browser);
      const label = `${warmUp ? 'with warm-up' : 'without warm-up'} #${i + 1}`.padEnd(20);
      console.log(`${label} | ${s(r.first).padStart(23)} | ${s(r.second).padStart(19)} | ${r.load.toFixed(2)}`);
    }
} finally {
  await browser.close();
}
