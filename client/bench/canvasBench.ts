// npm run bench:ui -- [nodes ...] (default 1000 2000 5000 10000)
// How the explorer's canvas copes with a large graph. Opens the built explorer (real server over an empty Neo4j) in
// headless Chromium with software GL (SwiftShader), and for each size puts that many synthetic entities and 1.5x
// as many links on its Cytoscape canvas, times the explorer's layout of them, then measures frame times
// while panning and zooming with the mouse, alternately with Cytoscape's canvas renderer (the baseline, as the
// explorer draws today) and its WebGL renderer, both with the explorer's large-graph stylesheet and options.
// The explorer's layout is timed through its own Re-layout button (ForceAtlas2 from LARGE_LAYOUT_NODES up), beside
// fCoSE's default quality as the baseline; after the sizes it times a 1,000-node expansion (expansionBench.ts).
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
import { launchBrowser, SOFTWARE_GL_ARGS } from '../../tests/e2e/support/browser.ts';
import { buildClient } from '../../tests/e2e/support/builtClient.ts';
import { LARGE_LAYOUT_NODES } from '../src/canvas/layouts.ts';
import { layoutOptions } from '../src/canvas/layouts.ts';
import { buildStylesheet } from '../src/styles/graphStyles.ts';
import { HUB_PATH, timeExpansion, writeHub } from './expansionBench.ts';

const sizeArgs = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const sizes = sizeArgs.length ? sizeArgs.map(Number) : [1_000, 2_000, 5_000, 10_000];
const ROUNDS = 3;
const FCOSE_TIMED_UP_TO = 2_000;
const log = (message: string) => console.log(message);
type CyHost = HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
type CyHostLike = HTMLElement & { _cyreg?: unknown };

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

/** Puts `count` synthetic nodes on the canvas, scattered, without laying them out. */
function fillCanvas(page: Page, count: number): Promise<void> {
  return page.evaluate((els) => {
    const cy = (document.querySelector('[data-testid="graph-canvas"]') as CyHost)._cyreg.cy;
    cy.elements().remove();
    cy.add(els as never);
    cy.nodes().forEach((n) => void n.position({ x: Math.random() * 3000, y: Math.random() * 2000 }));
  }, syntheticElements(count));
}

/** Times the explorer's own Re-layout (its layout for this size) from the click to the layout's end. */
function timeExplorerLayout(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const cy = (document.querySelector('[data-testid="graph-canvas"]') as CyHost)._cyreg.cy;
        const startedAt = performance.now();
        cy.one('layoutstop', () => resolve(performance.now() - startedAt));
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Re-layout')!.click();
      }),
  );
}

/** Times fCoSE in its default quality on the canvas's elements: what the explorer runs below LARGE_LAYOUT_NODES. */
function timeFcoseDefault(page: Page): Promise<number> {
  const layout = JSON.parse(
    JSON.stringify(layoutOptions('fcose', { nodeCount: 1 }), (_k, v) => (typeof v === 'function' ? v() : v)),
  );
  return page.evaluate(
    (layout) =>
      new Promise<number>((resolve) => {
        const cy = (document.querySelector('[data-testid="graph-canvas"]') as CyHost)._cyreg.cy;
        const startedAt = performance.now();
        const run = cy.layout({
          ...layout,
          animate: false,
          nodeRepulsion: () => layout.nodeRepulsion,
          idealEdgeLength: () => layout.idealEdgeLength,
          edgeElasticity: () => layout.edgeElasticity,
        });
        run.one('layoutstop', () => resolve(performance.now() - startedAt));
        run.run();
      }),
    layout,
  );
}

/**
 * The explorer's canvas renderer with its large-graph options, or, on top of it, a WebGL-rendered copy of the same
 * elements and positions (the renderer is chosen when a Cytoscape instance is created).
 */
async function useRenderer(page: Page, webgl: boolean) {
  await page.evaluate(
    ({ style, webgl }) => {
      const host = document.querySelector('[data-testid="graph-canvas"]') as CyHost;
      const cy = host._cyreg.cy;
      cy.style(style as never);
      const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      renderer.hideEdgesOnViewport = true;
      renderer.textureOnViewport = true;
      cy.fit();
      const w = window as unknown as { webglCy?: import('cytoscape').Core; webglHost?: HTMLElement };
      w.webglCy?.destroy();
      w.webglHost?.remove();
      w.webglCy = undefined;
      if (!webgl) return;
      const overlay = document.createElement('div');
      const rect = host.getBoundingClientRect();
      Object.assign(overlay.style, {
        position: 'fixed',
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
        zIndex: '1000',
        background: '#fff',
      });
      document.body.append(overlay);
      const Core = cy.constructor as unknown as new (options: object) => import('cytoscape').Core;
      w.webglHost = overlay;
      w.webglCy = new Core({
        container: overlay,
        elements: cy.elements().jsons(),
        style,
        layout: { name: 'preset' },
        renderer: { name: 'canvas', webgl: true },
      });
      w.webglCy.fit();
    },
    { style: buildStylesheet({ large: true }), webgl },
  );
  await page.waitForTimeout(500);
}

/** What draws the page's WebGL: SwiftShader here, or nothing when WebGL is unavailable. */
function glRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL 2 context';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
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
    `bench:ui on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, headless Chromium (software GL), load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sge-bench-ui-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '1g', pageCacheMiB: 256, log: () => {} });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const browser = await launchBrowser(SOFTWARE_GL_ARGS);
  try {
    await waitForNeo4j(db);
    await ensureSchema(db);
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
    await writeHub(db);
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await page.goto(`${baseUrl}${HUB_PATH}`);
    // The canvas draws synthetic elements; the store holds only the hub to expand (no seed: the opening story is not needed).
    await page.waitForFunction(
      () => Boolean(document.querySelector<CyHostLike>('[data-testid="graph-canvas"]')?._cyreg),
      null,
      { timeout: 120_000 },
    );
    log(`WebGL: ${await glRenderer(page)}`);
    const fps = (p: { p50: number; p95: number }) => `${Math.round(1000 / p.p50)} frames/s at p50`;
    const row = (label: string, p: ReturnType<typeof percentiles>, n: number) =>
      log(`  ${label} p50 ${p.p50.toFixed(1)}  p95 ${p.p95.toFixed(1)}  (${n} frames, ${fps(p)})`);
    for (const nodes of sizes) {
      // fCoSE's default quality grows with the square of the nodes (15 minutes did not finish 5,000): past this
      // size it is not timed, so that the run reaches the frame rates.
      await fillCanvas(page, nodes);
      const fcoseMs = nodes <= FCOSE_TIMED_UP_TO ? await timeFcoseDefault(page) : null;
      await fillCanvas(page, nodes);
      const layoutMs = await timeExplorerLayout(page);
      const explorerLayout = nodes >= LARGE_LAYOUT_NODES ? 'ForceAtlas2' : 'fCoSE default';
      const baseline =
        fcoseMs === null
          ? `fCoSE default not timed above ${FCOSE_TIMED_UP_TO.toLocaleString('en')} nodes`
          : `baseline fCoSE default: ${(fcoseMs / 1000).toFixed(1)} s`;
      log(
        `\nCanvas: ${nodes} nodes, ${Math.round(nodes * 1.5)} links; the explorer's layout at this size (${explorerLayout}, Re-layout to drawn): ${(layoutMs / 1000).toFixed(1)} s, ${baseline} (load average ${os.loadavg()[0].toFixed(1)})`,
      );
      if (process.env.BENCH_UI_SCREENSHOT_DIR)
        await page
          .screenshot({ path: path.join(process.env.BENCH_UI_SCREENSHOT_DIR, `bench-ui-layout-${nodes}.png`) })
          .catch((e: Error) => log(`(no screenshot at ${nodes} nodes: ${e.message.split('\n')[0]})`));
      const canvas: number[] = [];
      const webgl: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await useRenderer(page, false);
        canvas.push(...(await panAndZoomFrames(page)));
        await useRenderer(page, true);
        webgl.push(...(await panAndZoomFrames(page)));
      }
      await useRenderer(page, false);
      const c = percentiles(canvas);
      const g = percentiles(webgl);
      log(`Frame time while panning and zooming with the mouse, ${ROUNDS} alternating rounds (ms):`);
      row('canvas renderer (baseline):', c, canvas.length);
      row('WebGL renderer:            ', g, webgl.length);
      log(`  ratio WebGL/canvas:          p50 ${(g.p50 / c.p50).toFixed(2)}x  p95 ${(g.p95 / c.p95).toFixed(2)}x`);
    }
    // On a page of its own: the canvas sizes above changed the canvas behind the explorer's back.
    const expansionPage = await browser.context.newPage();
    await expansionPage.addInitScript('window.__name = (f) => f');
    await expansionPage.goto(`${baseUrl}${HUB_PATH}`);
    const expansion = await timeExpansion(expansionPage);
    if (process.env.BENCH_UI_SCREENSHOT) await expansionPage.screenshot({ path: process.env.BENCH_UI_SCREENSHOT });
    log(
      `\nExpanding a company with 1,000 holdings, 500 per page: double click to drawn ${(expansion.first / 1000).toFixed(1)} s, ` +
        `"load more" to drawn ${(expansion.more / 1000).toFixed(1)} s, 1,000 nodes in ${((expansion.first + expansion.more) / 1000).toFixed(1)} s (load average ${os.loadavg()[0].toFixed(1)})`,
    );
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
