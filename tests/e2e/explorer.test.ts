// The explorer in real headless Chromium, against the real Express server and the seeded Neo4j.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { clickElement, drawnGraph, nodeIds, elementOnPage, waitForStillCanvas } from './support/canvas.ts';
import { eventually, SCREENSHOTS, useExplorerSession } from './support/explorerSession.ts';
import { exportAs } from './support/menus.ts';
import { findPathFromSelection } from './support/paths.ts';
import { readPng } from './support/png.ts';

const { open } = useExplorerSession();

const status = (page: Page) => page.locator('.status-bar');

/** How far (px) Cytoscape's drawing layers reach beyond the canvas area on the right. */
const canvasOverhang = (page: Page) =>
  page.evaluate(() => {
    const stage = document.querySelector('.canvas-stage')!.getBoundingClientRect();
    const layers = [...document.querySelectorAll('[data-testid="graph-canvas"] canvas')];
    return Math.max(...layers.map((layer) => layer.getBoundingClientRect().right - stage.right));
  });

describe('the explorer', () => {
  it('opens on the Chen Zhi / Prince Group story', async () => {
    const page = await open();
    const ids = await nodeIds(page);
    expect(ids).toEqual(expect.arrayContaining(['chen-zhi', 'prince-holding-group', 'us-treasury-ofac', 'china']));
    expect((await drawnGraph(page)).edges.length).toBeGreaterThan(20);
    await eventually(() => page.url()).toContain('nodes=');
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-first-screen.png` });
    await page.close();
  });

  it('finds Chen Zhi, expands his sanctions, filters to sanction links, finds a path to China, undoes, and exports', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Clear' }).click();
    await eventually(() => nodeIds(page)).toEqual([]);

    await page.keyboard.press('/');
    await page.keyboard.type('Chen Zhi');
    const suggestion = page.getByRole('option').filter({ hasText: 'Chen Zhi' }).first();
    await eventually(() => suggestion.textContent()).toMatch(/Chen Zhi.*Person.*Sanctioned/);
    await page.keyboard.press('Enter');
    await eventually(() => nodeIds(page)).toEqual(['chen-zhi']);
    const panel = page.getByLabel('Entity details');
    await eventually(() => panel.locator('h2').textContent()).toBe('Chen Zhi');
    expect(await panel.textContent()).toContain('Vincent');

    await panel.getByRole('button', { name: /^SANCTIONED_BY \(\d+\)$/ }).click();
    await eventually(async () => (await nodeIds(page)).length).toBeGreaterThan(1);
    expect(await nodeIds(page)).toEqual(expect.arrayContaining(['us-treasury-ofac', 'uk-fcdo-ofsi']));
    await page.getByRole('button', { name: 'Reveal links' }).click();
    await eventually(() => status(page).textContent()).toMatch(/new links revealed/);

    await page.locator('.filter-row').filter({ hasText: 'Sanction' }).getByRole('button', { name: 'only' }).click();
    await eventually(async () => new Set((await drawnGraph(page)).edges.map((e) => e.group))).toEqual(
      new Set(['sanction']),
    );
    await eventually(() => page.url()).toContain('hide=control,event,family,other,ownership');

    const before = await nodeIds(page);
    expect(before).not.toContain('china');
    await findPathFromSelection(page, 'China');
    await eventually(() => nodeIds(page)).toContain('china');
    await eventually(() => status(page).textContent()).toMatch(/shortest paths?, \d+ hops?/);
    const onPath = (await drawnGraph(page)).edges.filter((e) => e.classes.includes('path'));
    expect(onPath.length).toBeGreaterThan(0);
    await waitForStillCanvas(page);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-path-to-china.png` });

    await page.locator('.canvas-area').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await eventually(() => nodeIds(page)).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    await eventually(() => nodeIds(page)).toContain('china');
    await waitForStillCanvas(page);

    const png1 = await exportAs(page, 'png', { scale: 1 });
    const small = readPng(png1);
    expect(await status(page).textContent()).toContain(`Exported PNG, ${small.width} × ${small.height} px.`);
    expect(small.width).toBeGreaterThan(400);
    expect(small.distinctColours).toBeGreaterThan(100);
    expect(small.transparentShare).toBe(0);
    const png2 = readPng(await exportAs(page, 'png', { scale: 2, background: 'transparent' }));
    expect(Math.abs(png2.width - 2 * small.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(png2.height - 2 * small.height)).toBeLessThanOrEqual(4);
    expect(png2.transparentShare).toBeGreaterThan(0.3);
    expect(png2.bottomOpaqueShare).toBe(1); // the legend and sources keep a white ground

    const svg = readFileSync(await exportAs(page, 'svg'), 'utf8');
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    for (const name of ['Chen Zhi', 'China', 'Legend', 'Sources:'])
      expect(doc.documentElement.textContent).toContain(name);

    const data = JSON.parse(readFileSync(await exportAs(page, 'json'), 'utf8'));
    const chen = data.nodes.find((n: { id: string }) => n.id === 'chen-zhi');
    expect(chen.sources.length).toBeGreaterThan(0);
    expect(data.edges.every((e: { sources: unknown[] }) => e.sources.length > 0)).toBe(true);
    await page.close();
  });

  it('tells the "prince holdng" suggestions apart: whole names, kind, sanctioned mark and a detail', async () => {
    const page = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('prince holdng');
    const options = page.getByRole('option');
    await eventually(() => options.count()).toBeGreaterThan(3);
    const group = options.filter({ hasText: /^Prince Holding Group/ }).first();
    await eventually(() => group.textContent()).toMatch(/Prince Holding Group.*list id 54750.*Company.*Sanctioned/);
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ]) {
      await page.setViewportSize({ width, height });
      // The canvas follows its container: nothing is drawn over the side panel.
      await eventually(() => canvasOverhang(page)).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-suggestions-${width}.png` });
    }
    await page.close();
  });

  it('exports the same picture whether or not a node is selected: reports show no selection', async () => {
    const page = await open('/?nodes=chen-zhi,prince-holding-group,china&sel=chen-zhi');
    await eventually(() => page.getByLabel('Entity details').locator('h2').textContent()).toBe('Chen Zhi');
    const selected = readPng(await exportAs(page, 'png', { scale: 1 }));
    await page.locator('.canvas-area').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Escape');
    await eventually(() => page.getByText('Nothing selected').count()).toBe(1);
    await waitForStillCanvas(page);
    const unselected = readPng(await exportAs(page, 'png', { scale: 1 }));
    expect(unselected.pixelDigest).toBe(selected.pixelDigest);
    await page.close();
  });

  it('pages through a hub: the first page, then "+N more" loads the next', async () => {
    const page = await open('/?nodes=us-treasury-ofac');
    const ofac = await elementOnPage(page, 'us-treasury-ofac');
    await page.mouse.dblclick(ofac.x, ofac.y);
    const moreNode = () => drawnGraph(page).then((g) => g.nodes.find((n) => n.classes.includes('more')));
    await eventually(moreNode).toBeDefined();
    const firstPage = (await nodeIds(page)).length;
    expect(firstPage).toBe(1 + 25 + 1);
    await clickElement(page, (await moreNode())!.id);
    await eventually(async () => (await nodeIds(page)).length).toBe(firstPage + 25);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-hub-paging.png` });
    await page.close();
  });

  it('offers expansion by type with counts in the context menu, and removes with Delete', async () => {
    const page = await open('/?nodes=chen-zhi,prince-holding-group');
    const chen = await elementOnPage(page, 'chen-zhi');
    await page.mouse.click(chen.x, chen.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Node actions' });
    await eventually(() => menu.textContent()).toMatch(/SANCTIONED_BY \(\d+\)/);
    await menu.getByRole('menuitem', { name: /^NATIONAL_OF \(\d+\)$/ }).click();
    await eventually(() => nodeIds(page)).toContain('cyprus');
    await clickElement(page, 'prince-holding-group');
    await page.keyboard.press('Delete');
    await eventually(() => nodeIds(page)).not.toContain('prince-holding-group');
    await page.keyboard.press('Escape');
    await eventually(() => page.locator('.side-panel h2').textContent()).toBe('Nothing selected');
    await page.close();
  });

  it('reopens a copied link with the same nodes, filters and selection', async () => {
    const page = await open('/?nodes=chen-zhi,china,us-treasury-ofac&hide=other&sel=chen-zhi&layout=grid');
    expect(await nodeIds(page)).toEqual(['chen-zhi', 'china', 'us-treasury-ofac']);
    expect(await page.getByLabel('Show Other link links').isChecked()).toBe(false);
    expect(await page.getByLabel('Layout').inputValue()).toBe('grid');
    await eventually(() => page.getByLabel('Entity details').locator('h2').textContent()).toBe('Chen Zhi');
    expect((await drawnGraph(page)).edges.every((e) => e.group !== 'other')).toBe(true);
    await page.close();
  });

  it('shows API errors as readable messages', async () => {
    const page = await open('/?nodes=chen-zhi,no-such-entity');
    await eventually(() => status(page).textContent()).toContain(
      'Not found (perhaps removed since the link was shared): no-such-entity.',
    );
    await page.getByLabel('Search entities').fill('x'.repeat(300));
    await eventually(() => page.locator('.suggestion-status.error').textContent()).toMatch(/q|200/);
    await page.close();
  });
});
