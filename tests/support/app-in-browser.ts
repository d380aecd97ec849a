import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningServer, startServer } from './server';

/** The real server and a Chromium, started before the describe block's tests and stopped after. */
export interface AppInBrowser {
  server: RunningServer;
  browser: Browser;
}

/**
 * Starts Doorway as `npm start` serves it (a fresh data folder) and Debian's Chromium for the
 * enclosing describe block; read `app.server` and `app.browser` inside tests.
 *
 * @example
 * describe('the catalog', () => {
 *   const app = appInBrowser();
 *   it('loads', async () => { const page = await app.browser.newPage(); await page.goto(app.server.url); });
 * });
 */
export function appInBrowser(options: Parameters<typeof startServer>[0] = {}): AppInBrowser {
  const app = {} as AppInBrowser;
  beforeAll(async () => {
    app.server = await startServer(options);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}
