import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { type RunningServer, startServer } from '../support/server';

// The API reference page renders in a real browser under the strict CSP (no inline script, no CDN),
// and the built web app's home page loads without a CSP violation either.

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function visit(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url());
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  return { page, context, violations, external };
}

describe('pages under the CSP in Chromium', () => {
  // Swagger UI parses a 1.5 MB bundle and the whole document before it draws anything: on a loaded
  // two-core machine that took 35 s, so the wait is generous (this is not a speed check).
  it('/api/docs shows the operations from /api/openapi.json', { timeout: 120_000 }, async () => {
    const { page, context, violations, external } = await visit('/api/docs');
    await page.locator('.opblock').first().waitFor({ timeout: 90_000 });
    expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(11);
    expect(await page.textContent('body')).toContain('/api/runs/{id}/choices');
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('the web app (when built) loads with no CSP violation', async () => {
    const { page, context, violations, external } = await visit('/');
    const html = await page.content();
    // The app renders into #root (when the web build is there); give a busy machine time to do it.
    if (html.includes('id="root"')) await page.locator('#root *').first().waitFor({ timeout: 20_000 });
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
