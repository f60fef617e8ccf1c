// The path finder in the left panel, as a user reaches it.
import type { Page } from 'playwright-core';

/** Finds the shortest paths from the selected node to the entity `to` names, chosen from the suggestions. */
export async function findPathFromSelection(page: Page, to: string): Promise<void> {
  await page.locator('.path-end').first().getByRole('button', { name: 'Use selection' }).click();
  await page.getByLabel('Path to').fill(to);
  await page
    .getByRole('option')
    .filter({ hasText: new RegExp(`^${to}`) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Find shortest paths' }).click();
}
