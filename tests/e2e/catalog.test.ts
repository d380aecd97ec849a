import { beforeAll, describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { newPage, screenshot } from './helpers/player';
import { compiled, headlineScenarios } from './helpers/scenarios';

describe('the catalog and the scenario page', () => {
  const app = appInBrowser();
  let scenarioCount = 0;
  beforeAll(async () => {
    const list = (await (await fetch(`${app.server.url}/api/scenarios`)).json()) as { scenarios: unknown[] };
    scenarioCount = list.scenarios.length;
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`lists every scenario with its content notes and filters by competency and theme (${colorScheme})`, async () => {
      const page = await newPage(app.browser, { colorScheme });
      await page.goto(app.server.url);
      await page.locator('.card').first().waitFor();
      expect(await page.locator('.card').count()).toBe(scenarioCount);
      for (const id of headlineScenarios) {
        const s = compiled(id).scenario;
        const card = page.locator('.card', { has: page.getByRole('heading', { name: s.title }) });
        expect(await card.locator('.content-notes').textContent()).toContain(s.contentNotes[0]);
        expect(await card.textContent()).toContain(`About ${s.estimatedMinutes} minutes`);
      }
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `catalog-${colorScheme}`);

      const competency = page.getByLabel('Competency');
      const firstOption = await competency.locator('option').nth(1).getAttribute('value');
      if (!firstOption) throw new Error('no competency to filter by');
      await competency.selectOption(firstOption);
      const shown = await page.locator('.card').count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThanOrEqual(scenarioCount);
      expect(await page.locator('.filters + p').textContent()).toMatch(/scenario/);

      const theme = page.getByLabel('Theme');
      await competency.selectOption('');
      const themeValue = await theme.locator('option').nth(1).getAttribute('value');
      if (!themeValue) throw new Error('no theme to filter by');
      await theme.selectOption(themeValue);
      const themed = await page.locator('.card').count();
      expect(themed).toBeGreaterThan(0);
      expect(themed).toBeLessThan(scenarioCount + 1);
      await page.context().close();
    });

    it(`the scenario page shows objectives, role, content notes and the three modes in plain words (${colorScheme})`, async () => {
      const s = compiled('through-an-interpreter').scenario;
      const page = await newPage(app.browser, { colorScheme });
      await page.goto(`${app.server.url}/scenarios/${s.id}`);
      await page.getByRole('heading', { level: 1, name: s.title }).waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      for (const o of s.objectives) expect(text).toContain(o);
      expect(text).toContain(s.trainee);
      expect(text).toContain(s.contentNotes[0]);
      for (const mode of ['coach', 'practice', 'assessment'])
        expect(await page.getByRole('button', { name: `Start in ${mode} mode` }).count()).toBe(1);
      expect(text).toContain('You can take a choice back and try another response.');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `scenario-${colorScheme}`);
      await page.context().close();
    });
  }

  it('shows the Sources page with guidance and references, without axe violations', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}/sources`);
    await page.getByRole('heading', { name: 'References' }).waitFor();
    expect(await page.locator('#source-interp-3').textContent()).toContain('interp-3');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an unknown address and an unknown run say so, with a way back', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.goto(`${app.server.url}/runs/AAAAAAAAAAAAAAAA`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This run is not available here');
    expect(await alert.getByRole('link', { name: 'Back to the scenarios' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
