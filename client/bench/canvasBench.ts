// npm run bench:ui -- [nodes=2000]
// How the explorer's canvas copes with a large graph. Opens the built explorer (real server, seeded Neo4j) in
// headless Chromium, puts `nodes` synthetic entities and 1.5x as many links on its Cytoscape canvas, times the
// default fCoSE layout, then measures frame times while panning and zooming with the mouse: with the stylesheet
// and renderer options the explorer uses for large graphs, and, alternately in the same page, with its detailed
// small-graph options (bezier edges with arrows and labels, edges drawn while moving) as the baseline.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { startLocalNeo4j } from '../../neo4j/localNeo4j.ts';
import { percentiles } from '../../server/bench/measure.ts';
import { createApp } from '../../server/src/app.ts';
import { ensureSchema } from '../../server/src/db/constraints.ts';
import { createGraphDb, waitForNeo4j } from '../../server/src/db/graphDb.ts';
import { loadSeed } from '../../seed/loadSeed.ts';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { buildClient } from '../../tests/e2e/support/builtClient.ts';
import { layoutOptions } from '../src/canvas/layouts.ts';
import { buildStylesheet } from '../src/styles/graphStyles.ts';

const nodes = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2_000);
const ROUNDS = 3;
const log = (message: string) => console.log(message);
type CyHost = HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };

/** Synthetic entities and links shaped like the canvas's own elements (see client/src/canvas/canvasElements.ts). */
function syntheticElements(count: number) {
  const kinds = ['Company', 'Company', 'Person', 'Person', 'Address', 'PublicBody'];
  const groups = ['ownership', 'ownership', 'control', 'sanction', 'family', 'other'];
  const els: object[] = [];
  for (let i = 0; i < count; i++) {
    els.push({
      group: 'nodes',
      data: {
        id: `s${i}`,
        label: `Synthetic entity ${i}`,
        kind: kinds[i % kinds.length],
        sanctioned: i % 23 === 0,
        size: 30 + (i % 7) * 3,
      },
    });
  }
  for (let i = 0; i < Math.round(count * 1.5); i++) {
    const target = 1 + (i % (count - 1));
    const source = (target * 7919 + i) % target;
    els.push({
      group: 'edges',
      data: {
        id: `l${i}`,
        source: `s${source}`,
        target: `s${target}`,
        group: groups[i % groups.length],
        label: 'owns 51%',
      },
    });
  }
  return els;
}

async function fillCanvas(page: Page, count: number): Promise<number> {
  const layout = JSON.parse(
    JSON.stringify(layoutOptions('fcose', { nodeCount: count }), (_k, v) => (typeof v === 'function' ? v() : v)),
  );
  return page.evaluate(
    ({ els, layout }) =>
      new Promise<number>((resolve) => {
        const cy = (document.querySelector('[data-testid="graph-canvas"]') as CyHost)._cyreg.cy;
        cy.elements().remove();
        cy.add(els as never);
        cy.nodes().forEach((n) => void n.position({ x: Math.random() * 3000, y: Math.random() * 2000 }));
        const startedAt = performance.now();
        const run = cy.layout({
          ...layout,
          nodeRepulsion: () => layout.nodeRepulsion,
          idealEdgeLength: () => layout.idealEdgeLength,
          edgeElasticity: () => layout.edgeElasticity,
        });
        run.one('layoutstop', () => resolve(performance.now() - startedAt));
        run.run();
      }),
    { els: syntheticElements(count), layout },
  );
}

async function useOptions(page: Page, large: boolean) {
  await page.evaluate(
    ({ style, large }) => {
      const cy = (document.querySelector('[data-testid="graph-canvas"]') as CyHost)._cyreg.cy;
      cy.style(style as never);
      const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      renderer.hideEdgesOnViewport = large;
      renderer.textureOnViewport = large;
      cy.fit();
    },
    { style: buildStylesheet({ large }), large },
  );
  await page.waitForTimeout(500);
}

/** Frame intervals (ms) seen by requestAnimationFrame while the mouse pans and zooms the canvas. */
async function panAndZoomFrames(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; measuring: boolean };
    w.frames_ = [];
    w.measuring = true;
    let last = performance.now();
    const loop = (t: number) => {
      w.frames_.push(t - last);
      last = t;
      if (w.measuring) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height - 30);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + 30 + i * 6, box.y + box.height - 30 - i * 4);
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -120 : 120);
  return page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; measuring: boolean };
    w.measuring = false;
    return w.frames_.slice(1);
  });
}

async function main() {
  log(
    `bench:ui on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, headless Chromium (software rendering), load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sge-bench-ui-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCacheMiB: 256, log: () => {} });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const browser = await launchBrowser();
  try {
    await waitForNeo4j(db);
    await ensureSchema(db);
    await loadSeed(db);
    const app = createApp({
      db,
      logger: pino({ level: 'silent' }),
      clientDir: buildClient(),
      auth: { mode: 'local', localUser: { name: 'bench', role: 'analyst' } },
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const page = await browser.context.newPage();
    // tsx keeps function names with a `__name` helper that does not exist inside the page's evaluate callbacks.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.getByText(/^[1-9]\d* nodes? ·/).waitFor({ timeout: 60_000 });
    const layoutMs = await fillCanvas(page, nodes);
    log(
      `Canvas: ${nodes} nodes, ${Math.round(nodes * 1.5)} links; fCoSE layout (as the explorer runs it at this size): ${(layoutMs / 1000).toFixed(1)} s`,
    );
    const shipped: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await useOptions(page, true);
      shipped.push(...(await panAndZoomFrames(page)));
      await useOptions(page, false);
      baseline.push(...(await panAndZoomFrames(page)));
    }
    const a = percentiles(shipped);
    const b = percentiles(baseline);
    log(`Frame time while panning and zooming with the mouse, ${ROUNDS} alternating rounds (ms):`);
    log(
      `  large-graph options (shipped): p50 ${a.p50.toFixed(1)}  p95 ${a.p95.toFixed(1)}  (${shipped.length} frames)`,
    );
    log(
      `  baseline (detailed options):   p50 ${b.p50.toFixed(1)}  p95 ${b.p95.toFixed(1)}  (${baseline.length} frames)`,
    );
    log(`  ratio shipped/baseline:        p50 ${(a.p50 / b.p50).toFixed(2)}x  p95 ${(a.p95 / b.p95).toFixed(2)}x`);
    log(`(load average at the end ${os.loadavg()[0].toFixed(2)})`);
    server.close();
  } finally {
    await browser.close();
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
