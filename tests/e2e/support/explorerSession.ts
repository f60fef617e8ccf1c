// One built client, real server and headless Chromium per test file, and a way to open the explorer in it.
import type { Page } from 'playwright-core';
import type { GraphDb } from '../../../server/src/db/graphDb.ts';
import { startTestServer, type TestServer } from '../../support/testApp.ts';
import { openTestDb } from '../../support/testDb.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { buildClient } from './builtClient.ts';
import { waitForStillCanvas } from './canvas.ts';

export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? '/tmp';
/** The browser and a busy 2-core machine can take a while; poll generously rather than fail on timing. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 150 });

export function useExplorerSession(): { open(path?: string): Promise<Page> } {
  let db: GraphDb;
  let server: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    const clientDir = buildClient();
    db = openTestDb();
    server = await startTestServer(db, { clientDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });
  return {
    /** Opens the explorer at path and waits until its canvas has drawn and settled. */
    async open(path = '/') {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByText(/^[1-9]\d* nodes? ·/).waitFor({ timeout: 30_000 });
      await waitForStillCanvas(page);
      return page;
    },
  };
}
