// The top bar's menus and the export panel, as a user reaches them.
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './explorerSession.ts';

/** Opens a top-bar menu ("Add", "Help") and chooses one of its items. */
export async function chooseFromMenu(page: Page, menu: string, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item }).click();
}

export async function download(page: Page, start: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const target = `${SCREENSHOTS}/sge-e2e-${Date.now()}-${file.suggestedFilename()}`;
  await file.saveAs(target);
  return target;
}

export interface ExportOptions {
  scale?: number;
  background?: string;
  links?: 'visible' | 'all';
}

/** Opens the Export panel, sets the options and exports; answers the saved file (the first, for CSV). */
export async function exportAs(page: Page, format: string, options: ExportOptions = {}): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Export' });
  await panel.getByLabel('Export format').selectOption(format);
  if (options.links) await panel.getByLabel('Links to export').selectOption(options.links);
  if (options.scale) await panel.getByLabel('Scale').selectOption(String(options.scale));
  if (options.background) await panel.getByLabel('Background').selectOption(options.background);
  return download(page, () => panel.getByRole('button', { name: /^Export / }).click());
}
