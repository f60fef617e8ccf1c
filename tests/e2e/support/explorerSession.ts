// One built client, real server and headless Chromium per test file, and a way to open the explorer in it.
import type { Page } from 'playwright-core';
import type { AppOptions } from '../../../server/src/app.ts';
import type { GraphDb } from '../../../server/src/db/graphDb.ts';
import { startTestServer, type TestServer } from '../../support/testApp.ts';
import { openTestDb } from '../../support/testDb.ts';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { buildClient } from './builtClient.ts';
import { waitForStillCanvas } from './canvas.ts';

export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? '/tmp';
/** The browser and a busy 2-core machine can take a while; poll generously rather than fail on timing. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 150 });

export interface ExplorerSessionOptions {
  /** App options such as a token-mode auth configuration. */
  app?: Partial<AppOptions>;
  /** Removes what the file's tests created, before the database connection closes. */
  cleanup?: (db: GraphDb) => Promise<void>;
}

export interface ExplorerSession {
  /** The test run's Neo4j, for checks and clean-up (set once the session has started). */
  readonly db: GraphDb;
  /** Opens a page at path without waiting for the graph (e.g. for the sign-in form). */
  visit(path?: string): Promise<Page>;
  /** Opens the explorer at path and waits until its canvas has drawn and settled. */
  open(path?: string): Promise<Page>;
}

export function useExplorerSession(options: ExplorerSessionOptions = {}): ExplorerSession {
  let server: TestServer;
  let browser: TestBrowser;
  const session = {
    db: undefined as unknown as GraphDb,
    async visit(path = '/') {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(`${server.baseUrl}${path}`);
      return page;
    },
    async open(path = '/') {
      const page = await session.visit(path);
      await page.getByText(/^[1-9]\d* nodes? ·/).waitFor({ timeout: 30_000 });
      await waitForStillCanvas(page);
      return page;
    },
  };
  beforeAll(async () => {
    const clientDir = buildClient();
    session.db = openTestDb();
    server = await startTestServer(session.db, { clientDir, ...options.app });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    if (session.db) await options.cleanup?.(session.db);
    await browser?.close();
    await server?.close();
    await session.db?.close();
  });
  return session;
}
