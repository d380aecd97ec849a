import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { choose, currentBeat, newPage, screenshot, startFromUi, waitForChoices } from './helpers/player';
import { bestPath } from './helpers/scenarios';

describe('errors in place, motion and focus', () => {
  const app = appInBrowser();

  it('a choice sent while the network is down says so in place, and "Try again" sends it once', async () => {
    const [first, second] = bestPath('first-contact');
    if (!first || !second) throw new Error('the best path is too short');
    const page = await newPage(app.browser);
    await startFromUi(page, app.server.url, 'first-contact', 'practice');
    await page.context().setOffline(true);
    await page.locator(`button[data-choice-id="${first.choiceId}"]`).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Connection problem');
    expect(await currentBeat(page)).toBe(first.beatId);
    expect(await page.locator('button[data-choice-id]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'offline-choice');

    await page.context().setOffline(false);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(
      () => document.querySelector('article.player')?.getAttribute('data-decisions') === '1',
    );
    await waitForChoices(page);
    expect(await currentBeat(page)).toBe(second.beatId);
    expect(await page.getByRole('log').locator('.line--trainee').count()).toBe(1);
    await page.context().close();
  });

  it('a double click sends one choice, with no error', async () => {
    const [first] = bestPath('first-contact');
    if (!first) throw new Error('empty best path');
    const page = await newPage(app.browser);
    await startFromUi(page, app.server.url, 'first-contact', 'practice');
    await page.locator(`button[data-choice-id="${first.choiceId}"]`).dblclick();
    await page.waitForFunction(
      () => document.querySelector('article.player')?.getAttribute('data-decisions') === '1',
    );
    await waitForChoices(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('log').locator('.line--trainee').count()).toBe(1);
    await page.context().close();
  });

  it('new lines fade in one after another, unless the system asks for reduced motion', async () => {
    const [first] = bestPath('first-contact');
    if (!first) throw new Error('empty best path');
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await newPage(app.browser, { reducedMotion });
      await startFromUi(page, app.server.url, 'first-contact', 'practice');
      await choose(page, first.choiceId);
      const animations = await page
        .locator('.line-wrap--new')
        .evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).animationName));
      expect(animations.length).toBeGreaterThan(1);
      expect(new Set(animations)).toEqual(new Set([reducedMotion === 'reduce' ? 'none' : 'line-in']));
      await page.context().close();
    }
  });

  it('starting a run puts focus on the conversation heading; the tab title names the scenario', async () => {
    const page = await newPage(app.browser);
    await startFromUi(page, app.server.url, 'going-back', 'coach');
    await page.waitForFunction(() => document.title.startsWith('Going back'));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.context().close();
  });
});
