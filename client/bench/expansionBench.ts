// bench:ui's expansion: a company with 1,000 holdings in the store, opened in the explorer, expanded by a double
// click with 500 neighbours per page (the most one page takes) and then "load more" for the other 500. Each step is
// timed in the page from the user's click to the first frame in which the new nodes stand still (laid out, drawn).
import type { Page } from 'playwright-core';
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import { entityToProperties, relationshipToProperties } from '../../server/src/db/mapping.ts';
import { elementOnPage } from '../../tests/e2e/support/canvas.ts';

export const HUB_ID = 'bench-holding-company';
/** The explorer's Cytoscape instance, undefined until the canvas exists (defined in the page by benchPageScript). */
declare function explorerCy(): import('cytoscape').Core | undefined;
const HOLDINGS = 1_000;
const SOURCE = { reference: 'Synthetic benchmark graph (not real data)', publisher: 'bench:ui', date: '2026-01-01' };

/** The hub and its holdings, written like the importers write (same mapping, every node with its source). */
export async function writeHub(db: GraphDb): Promise<void> {
  const company = (id: string, name: string) =>
    entityToProperties({ id, kind: 'Company', name, aliases: [], sources: [SOURCE] });
  const holdings = Array.from({ length: HOLDINGS }, (_, i) => company(`bench-holding-${i}`, `Holding ${i} Limited`));
  const links = holdings.map((h, i) => ({
    target: h.id,
    props: relationshipToProperties({ id: `${HUB_ID}--owns--${h.id}`, percentage: 1 + (i % 100), sources: [SOURCE] }),
  }));
  await db.writeTx(
    async (tx) => {
      await tx.run('CREATE (n:Entity:Company) SET n = $props', { props: company(HUB_ID, 'Bench Holding Company') });
      await tx.run('UNWIND $rows AS props CREATE (n:Entity:Company) SET n = props', { rows: holdings });
      await tx.run(
        `MATCH (hub:Entity {id: $hub}) UNWIND $links AS link MATCH (h:Entity {id: link.target})
         CREATE (hub)-[r:OWNS]->(h) SET r = link.props`,
        { hub: HUB_ID, links },
      );
    },
    { timeoutMs: 300_000 },
  );
}

/**
 * Arms a timer in the page: from the next `event` to the first frame in which `nodes` or more nodes stand where they
 * stood the frame before (the explorer's layout has run and the canvas drawn them).
 */
async function armTimer(page: Page, event: 'dblclick' | 'click', nodes: number): Promise<void> {
  await page.evaluate(
    ({ event, nodes }) => {
      const w = window as unknown as { clickedAt?: number; drawnAt?: number };
      w.clickedAt = undefined;
      w.drawnAt = undefined;
      window.addEventListener(event, () => (w.clickedAt = performance.now()), { capture: true, once: true });
      const cy = explorerCy()!;
      let last = '';
      const frame = (t: number) => {
        const all = cy.nodes();
        const key = all.length >= nodes ? all.map((n) => `${n.position('x')},${n.position('y')}`).join(';') : '';
        if (key && key === last && w.clickedAt !== undefined) w.drawnAt = t;
        else requestAnimationFrame(frame);
        last = key;
      };
      requestAnimationFrame(frame);
    },
    { event, nodes },
  );
}

async function elapsed(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { drawnAt?: number }).drawnAt !== undefined, null, {
    timeout: 300_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as { clickedAt: number; drawnAt: number };
    return w.drawnAt - w.clickedAt;
  });
}

/** The id of the "load more" marker the expansion left on the canvas. */
function moreMarker(page: Page): Promise<string> {
  return page.evaluate(() => {
    return explorerCy()!.nodes('.more').first().id();
  });
}

/** The explorer opened on the hub alone (the first page of a run: leaving a page later asks to confirm). */
export const HUB_PATH = `/?nodes=${HUB_ID}`;

/** Milliseconds from double click to drawn for the first 500, and from "load more" to drawn for the next 500. */
export async function timeExpansion(page: Page): Promise<{ first: number; more: number }> {
  await page.waitForFunction((id) => Boolean(explorerCy()?.$id(id).nonempty()), HUB_ID, { timeout: 120_000 });
  await page.getByLabel('Neighbours per expansion').selectOption('500');
  await page.waitForTimeout(1_000);
  const hub = await elementOnPage(page, HUB_ID);
  await armTimer(page, 'dblclick', 501);
  await page.mouse.dblclick(hub.x, hub.y);
  const first = await elapsed(page);
  const marker = await elementOnPage(page, await moreMarker(page));
  await armTimer(page, 'click', HOLDINGS + 1);
  await page.mouse.click(marker.x, marker.y);
  return { first, more: await elapsed(page) };
}
