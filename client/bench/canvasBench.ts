// npm run bench:ui -- [nodes ...] (default 1000 2000 5000 10000)
// How the explorer's canvas copes with a large graph. For each size it writes that many synthetic entities and 1.5x
// as many links into the store, saves them as an investigation and opens it in the built explorer (real server,
// real Neo4j) in headless Chromium, times the explorer's layout of them through its Re-layout button (ForceAtlas2
// from LARGE_LAYOUT_NODES up) beside fCoSE's default quality as the baseline, then measures frame times while
// panning and zooming with the mouse. Two browser settings: software GL (SwiftShader, the setting), where
// it alternates the explorer's canvas renderer (the baseline) with Cytoscape's WebGL renderer on the same elements,
// and software compositing (--disable-gpu, how the test suite runs Chromium). A 20-node canvas measured the same way
// first is each setting's floor: what panning costs there whatever the graph. After the sizes it times a
// 1,000-node expansion (expansionBench.ts).
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
import { CHROMIUM_ARGS, launchBrowser, SOFTWARE_GL_ARGS, type TestBrowser } from '../../tests/e2e/support/browser.ts';
import { buildClient } from '../../tests/e2e/support/builtClient.ts';
import { LARGE_LAYOUT_NODES } from '../src/canvas/layouts.ts';
import { layoutOptions } from '../src/canvas/layouts.ts';
import { HUB_PATH, timeExpansion, writeHub } from './expansionBench.ts';
import { benchPageScript, openOnCanvas, saveAsInvestigation, writeSyntheticGraph } from './syntheticCanvas.ts';

const sizeArgs = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const sizes = sizeArgs.length ? sizeArgs.map(Number) : [1_000, 2_000, 5_000, 10_000];
const ROUNDS = 3;
const ROUND_BUDGET_MS = 120_000;
/** The floor: a canvas this small costs next to nothing to draw, so its frame time is the browser setting's. */
const FLOOR_NODES = 20;
const FCOSE_TIMED_UP_TO = 2_000;
const log = (message: string) => console.log(message);
/** The explorer's Cytoscape instance, undefined until the canvas exists (defined in the page by benchPageScript). */
declare function explorerCy(): import('cytoscape').Core | undefined;

/** Times the explorer's own Re-layout (its layout for this size) from the click to the layout's end. */
function timeExplorerLayout(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const cy = explorerCy()!;
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
        const cy = explorerCy()!;
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
 * The explorer's canvas as it draws it, or, on top of it, a WebGL-rendered copy of the same elements, positions and
 * stylesheet (the renderer is chosen when a Cytoscape instance is created).
 */
async function useRenderer(page: Page, webgl: boolean) {
  await page.evaluate((webgl) => {
    const cy = explorerCy()!;
    const host = cy.container()!;
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
      style: (cy.style() as unknown as { json(): unknown }).json(),
      layout: { name: 'preset' },
      renderer: { name: 'canvas', webgl: true },
    });
    w.webglCy.fit();
  }, webgl);
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

type Frames = ReturnType<typeof percentiles> & { count: number };
const framesPerSecond = (p: Frames) => `${Math.round(1000 / p.p50)} frames/s at p50`;
const frameLine = (label: string, p: Frames) =>
  `  ${label.padEnd(40)} p50 ${p.p50.toFixed(1)}  p95 ${p.p95.toFixed(1)}  (${p.count} frames, ${framesPerSecond(p)})`;

/**
 * Three rounds of panning and zooming per renderer, alternating; after the first, a renderer gets more rounds only
 * while it has used less than ROUND_BUDGET_MS (WebGL on SwiftShader takes seconds a frame at 10,000 nodes).
 */
async function measureRenderers(
  page: Page,
  renderers: { name: string; webgl: boolean }[],
): Promise<Map<string, Frames>> {
  const frames = new Map(renderers.map((r) => [r.name, { samples: [] as number[], spent: 0 }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const renderer of renderers) {
      const mine = frames.get(renderer.name)!;
      if (round > 0 && mine.spent > ROUND_BUDGET_MS) continue;
      const startedAt = Date.now();
      await useRenderer(page, renderer.webgl);
      mine.samples.push(...(await panAndZoomFrames(page)));
      mine.spent += Date.now() - startedAt;
    }
  }
  await useRenderer(page, false);
  return new Map([...frames].map(([name, f]) => [name, { ...percentiles(f.samples), count: f.samples.length }]));
}

/** Fails the run if the explorer's canvas no longer holds the graph it was measured on. */
async function expectDrawn(page: Page, count: number) {
  const drawn = await page.evaluate(() => drawnNodes());
  if (drawn !== count) throw new Error(`the canvas holds ${drawn} nodes instead of ${count}: the figures are void`);
}
declare function drawnNodes(): number;

interface Setting {
  name: string;
  browser: TestBrowser;
  renderers: { name: string; webgl: boolean }[];
}

async function newPage(browser: TestBrowser) {
  const page = await browser.context.newPage();
  await page.addInitScript(benchPageScript);
  return page;
}

/** One size in one browser setting: open, lay out (timed in the first setting only), pan and zoom. */
async function measureSize(setting: Setting, baseUrl: string, investigationId: string, nodes: number, timed: boolean) {
  const page = await newPage(setting.browser);
  const openMs = await openOnCanvas(page, baseUrl, investigationId, nodes);
  const fcoseMs = timed && nodes <= FCOSE_TIMED_UP_TO ? await timeFcoseDefault(page) : null;
  const layoutMs = await timeExplorerLayout(page);
  if (timed) {
    // The first layout on a freshly opened page also loads and compiles the layout's code; the second is what a
    // user waits for after that.
    const againMs = await timeExplorerLayout(page);
    const explorerLayout = nodes >= LARGE_LAYOUT_NODES ? 'ForceAtlas2' : 'fCoSE default';
    const baseline =
      fcoseMs === null
        ? `fCoSE default not timed above ${FCOSE_TIMED_UP_TO.toLocaleString('en')} nodes`
        : `baseline fCoSE default: ${(fcoseMs / 1000).toFixed(1)} s`;
    log(
      `  saved investigation opened and drawn in ${(openMs / 1000).toFixed(1)} s; the explorer's layout (${explorerLayout}, Re-layout to drawn): ${(layoutMs / 1000).toFixed(1)} s, again ${(againMs / 1000).toFixed(1)} s, ${baseline} (load average ${os.loadavg()[0].toFixed(1)})`,
    );
  }
  if (process.env.BENCH_UI_SCREENSHOT_DIR)
    await page
      .screenshot({ path: path.join(process.env.BENCH_UI_SCREENSHOT_DIR, `bench-ui-${setting.name}-${nodes}.png`) })
      .catch((e: Error) => log(`(no screenshot at ${nodes} nodes: ${e.message.split('\n')[0]})`));
  const frames = await measureRenderers(page, setting.renderers);
  await expectDrawn(page, nodes);
  await page.close();
  return frames;
}

async function main() {
  log(
    `bench:ui on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, headless Chromium, load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sge-bench-ui-'));
  const neo4j = await startLocalNeo4j({ dataDir, heap: '2g', pageCacheMiB: 512, log: () => {} });
  const db = createGraphDb({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const settings: Setting[] = [
    {
      name: 'software-gl',
      browser: await launchBrowser(SOFTWARE_GL_ARGS),
      renderers: [
        { name: 'canvas renderer (baseline)', webgl: false },
        { name: 'WebGL renderer', webgl: true },
      ],
    },
    {
      name: 'software-compositing',
      browser: await launchBrowser(CHROMIUM_ARGS),
      renderers: [{ name: 'canvas renderer', webgl: false }],
    },
  ];
  try {
    await waitForNeo4j(db);
    await ensureSchema(db);
    const app = createApp({
      db,
      logger: pino({ level: 'silent' }),
      clientDir: buildClient(),
      // An investigator, to save the canvases as investigations.
      auth: { mode: 'local', localUser: { name: 'bench', role: 'investigator' } },
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const probe = await newPage(settings[0].browser);
    await probe.goto(baseUrl);
    log(`WebGL (software GL setting): ${await glRenderer(probe)}`);
    await probe.close();
    const floors = new Map<string, Map<string, Frames>>();
    for (const nodes of [FLOOR_NODES, ...sizes]) {
      const graph = await writeSyntheticGraph(db, nodes);
      const investigationId = await saveAsInvestigation(baseUrl, graph);
      log(`\nCanvas: ${nodes} nodes, ${graph.linkIds.length} links${nodes === FLOOR_NODES ? ' (the floor)' : ''}`);
      for (const [i, setting] of settings.entries()) {
        const frames = await measureSize(setting, baseUrl, investigationId, nodes, i === 0);
        if (nodes === FLOOR_NODES) floors.set(setting.name, frames);
        log(`  Frame time while panning and zooming, ${setting.name} (ms):`);
        for (const [name, p] of frames) {
          const floor = floors.get(setting.name)!.get(name)!;
          log(`${frameLine(name, p)}; ${(p.p50 / floor.p50).toFixed(2)}x the floor at p50`);
        }
      }
    }
    await writeHub(db);
    const expansionPage = await newPage(settings[0].browser);
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
    for (const setting of settings) await setting.browser.close();
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
