import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { choose, newPage, startFromUi, waitForChoices } from './helpers/player';
import { choiceInfo, pathBy } from './helpers/scenarios';

describe('a harmful path', () => {
  const app = appInBrowser();

  it('fails an assessment and the debrief names the critical error', async () => {
    const scenarioId = 'through-an-interpreter';
    // Take the first critical choice on offer, otherwise the best one, until the end.
    let criticalTaken = false;
    const path = pathBy(scenarioId, (offered) => {
      const critical = criticalTaken ? undefined : offered.find((c) => c.critical);
      if (critical) criticalTaken = true;
      return critical ?? offered.find((c) => c.verdict === 'best') ?? offered[0];
    });
    const critical = path.find((s) => choiceInfo(scenarioId, s.beatId, s.choiceId).critical);
    if (!critical) throw new Error(`${scenarioId} offers no critical choice on this path`);
    const criticalText = choiceInfo(scenarioId, critical.beatId, critical.choiceId).text;

    const page = await newPage(app.browser);
    await startFromUi(page, app.server.url, scenarioId, 'assessment');
    for (const step of path) await choose(page, step.choiceId);
    await page.getByRole('link', { name: 'See your debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();

    expect(await page.locator('.result__word').textContent()).toContain('Not passed');
    expect(await page.locator('.result').textContent()).toMatch(/critical error was made/);
    const criticalSection = page.locator('.critical');
    expect(await criticalSection.getByRole('heading').textContent()).toBe('Critical error');
    expect(await criticalSection.textContent()).toContain(criticalText);
    const item = page.locator('.timeline__item', { hasText: criticalText });
    expect(await item.locator('.verdict').first().textContent()).toContain('Harmful · critical error');
    expect(await item.locator('.feedback__best blockquote').count()).toBe(1);
    // Assessment runs cannot be rewound; "Play again" starts a fresh run in the same mode.
    expect(await page.getByRole('button', { name: /Try a different path/ }).count()).toBe(0);
    const endedUrl = page.url();
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.waitForURL(/\/runs\/[A-Za-z0-9_-]+$/);
    await waitForChoices(page);
    expect(page.url()).not.toBe(endedUrl.replace(/\/debrief$/, ''));
    expect(await page.locator('article.player').getAttribute('data-decisions')).toBe('0');
    expect(await page.locator('.player__eyebrow').textContent()).toContain('Assessment mode');
    await page.context().close();
  });
});
