import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { type RunningServer, startServer } from '../support/server';

describe('the home page, served with the API from one port', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is the catalog, shows the service status it fetched from /api/health, and has no axe violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.getByTestId('service-status').textContent()).toContain('Service: running');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Practise a conversation');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
