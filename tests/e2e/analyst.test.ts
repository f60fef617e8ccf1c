// What surprised analysts in the explorer (issue 13), in real headless Chromium against the real server.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { RELATIONSHIP_TYPES } from '../../server/src/model/schema.ts';
import { clickElement, drawnGraph, nodeIds, waitForStillCanvas } from './support/canvas.ts';
import { eventually, SCREENSHOTS, useExplorerSession } from './support/explorerSession.ts';
import { chooseFromMenu, exportAs } from './support/menus.ts';

const { open } = useExplorerSession();

const selectedIds = (page: Page) =>
  page.evaluate(() => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    return container
      ._cyreg!.cy.nodes(':selected')
      .map((n) => n.id())
      .sort();
  });

describe('selecting and removing on the canvas', () => {
  it('selects only the clicked node, so Delete removes only what the panel shows', async () => {
    const page = await open();
    await eventually(() => selectedIds(page)).toEqual(['chen-zhi']);
    await clickElement(page, 'qiu-weiren');
    await eventually(() => selectedIds(page)).toEqual(['qiu-weiren']);
    await eventually(() => page.getByLabel('Entity details').locator('h2').textContent()).toBe('Qiu Weiren');
    await page.keyboard.press('Delete');
    await eventually(() => nodeIds(page)).not.toContain('qiu-weiren');
    expect(await nodeIds(page)).toContain('chen-zhi');
    await page.close();
  });

  it('adds to the selection with Shift-click and asks before Delete removes two nodes', async () => {
    const page = await open('/?nodes=chen-zhi,prince-holding-group,china');
    // Nodes can still arrive after the link's three (CI saw 9, cause unknown): click once the canvas holds still.
    for (let last = '', tries = 0; tries < 30; tries++) {
      const now = (await nodeIds(page)).join();
      if (now === last) break;
      last = now;
      await page.waitForTimeout(1500);
    }
    await clickElement(page, 'chen-zhi');
    await eventually(() => selectedIds(page)).toEqual(['chen-zhi']);
    await clickElement(page, 'china', ['Shift']);
    await eventually(() => selectedIds(page)).toEqual(['chen-zhi', 'china']);
    // The panel follows the node just added, not the one selected before.
    await eventually(() => page.getByLabel('Entity details').locator('h2').textContent()).toBe('China');
    await eventually(() => page.locator('.selection-note').textContent()).toContain('2 nodes selected');
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Remove nodes' });
    await eventually(() => confirm.textContent()).toContain('Remove 2 nodes from the canvas?');
    expect(await confirm.textContent()).toMatch(/Chen Zhi, China/);
    // Exactly the two selected nodes go; everything else on the canvas stays.
    const before = await nodeIds(page);
    expect(before).toEqual(expect.arrayContaining(['chen-zhi', 'china', 'prince-holding-group']));
    await confirm.getByRole('button', { name: 'Remove 2 nodes' }).click();
    await eventually(() => nodeIds(page)).toEqual(before.filter((id) => id !== 'chen-zhi' && id !== 'china'));
    await page.close();
  }, 180_000);
});

describe('help', () => {
  it('shows the keyboard shortcuts on ? and from the Help menu', async () => {
    const page = await open('/?nodes=chen-zhi');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await eventually(() => dialog.textContent()).toContain('Focus the search box');
    expect(await dialog.textContent()).toContain('Add a node to the selection');
    await page.keyboard.press('Escape');
    await eventually(() => dialog.count()).toBe(0);
    await chooseFromMenu(page, 'Help', 'Keyboard shortcuts');
    await eventually(() => dialog.count()).toBe(1);
    await page.close();
  }, 180_000);
});

/** Where an element is drawn, and whether all of it lies inside the window. */
const boxOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, inside: r.left >= 0 && r.right <= window.innerWidth };
    });

describe('the layout on a laptop screen', () => {
  it('fits 1024x700: nothing off-screen, a usable search box, the side panels collapse', async () => {
    const page = await open('/');
    await page.setViewportSize({ width: 1440, height: 900 });
    await waitForStillCanvas(page);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-layout-1440x900.png` });

    await page.setViewportSize({ width: 1024, height: 700 });
    await page.reload();
    await page.getByText(/^[1-9]\d* nodes? ·/).waitFor({ timeout: 30_000 });
    await waitForStillCanvas(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    for (const control of ['.top-menus', '.canvas-toolbar', '.status-bar'])
      expect((await boxOf(page, control)).inside).toBe(true);
    expect((await boxOf(page, '.top-bar .search-box')).width).toBeGreaterThanOrEqual(220);
    expect(await page.locator('.left-panel').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-layout-1024x700.png` });

    await page.getByRole('button', { name: 'Filters & paths' }).click();
    await eventually(() => page.locator('.left-panel').count()).toBe(1);
    expect((await boxOf(page, '.side-panel')).inside).toBe(true);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    expect((await boxOf(page, '.dropdown-panel')).inside).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-layout-1024x700-panels.png` });
    await page.close();
  }, 180_000);
});

describe('paths an analyst can steer', () => {
  it('bounds the search by type and hops, says which bound to relax, and steps through paths in words', async () => {
    const page = await open('/?nodes=chen-zhi,china&sel=chen-zhi');
    const finder = page.getByLabel('Find paths');
    await finder.locator('.path-end').first().getByRole('button', { name: 'Use selection' }).click();
    // The other end through its search box: what this test is about is the path bounds, not clicking the canvas.
    await finder.getByLabel('Path to').fill('China');
    await finder
      .getByRole('option', { name: /^China(?!['’])/ })
      .first()
      .click();
    await eventually(() => finder.locator('.path-end').nth(1).textContent()).toContain('China');

    await finder.getByText(/^Link types:/).click();
    for (const group of ['Ownership', 'Control / directorship', 'Sanction', 'Family / associate', 'Other link'])
      await finder.getByLabel(`Paths over ${group} links`, { exact: true }).uncheck();
    await eventually(() => finder.locator('summary').textContent()).toBe(
      `Link types: 1 of ${Object.keys(RELATIONSHIP_TYPES).length}`,
    );
    await finder.getByLabel('Maximum hops').selectOption('1');
    await finder.getByRole('button', { name: 'Find shortest paths' }).click();
    const none = finder.locator('.path-none');
    await eventually(() => none.textContent()).toContain(
      'No path links Chen Zhi to China within 1 hop, over involved in links.',
    );
    expect(await none.textContent()).toMatch(
      /To find one, allow up to 10 hops \(2 hops\); or allow every link type \(1 hop\)\./,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-paths-none-1440.png` });

    await finder.getByLabel('Maximum hops').selectOption('3');
    await finder.getByRole('button', { name: 'Find shortest paths' }).click();
    const steps = finder.getByLabel('Path steps');
    await eventually(() => steps.textContent()).toMatch(/Path 1 of \d+/);
    const first = await steps.locator('.path-words').textContent();
    expect(first).toMatch(/^Chen Zhi — involved in \([^)]+\) → .+ ← involved in \([^)]+\) — China$/);
    const count = Number((await steps.getByRole('status').textContent())!.match(/of (\d+)/)![1]);
    if (count > 1) {
      await steps.getByRole('button', { name: 'Next path' }).click();
      await eventually(() => steps.getByRole('status').textContent()).toBe(`Path 2 of ${count}`);
      expect(await steps.locator('.path-words').textContent()).not.toBe(first);
    }
    const current = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
        _cyreg?: { cy: import('cytoscape').Core };
      };
      return el._cyreg!.cy.$('.path-current').map((e) => e.id());
    });
    expect(current).toEqual(expect.arrayContaining(['chen-zhi', 'china']));
    await waitForStillCanvas(page);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-paths-steps-1440.png` });
    await page.close();
  }, 180_000);
});

describe('exports that match the canvas', () => {
  it('exports the links shown after filters in every format, or all links among the nodes when asked', async () => {
    const page = await open('/?nodes=chen-zhi,prince-holding-group,us-treasury-ofac,uk-fcdo-ofsi,china,cambodia');
    await page.locator('.filter-row').filter({ hasText: 'Sanction' }).getByRole('button', { name: 'only' }).click();
    await eventually(async () => new Set((await drawnGraph(page)).edges.map((e) => e.group))).toEqual(
      new Set(['sanction']),
    );
    const shown = (await drawnGraph(page)).edges.map((e) => e.id).sort();
    const graphmlEdges = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);

    const json = JSON.parse(readFileSync(await exportAs(page, 'json'), 'utf8'));
    expect(json.edges.map((e: { id: string }) => e.id).sort()).toEqual(shown);
    expect(graphmlEdges(await exportAs(page, 'graphml')).sort()).toEqual(shown);
    const ftm = readFileSync(await exportAs(page, 'ftm'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(
      ftm
        .filter((l) => l.schema === 'Sanction')
        .map((l) => l.id)
        .sort(),
    ).toEqual(shown);
    await eventually(() => page.locator('.status-bar').textContent()).toContain(`the ${shown.length} links shown`);
    const svg = readFileSync(await exportAs(page, 'svg'), 'utf8');
    expect(svg).not.toContain('national of');

    const everything = graphmlEdges(await exportAs(page, 'graphml', { links: 'all' }));
    expect(everything.length).toBeGreaterThan(shown.length);
    expect(everything).toEqual(expect.arrayContaining(shown));
    const allJson = JSON.parse(readFileSync(await exportAs(page, 'json', { links: 'all' }), 'utf8'));
    expect(allJson.edges.length).toBe(everything.length);
    await page.close();
  }, 180_000);
});
