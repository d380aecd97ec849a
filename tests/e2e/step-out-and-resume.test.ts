import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { choose, currentBeat, newPage, screenshot, startFromUi, waitForChoices } from './helpers/player';
import { bestPath } from './helpers/scenarios';

describe('step out, resume and reload', () => {
  const app = appInBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`Step out pauses the run with grounding ideas and the Hotline; Resume returns to the same place (${colorScheme})`, async () => {
      const path = bestPath('going-back');
      const page = await newPage(app.browser, { colorScheme });
      await startFromUi(page, app.server.url, 'going-back', 'practice');
      for (const step of path.slice(0, 2)) await choose(page, step.choiceId);
      const beat = await currentBeat(page);
      const lines = await page.getByRole('log').locator('.line').count();

      await page.getByRole('button', { name: 'Step out' }).click();
      const dialog = page.getByRole('dialog', { name: 'Take a moment' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('1-888-373-7888');
      expect(await dialog.textContent()).toContain('233733');
      expect(await dialog.textContent()).toContain('It is fine to stop');
      expect(await dialog.getByRole('link', { name: '1-888-373-7888' }).getAttribute('href')).toBe(
        'tel:+18883737888',
      );
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Resume');
      // Paused: a number key does not choose anything behind the dialog.
      await page.keyboard.press('1');
      expect(await page.locator('article.player').getAttribute('data-decisions')).toBe('2');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `step-out-${colorScheme}`);

      await dialog.getByRole('button', { name: 'Resume' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await currentBeat(page)).toBe(beat);
      expect(await page.getByRole('log').locator('.line').count()).toBe(lines);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Step out');
      await page.context().close();
    });
  }

  it('End here exits the run and opens its debrief', async () => {
    const path = bestPath('first-contact');
    const page = await newPage(app.browser);
    await startFromUi(page, app.server.url, 'first-contact', 'practice');
    for (const step of path.slice(0, 2)) await choose(page, step.choiceId);
    await page.getByRole('button', { name: 'Step out' }).click();
    await page.getByRole('button', { name: 'End here' }).click();
    await page.waitForURL(/\/debrief$/);
    await page.getByRole('heading', { name: 'You ended the conversation early' }).waitFor();
    expect(await page.locator('.timeline__item').count()).toBe(2);
    await page.context().close();
  });

  it('a reload, or coming back later from the catalog, continues the same run', async () => {
    const path = bestPath('through-an-interpreter');
    const page = await newPage(app.browser);
    const runId = await startFromUi(page, app.server.url, 'through-an-interpreter', 'practice');
    for (const step of path.slice(0, 3)) await choose(page, step.choiceId);
    const transcript = await lineTexts(page);
    const beat = await currentBeat(page);

    await page.reload();
    await waitForChoices(page);
    expect(await currentBeat(page)).toBe(beat);
    expect(await lineTexts(page)).toEqual(transcript);
    expect(await page.locator('article.player').getAttribute('data-decisions')).toBe('3');

    // "The next day": a new tab in the same browser profile, starting from the catalog.
    const later = await page.context().newPage();
    await later.goto(app.server.url);
    const resume = later.getByRole('link', { name: /Continue “Through an interpreter”/ });
    await resume.waitFor();
    expect(await later.locator('.continue').textContent()).toContain('3 decisions so far');
    await resume.click();
    await later.waitForURL(new RegExp(`/runs/${runId}$`));
    await waitForChoices(later);
    expect(await currentBeat(later)).toBe(beat);
    const next = path[3];
    if (next) await choose(later, next.choiceId);
    expect(await later.locator('article.player').getAttribute('data-decisions')).toBe('4');
    await page.context().close();
  });

  it('a stale tab gets a clear message and the current place in the conversation (409)', async () => {
    const path = bestPath('first-contact');
    const [first, second] = path;
    if (!first || !second) throw new Error('the best path is too short');
    const page = await newPage(app.browser);
    const runId = await startFromUi(page, app.server.url, 'first-contact', 'practice');
    const stale = await page.context().newPage();
    await stale.goto(`${app.server.url}/runs/${runId}`);
    await waitForChoices(stale);

    await choose(page, first.choiceId);
    await stale.locator(`button[data-choice-id="${first.choiceId}"]`).click();
    const alert = stale.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The conversation moved on');
    await stale.waitForFunction(
      () => document.querySelector('article.player')?.getAttribute('data-decisions') === '1',
    );
    expect(await currentBeat(stale)).toBe(second.beatId);
    await waitForChoices(stale);
    expect(await lineTexts(stale)).toEqual(await lineTexts(page));
    await page.context().close();
  });
});

/** The transcript's lines as text (without the "Latest" marker, which only a live exchange has). */
function lineTexts(page: Page): Promise<string[]> {
  return page.getByRole('log').locator('.line').allTextContents();
}
