// The Screen page in real headless Chromium against the real server: one name, and a pasted or uploaded batch
// followed to the end, filtered, and a match opened in the explorer.
import { nodeIds } from './support/canvas.ts';
import { eventually, SCREENSHOTS, useExplorerSession } from './support/explorerSession.ts';

const session = useExplorerSession();
/** A batch job runs in the background; on a busy machine a row can take seconds, so wait for it generously. */
const untilJobEnds = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 180_000, interval: 500 });

async function screenPage() {
  const page = await session.visit('/');
  await page.getByRole('button', { name: 'Screen', exact: true }).click({ timeout: 60_000 });
  await page.getByRole('heading', { name: 'Screen names against the sanctions lists' }).waitFor();
  return page;
}

describe('the Screen page', () => {
  it('screens one name written in another order and opens the match in the explorer', async () => {
    const page = await screenPage();
    await page.getByLabel('Name', { exact: true }).fill('Mr Zhi CHEN');
    await page.getByRole('button', { name: 'Screen name' }).click();
    const results = page.locator('.one-name-results');
    await eventually(() => results.textContent()).toMatch(/match(es)? at or above 70% for “Mr Zhi CHEN”/);
    const card = results.locator('.match-card', { hasText: 'Chen Zhi' }).first();
    expect(await card.textContent()).toMatch(/Office of Foreign Assets Control.*TCO/);
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-screen-one-${width}.png` });
    }
    await card.getByRole('button', { name: 'Open in explorer' }).click();
    await page.getByRole('heading', { name: 'Screen names against the sanctions lists' }).waitFor({ state: 'hidden' });
    // The match joins whatever the canvas holds (the opening story may be there already) and is selected.
    await eventually(() => nodeIds(page)).toContain('chen-zhi');
    await eventually(() => page.getByLabel('Entity details').locator('h2').textContent()).toBe('Chen Zhi');
    await page.close();
  });

  it('says when nothing matches', async () => {
    const page = await screenPage();
    await page.getByLabel('Name', { exact: true }).fill('Emily Thornton');
    await page.getByRole('button', { name: 'Screen name' }).click();
    await eventually(() => page.locator('.one-name-results').textContent()).toMatch(
      /No listed entity matches “Emily Thornton” at or above 70%/,
    );
    await page.close();
  });

  it('screens an uploaded CSV as a job, reports the malformed row by line, and filters the results', async () => {
    const page = await screenPage();
    await page.getByRole('tab', { name: 'Batch (paste or upload)' }).click();
    const csv = [
      'reference,name,nationality',
      'C-1,"CHEN, Zhi",KH',
      '',
      'C-2,Emily Thornton,GB',
      'C-3,Prince Holding Group,KH,extra',
      'C-4,Prince Holding Group,',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('customers.csv as CSV').waitFor();
    await page.getByRole('button', { name: 'Screen batch' }).click();
    const progress = page.locator('.batch-progress');
    await untilJobEnds(() => progress.textContent()).toMatch(
      /Done: 3 of 3 rows screened · 2 with matches · 1 not read/,
    );
    expect(await page.locator('.batch-problems').textContent()).toMatch(/Line 5:/);
    const table = page.locator('.batch-table tbody');
    await eventually(() => table.locator('tr').count()).toBe(2);
    expect(await table.textContent()).toMatch(/C-1.*CHEN, Zhi.*Chen Zhi/);
    expect(await table.textContent()).toMatch(/US: listed/);
    expect(await table.textContent()).not.toMatch(/Emily Thornton/);

    await page.getByLabel('Matches only').uncheck();
    await eventually(() => table.locator('tr').count()).toBe(3);
    expect(await table.textContent()).toMatch(/Emily Thornton.*no match/);
    await page.getByLabel('Matches only').check();
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-screen-batch-${width}.png`, fullPage: true });
    }
    await page.getByLabel('Lowest score shown').fill('1');
    await eventually(() => page.locator('.batch-filters').textContent()).toMatch(/Score from 100%/);
    const scores = await table.locator('.match-score').allTextContents();
    expect(scores.every((s) => s === '100%')).toBe(true);
    await page.close();
  });

  it('screens pasted names, one a line, and opens a match of the batch in the explorer', async () => {
    const page = await screenPage();
    await page.getByRole('tab', { name: 'Batch (paste or upload)' }).click();
    await page.getByLabel(/Paste names/).fill('Vincent Chen\nOliver Bergstrom\n\nPrince Holding Group');
    await page.getByRole('button', { name: 'Screen batch' }).click();
    await untilJobEnds(() => page.locator('.batch-progress').textContent()).toMatch(/Done: 3 of 3 rows screened/);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('screening-results.csv');
    const card = page.locator('.batch-table .match-card', { hasText: 'Prince Holding Group' }).first();
    await card.getByRole('button', { name: 'Open in explorer' }).click();
    await page.getByRole('heading', { name: 'Screen names against the sanctions lists' }).waitFor({ state: 'hidden' });
    await eventually(() => nodeIds(page)).toContain('prince-holding-group');
    await eventually(() => page.getByLabel('Entity details').locator('h2').textContent()).toBe('Prince Holding Group');
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-screen-opened-${width}.png` });
    }
    await page.close();
  });
});
