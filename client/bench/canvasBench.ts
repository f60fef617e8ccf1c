// npm run bench:ui -- [nodes=10000]
// Fills the explorer's canvas with about 2,000 nodes through the real UI (hub expansions, 500 neighbours a page,
// over a synthetic graph in its own Neo4j), then measures frame times while the user pans and zooms with the mouse:
// with the large-graph options as shipped, and, in the same page, without them (bezier edges with arrows and
// labels, edges drawn while moving) as the baseline. Prints p50/p95 frame times and the ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { createApp } from '../../server/src/app.ts';
import { loadSyntheticGraph } from '../../server/bench/loadSyntheticGraph.ts';
import { percentiles } from '../../server/bench/measure.ts';
import { companyId, graphPlan } from '../../server/bench/syntheticGraph.ts';
import { ensureSchema, schemaStatements } from '../../server/src/db/constraints.ts';
import { createGraphDb, waitForNeo4j } from '../../server/src/db/graphDb.ts';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { buildClient } from '../../tests/e2e/support/builtClient.ts';
import { drawnGraph, nodeOnPage, waitForStillCanvas } from '../../tests/e2e/support/canvas.ts';

const nodes = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
const TARGET = 2_000;
const ROUNDS = 3;
const log = (message: string) => console.log(message);

/** Brings a node to the middle of the canvas (clear of the toolbar) and answers where it is drawn. */
async function centred(page: Page, id: string) {
  await page.evaluate((nodeId) => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
    container._cyreg.cy.center(container._cyreg.cy.$id(nodeId));
  }, id);
  return nodeOnPage(page, id);
}

async function expandUntil(page: Page, hubs: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const hub of hubs) {
    let target = await centred(page, hub);
    let startedAt = performance.now();
    await page.mouse.dblclick(target.x, target.y);
    for (;;) {
      await page.locator('.status-busy').waitFor({ state: 'detached', timeout: 120_000 });
      await waitForStillCanvas(page, 600_000);
      times.push(performance.now() - startedAt);
      const graph = await drawnGraph(page);
      log(`  ${graph.nodes.length} nodes on the canvas after ${(times.at(-1)! / 1000).toFixed(1)} s`);
      if (graph.nodes.length >= TARGET) return times;
      const more = graph.nodes.find((n) => n.classes.includes('more') && n.id.includes(`:${hub}:`));
      if (!more) break;
      target = await centred(page, more.id);
      startedAt = performance.now();
      await page.mouse.click(target.x, target.y);
    }
  }
  return times;
}

/** Frame intervals (ms) seen by requestAnimationFrame while `gesture` runs. */
async function frameTimes(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __measuring: boolean };
    w.__frames = [];
    w.__measuring = true;
    let last = performance.now();
    const loop = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__measuring) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await gesture();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __measuring: boolean };
    w.__measuring = false;
    return w.__frames.slice(1);
  });
}

async function panAndZoom(page: Page) {
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  const start = { x: box.x + 30, y: box.y + box.height - 30 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(start.x + i * 6, start.y - i * 4);
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -120 : 120);
}

/** Switches the canvas between the shipped large-graph options and the detailed baseline. */
async function useLargeGraphOptions(page: Page, on: boolean) {
  await page.evaluate((large) => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
    const cy = container._cyreg.cy;
    const edge = large ? { 'curve-style': 'haystack', 'target-arrow-shape': 'none', label: '' } : { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', label: 'data(label)' };
    cy.style().selector('edge').style(edge).update();
    const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }, on);
  await page.waitForTimeout(500);
}

async function main() {
  log(`bench:ui on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, headless Chromium (software rendering), load average ${os.loadavg()[0].toFixed(2)}`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sge-bench-ui-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCacheMiB: 256, log: () => {} });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const browser = await launchBrowser();
  try {
    await waitForNeo4j(db);
    await db.writeTx((tx) => tx.run(schemaStatements()[0]));
    const plan = graphPlan(nodes);
    log(`Loading a synthetic graph of ${nodes.toLocaleString('en')} nodes...`);
    await loadSyntheticGraph(db, plan, () => {});
    await ensureSchema(db);
    log('Building the client and opening the explorer...');
    const app = createApp({ db, logger: pino({ level: 'silent' }), clientDir: buildClient(), auth: { mode: 'local', localUser: { name: 'bench', role: 'analyst' } } });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const hubs = Array.from({ length: plan.hubs }, (_, i) => companyId(i));
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/?nodes=${hubs.join(',')}`);
    await page.getByText(/^[1-9]\d* nodes? ·/).waitFor({ timeout: 60_000 });
    await page.getByLabel('Neighbours per expansion').selectOption('500');
    const steps = await expandUntil(page, hubs).catch(async (error) => {
      await page.screenshot({ path: path.join(os.tmpdir(), 'sge-bench-ui-failure.png') });
      throw error;
    });
    const graph = await drawnGraph(page);
    log(`Canvas: ${graph.nodes.length} nodes, ${graph.edges.length} edges, after ${steps.length} expansions of up to 500 neighbours.`);
    log(`Expansion to settled layout, per step (ms): ${steps.map((t) => t.toFixed(0)).join(', ')}`);
    const shipped: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await useLargeGraphOptions(page, true);
      shipped.push(...(await frameTimes(page, () => panAndZoom(page))));
      await useLargeGraphOptions(page, false);
      baseline.push(...(await frameTimes(page, () => panAndZoom(page))));
    }
    const a = percentiles(shipped);
    const b = percentiles(baseline);
    log(`Frame time while panning and zooming, ${ROUNDS} alternating rounds (ms):`);
    log(`  large-graph options (shipped): p50 ${a.p50.toFixed(1)}  p95 ${a.p95.toFixed(1)}  (${shipped.length} frames)`);
    log(`  baseline (no options):         p50 ${b.p50.toFixed(1)}  p95 ${b.p95.toFixed(1)}  (${baseline.length} frames)`);
    log(`  ratio shipped/baseline:        p50 ${(a.p50 / b.p50).toFixed(2)}x  p95 ${(a.p95 / b.p95).toFixed(2)}x`);
    server.close();
  } finally {
    await browser.close();
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
