import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import {
  choose,
  currentBeat,
  newPage,
  outputDir,
  screenshot,
  startFromUi,
  waitForChoices,
} from './helpers/player';
import { bestPath, compiled } from './helpers/scenarios';

/** Presses Tab until the focused element's text matches, and fails after `max` presses. */
async function tabTo(page: Page, text: RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text.test(focused)) return;
  }
  throw new Error(`no focusable element matching ${text} within ${max} Tab presses`);
}

describe('keyboard alone, and a phone-sized screen', () => {
  const app = appInBrowser();

  it('plays a whole scenario with the keyboard alone: Tab and Enter, and the number keys', async () => {
    const scenarioId = 'first-contact';
    const title = compiled(scenarioId).scenario.title;
    const path = bestPath(scenarioId);
    const page = await newPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('heading', { name: title }).waitFor();
    await tabTo(page, new RegExp(`^${title}$`));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start in practice mode' }).waitFor();
    await tabTo(page, /^Start in practice mode$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/runs\//);
    await waitForChoices(page);

    for (const [i, step] of path.entries()) {
      expect(await currentBeat(page)).toBe(step.beatId);
      const ids = await page
        .locator('button[data-choice-id]')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-choice-id')));
      const position = ids.indexOf(step.choiceId);
      expect(position).toBeGreaterThanOrEqual(0);
      const before = String(i);
      if (i % 2 === 0) {
        await page.keyboard.press(String(position + 1));
      } else {
        // After a choice focus sits on the newest lines; Tab walks on to the choices in order.
        for (let t = 0; t <= position; t++) await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-choice-id'))).toBe(
          step.choiceId,
        );
        await page.keyboard.press('Enter');
      }
      await page.waitForFunction(
        (b) => document.querySelector('article.player')?.getAttribute('data-decisions') !== b,
        before,
      );
      await waitForChoices(page);
      const focused = await page.evaluate(() => document.activeElement?.textContent);
      expect(focused, 'focus moves to the newest lines after a choice').toBe('Latest');
    }
    await tabTo(page, /^See your debrief$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    expect(await page.locator('.score').textContent()).toBe('Overall score: 100 out of 100');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.context().close();
  });

  it('fits a 360 × 740 phone: no sideways scrolling on the catalog, the scenario page, the player and the debrief', async () => {
    const page = await newPage(app.browser, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    await page.goto(app.server.url);
    await page.locator('.card').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-catalog');

    const path = bestPath('through-an-interpreter');
    await startFromUi(page, app.server.url, 'through-an-interpreter', 'coach');
    for (const step of path.slice(0, 3)) await choose(page, step.choiceId);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const stepOut = await page.getByRole('button', { name: 'Step out' }).boundingBox();
    expect(stepOut && stepOut.x + stepOut.width).toBeLessThanOrEqual(360);
    const choiceBox = await page.locator('button[data-choice-id]').first().boundingBox();
    expect(choiceBox?.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(outputDir, 'phone-player.png') });

    for (const step of path.slice(3)) await choose(page, step.choiceId);
    await page.getByRole('link', { name: 'See your debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(outputDir, 'phone-debrief.png') });
    await page.context().close();
  });
});
