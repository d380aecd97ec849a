import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';

describe('the home page, served with the API from one port', () => {
  const app = appInBrowser();

  it('is the catalog, shows the service status it fetched from /api/health, and has no axe violations', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(app.server.url);
    await expect.poll(() => page.getByTestId('service-status').textContent()).toContain('Service: running');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Practise a conversation');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
