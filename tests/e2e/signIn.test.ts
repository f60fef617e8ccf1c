import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useExplorerSession } from './support/explorerSession.ts';
import { clickElement, clickableLink, waitForStillCanvas } from './support/canvas.ts';

const ANALYST_TOKEN = 'e2e-analyst-token-0123456789';
const session = useExplorerSession({
  app: { auth: { mode: 'token', tokens: new Map([[ANALYST_TOKEN, { name: 'alice', role: 'analyst' as const }]]) } },
});

describe('the explorer on a shared server (AUTH_MODE=token)', () => {
  it('asks for a token, refuses a wrong one, and lets an analyst read but not edit', async () => {
    const page = await session.visit();
    const token = page.getByLabel('Access token');
    await token.fill('not-a-real-token-0123456789');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('not valid');

    await token.fill(ANALYST_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^[1-9]\d* nodes? ·/).waitFor({ timeout: 30_000 });
    expect(await page.getByText('alice · analyst').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Add', exact: true }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-signed-in-analyst.png` });

    // A relationship's panel: its history, but no Edit or Delete for an analyst (nor Merge on an entity's).
    await waitForStillCanvas(page);
    await clickElement(page, await clickableLink(page));
    const panel = page.getByLabel('Relationship details');
    await expect.poll(() => panel.getByLabel('History').count(), { timeout: 20_000 }).toBe(1);
    for (const name of ['Edit', 'Delete…', 'Merge into…'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Session: alice, analyst' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByLabel('Access token').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByLabel('Access token').count(), { timeout: 20_000 }).toBe(1);
  });
});
