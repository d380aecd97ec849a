import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { choose, currentBeat, newPage, screenshot, startFromUi } from './helpers/player';
import { bestPath, headlineScenarios } from './helpers/scenarios';

describe('the best path of each headline scenario, played in the browser', () => {
  const app = appInBrowser();

  for (const [n, scenarioId] of headlineScenarios.entries()) {
    // Alternate light and dark so axe checks the player in both colour schemes.
    const colorScheme = n % 2 === 0 ? 'light' : 'dark';
    it(`${scenarioId}: reaches the end in assessment mode with a score of 100 and a pass (${colorScheme})`, async () => {
      const path = bestPath(scenarioId);
      const page = await newPage(app.browser, { colorScheme });
      await startFromUi(page, app.server.url, scenarioId, 'assessment');
      const checkAt = new Set([0, Math.floor(path.length / 2), path.length - 1]);
      for (const [i, step] of path.entries()) {
        expect(await currentBeat(page)).toBe(step.beatId);
        if (checkAt.has(i)) {
          expect(await axeViolations(page), `axe at decision ${i + 1}`).toEqual([]);
          if (i === Math.floor(path.length / 2))
            await screenshot(page, `player-${scenarioId}-${colorScheme}`);
        }
        await choose(page, step.choiceId);
      }
      expect(await page.locator('article.player').getAttribute('data-ended')).toBe('true');
      await page.getByRole('link', { name: 'See your debrief' }).click();
      await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
      expect(await page.locator('.score').textContent()).toBe('Overall score: 100 out of 100');
      expect(await page.locator('.result__word').textContent()).toContain('Passed');
      expect(await page.locator('.timeline__item').count()).toBe(path.length);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `debrief-${scenarioId}-${colorScheme}`);
      await page.context().close();
    });
  }
});
