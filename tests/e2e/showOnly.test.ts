// "Show only" property filters in real Chromium: the canvas narrowed by kind and nationality as the server judges
// them, a found path drawn through them, the export of what is shown, and the filters kept by the URL and by a
// saved investigation reopened in a fresh browser.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { nodeIds, waitForStillCanvas } from './support/canvas.ts';
import { eventually, SCREENSHOTS, useExplorerSession } from './support/explorerSession.ts';
import { exportAs } from './support/menus.ts';
import { findPathFromSelection } from './support/paths.ts';

const NAME = 'E2E-showonly Cambodian nationals';
const session = useExplorerSession({
  cleanup: (db) =>
    db.writeTx(async (tx) => {
      await tx.run('MATCH (i:Investigation) WHERE i.name = $name DELETE i', { name: NAME });
      await tx.run("MATCH (a:AuditEntry) WHERE a.targetKind = 'investigation' AND a.after CONTAINS $name DELETE a", {
        name: NAME,
      });
    }),
});

const PEOPLE = ['chen-zhi', 'lei-bo', 'qiu-weiren', 'zhu-zhongbiao'];
const CAMBODIANS = ['chen-zhi', 'qiu-weiren', 'zhu-zhongbiao'];
const OTHERS = ['cambodia', 'china', 'prince-holding-group', 'us-treasury-ofac'];
const VIEW = `/?nodes=${[...PEOPLE, ...OTHERS].join(',')}&sel=chen-zhi`;

const filters = (page: Page) => page.getByRole('group', { name: 'Show only' });
const count = (page: Page) => page.getByTestId('show-only-count').textContent();

async function screenshots(page: Page) {
  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    // Below 1280 px the left panel starts closed; open it to see the filters.
    if (!(await filters(page).isVisible())) await page.getByRole('button', { name: 'Filters & paths' }).click();
    await filters(page).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-show-only-${width}x${height}.png` });
  }
}

describe('show-only filters on the canvas', () => {
  it('shows only the Cambodian nationals, keeps a found path drawn, and the URL and a saved investigation keep the filter', async () => {
    const page = await session.open(VIEW);
    expect(await nodeIds(page)).toEqual([...PEOPLE, ...OTHERS].sort());

    await filters(page).getByLabel('Kind').selectOption('Person');
    await eventually(() => nodeIds(page)).toEqual(PEOPLE);
    await filters(page).getByLabel('Nationality').fill('Cambodia');
    await filters(page).getByLabel('Nationality').press('Enter');
    await eventually(() => filters(page).getByRole('alert').textContent()).toMatch(/Nationality: must be an ISO/);
    expect(await nodeIds(page)).toEqual(PEOPLE);

    await filters(page).getByLabel('Nationality').fill('KH');
    await filters(page).getByLabel('Nationality').press('Enter');
    await eventually(() => nodeIds(page)).toEqual(CAMBODIANS);
    await eventually(() => count(page)).toBe('3 of 8 nodes shown');
    await eventually(() => page.url()).toContain('kinds=Person&nationality=KH');
    await eventually(() => page.locator('.status-bar').textContent()).toContain('3 nodes · ');

    const exported = JSON.parse(readFileSync(await exportAs(page, 'json'), 'utf8'));
    expect(exported.nodes.map((n: { id: string }) => n.id).sort()).toEqual(CAMBODIANS);

    await findPathFromSelection(page, 'China');
    await eventually(() => nodeIds(page)).toContain('china');
    await page.locator('.canvas-area').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await eventually(() => nodeIds(page)).toEqual(CAMBODIANS);
    await waitForStillCanvas(page);
    await screenshots(page);
    await page.setViewportSize({ width: 1600, height: 950 });

    const shared = await session.open(`/${new URL(page.url()).search}`);
    await eventually(() => nodeIds(shared)).toEqual(CAMBODIANS);
    await shared.close();

    await page.getByRole('button', { name: 'Investigations ▾' }).click();
    await page.getByRole('menuitem', { name: /Save as/ }).click();
    await page.getByLabel('Investigation name').fill(NAME);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => new URL(page.url()).searchParams.get('inv')).toMatch(/^inv-/);
    const reopen = new URL(`/?inv=${new URL(page.url()).searchParams.get('inv')}`, page.url()).href;

    await filters(page).getByRole('button', { name: 'Clear' }).click();
    await eventually(() => nodeIds(page)).toEqual([...PEOPLE, ...OTHERS].sort());
    expect(page.url()).not.toContain('nationality=');
    await page.close();

    const fresh = await launchBrowser();
    try {
      const other = await fresh.context.newPage();
      await other.goto(reopen);
      await eventually(() => other.getByTestId('investigation-name').textContent()).toBe(NAME);
      await eventually(() => nodeIds(other)).toEqual(CAMBODIANS);
      await eventually(() => count(other)).toBe('3 of 8 nodes shown');
      expect(await filters(other).getByLabel('Nationality').inputValue()).toBe('KH');
    } finally {
      await fresh.close();
    }
  });
});
