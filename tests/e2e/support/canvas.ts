// Reads what the Cytoscape canvas shows and clicks its nodes where they are drawn.
import type { Page } from 'playwright-core';

interface DrawnGraph {
  nodes: { id: string; classes: string[] }[];
  edges: { id: string; group: string; classes: string[] }[];
}

/** What is visible on the canvas, read from the Cytoscape instance the container carries. */
export function drawnGraph(page: Page): Promise<DrawnGraph> {
  return page.evaluate(() => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const cy = container._cyreg!.cy;
    return {
      nodes: cy.nodes(':visible').map((n) => ({ id: n.id(), classes: n.classes() as unknown as string[] })),
      edges: cy
        .edges(':visible')
        .map((e) => ({ id: e.id(), group: e.data('group'), classes: e.classes() as unknown as string[] })),
    };
  });
}

export async function nodeIds(page: Page): Promise<string[]> {
  return (await drawnGraph(page)).nodes.map((n) => n.id).sort();
}

/** Where a node (its centre) or a link (its midpoint) is drawn, in page coordinates. */
export async function elementOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((elementId) => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const element = container._cyreg!.cy.$id(elementId);
    if (element.empty()) return null;
    const box = container.getBoundingClientRect();
    const p = element.isEdge()
      ? element.renderedMidpoint()
      : (element as import('cytoscape').NodeSingular).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  if (!at) throw new Error(`${id} is not on the canvas`);
  return at;
}

/** A visible link that a click reaches near its midpoint (layouts are random: nodes, labels and links overlap). */
export async function clickableLink(page: Page): Promise<string> {
  for (const { id } of (await drawnGraph(page)).edges) if ((await pointToClick(page, id))?.clear) return id;
  throw new Error('No link on the canvas can be clicked near its midpoint');
}

/**
 * Where a click reaches the element by the renderer's own hit test (what a tap uses), in page coordinates: its
 * centre or midpoint when nothing lies over it, else the first of a few points across its body (a node's box, or
 * 4 px either side of a link's midpoint) that no neighbour or label covers; the centre, not clear, when none is.
 */
function pointToClick(page: Page, id: string): Promise<{ x: number; y: number; clear: boolean } | null> {
  return page.evaluate((elementId) => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const cy = container._cyreg!.cy;
    const element = cy.$id(elementId);
    if (element.empty()) return null;
    const renderer = (
      cy as unknown as { renderer(): { findNearestElement(x: number, y: number, i: boolean, t: boolean): unknown } }
    ).renderer();
    const centre = element.isEdge() ? element.midpoint() : (element as import('cytoscape').NodeSingular).position();
    const reach = element.isEdge() ? 4 / cy.zoom() : (element as import('cytoscape').NodeSingular).width() / 3;
    const offsets = [0, reach, -reach].flatMap((dx) => [0, reach, -reach].map((dy) => [dx, dy]));
    const clear = offsets.find(
      ([dx, dy]) => renderer.findNearestElement(centre.x + dx, centre.y + dy, true, false) === element[0],
    );
    const [dx, dy] = clear ?? offsets[0];
    const box = container.getBoundingClientRect();
    return {
      x: box.left + (centre.x + dx) * cy.zoom() + cy.pan().x,
      y: box.top + (centre.y + dy) * cy.zoom() + cy.pan().y,
      clear: clear !== undefined,
    };
  }, id);
}

/** Waits until layouts and animations have stopped moving nodes and the viewport. */
export async function waitForStillCanvas(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
        _cyreg?: { cy: import('cytoscape').Core };
      };
      const cy = container?._cyreg?.cy;
      if (!cy) return false;
      // A starved browser can leave an animated layout where it was for two readings; the animation flags cannot.
      if (
        cy.animated() ||
        cy
          .nodes()
          .toArray()
          .some((n) => (n as import('cytoscape').NodeSingular).animated())
      )
        return false;
      // The viewport too: a panel opening resizes the canvas and refits it, which moves every node on the page
      // while their graph positions stay put (a click read before the refit then lands beside its node).
      const viewport = `${cy.width()}x${cy.height()} ${cy.zoom().toFixed(3)} ${Math.round(cy.pan().x)},${Math.round(cy.pan().y)}`;
      const key = `${viewport};${cy
        .nodes()
        .map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)
        .join(';')}`;
      const w = window as unknown as { __lastLayoutKey?: string };
      const still = w.__lastLayoutKey === key;
      w.__lastLayoutKey = key;
      return still;
    },
    undefined,
    { polling: 400, timeout },
  );
}

/** Records in `window.__lastTap` what the canvas's next tap lands on: a node's id, or '(background)'. */
function watchNextTap(page: Page): Promise<void> {
  return page.evaluate(() => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const cy = container._cyreg!.cy;
    const w = window as unknown as { __lastTap?: string };
    w.__lastTap = undefined;
    cy.one('tap', (e) => {
      w.__lastTap =
        e.target === cy ? '(background)' : (e.target as import('cytoscape').SingularElementReturnValue).id();
    });
  });
}

/**
 * Clicks a node or a link where it is drawn and nothing covers it, with modifier keys held. A busy machine can
 * move it (a late layout, a refit) between reading its place and the click, so the click is checked against the
 * element the canvas says it hit; one that landed on the background is aimed again (clicking empty canvas with a
 * modifier held changes nothing), one that hit another element fails the test.
 */
export async function clickElement(page: Page, id: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await waitForStillCanvas(page);
    const at = await pointToClick(page, id);
    if (!at) throw new Error(`${id} is not on the canvas`);
    await watchNextTap(page);
    for (const key of modifiers) await page.keyboard.down(key);
    await page.mouse.click(at.x, at.y);
    for (const key of modifiers) await page.keyboard.up(key);
    const hit = await page
      .waitForFunction(() => (window as unknown as { __lastTap?: string }).__lastTap, undefined, { timeout: 5_000 })
      .then((h) => h.jsonValue() as Promise<string>)
      .catch(() => undefined);
    if (hit === id) return;
    if (hit !== '(background)' || attempt === 3)
      throw new Error(
        `A click at ${Math.round(at.x)},${Math.round(at.y)} meant for ${id} landed on ${hit ?? 'nothing'}`,
      );
  }
}
