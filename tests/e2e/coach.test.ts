import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { choose, currentBeat, newPage, screenshot, startFromUi, waitForChoices } from './helpers/player';
import { bestPath, choiceInfo, compiled } from './helpers/scenarios';

describe('coach mode', () => {
  const app = appInBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows feedback after a weaker choice, rewinds with "Try another response", and the debrief remembers it (${colorScheme})`, async () => {
      const scenarioId = 'first-contact';
      const [first] = bestPath(scenarioId);
      if (!first) throw new Error('empty best path');
      const beat = compiled(scenarioId).index.beats.get(first.beatId);
      const weaker = [...(beat?.choices.values() ?? [])].find((c) => c.verdict !== 'best');
      if (!weaker) throw new Error('the first beat has no weaker choice');

      const page = await newPage(app.browser, { colorScheme });
      await startFromUi(page, app.server.url, scenarioId, 'coach');
      await choose(page, weaker.id);

      const panel = page.getByRole('region', { name: 'Coaching on your last response' });
      const word = weaker.verdict === 'harmful' ? 'Harmful' : 'Acceptable';
      expect(await panel.locator('.verdict').textContent()).toContain(word);
      expect(await panel.textContent()).toContain(weaker.feedback.slice(0, 40));
      expect(await panel.locator('blockquote').textContent()).toBe(
        choiceInfo(scenarioId, first.beatId, first.choiceId).text,
      );
      if (weaker.sources.length > 0) {
        const href = await panel.locator('.sources a').first().getAttribute('href');
        expect(href).toMatch(/^\/sources#source-/);
      }
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `coach-feedback-${colorScheme}`);

      await panel.getByRole('button', { name: /Try another response/ }).click();
      await page.waitForFunction(
        () => document.querySelector('article.player')?.getAttribute('data-decisions') === '0',
      );
      await waitForChoices(page);
      expect(await currentBeat(page)).toBe(first.beatId);
      expect(await page.getByRole('region', { name: 'Coaching on your last response' }).count()).toBe(0);

      await choose(page, first.choiceId);
      expect(
        await page
          .getByRole('region', { name: 'Coaching on your last response' })
          .locator('.verdict')
          .textContent(),
      ).toContain('Best response');

      // Leave through Step out to see the debrief of this coach run: the rewound choice is remembered.
      await page.getByRole('button', { name: 'Step out' }).click();
      await page.getByRole('button', { name: 'End here' }).click();
      await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
      const item = page.locator('.timeline__item').first();
      expect(await item.locator('.timeline__tried').textContent()).toContain(weaker.text);
      await page.context().close();
    });
  }

  it('links a source in the feedback to its entry on the Sources page', async () => {
    const scenarioId = 'first-contact';
    const [first] = bestPath(scenarioId);
    if (!first) throw new Error('empty best path');
    const sources = choiceInfo(scenarioId, first.beatId, first.choiceId).sources;
    if (sources.length === 0) return expect(sources).toEqual([]);
    const page = await newPage(app.browser);
    await startFromUi(page, app.server.url, scenarioId, 'coach');
    await choose(page, first.choiceId);
    await page.locator('.feedback .sources a').first().click();
    await page.waitForURL(/\/sources#source-/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.locator(`[id="${anchor}"]`).waitFor();
    expect(await page.locator(`[id="${anchor}"]`).textContent()).toContain(sources[0]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(anchor);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('practice mode', () => {
  const app = appInBrowser();

  it('gives no feedback during the run, and "Try a different path" rewinds to a decision after the end', async () => {
    const scenarioId = 'going-back';
    const path = bestPath(scenarioId);
    const second = path[1];
    if (!second) throw new Error('the best path is too short');
    const weaker = [...(compiled(scenarioId).index.beats.get(second.beatId)?.choices.values() ?? [])].find(
      (c) => c.verdict !== 'best',
    );
    if (!weaker) throw new Error('the second beat has no weaker choice');

    const page = await newPage(app.browser);
    await startFromUi(page, app.server.url, scenarioId, 'practice');
    const [first] = path;
    if (first) await choose(page, first.choiceId);
    await choose(page, weaker.id);
    expect(await page.getByRole('region', { name: 'Coaching on your last response' }).count()).toBe(0);
    // Finish on the best choices wherever the weaker one led.
    for (
      let i = 0;
      i < 60 && (await page.locator('article.player').getAttribute('data-ended')) !== 'true';
      i++
    ) {
      const beat = await currentBeat(page);
      const ids = await page
        .locator('button[data-choice-id]')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-choice-id') ?? ''));
      const best = ids.find((id) => beat && choiceInfo(scenarioId, beat, id).verdict === 'best') ?? ids[0];
      if (!best) throw new Error(`no choice at ${beat}`);
      await choose(page, best);
    }
    await page.getByRole('link', { name: 'See your debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    expect(await page.locator('.score').textContent()).not.toBe('Overall score: 100 out of 100');

    await page.getByRole('button', { name: 'Try a different path from decision 2' }).click();
    await page.waitForURL(/\/runs\/[A-Za-z0-9_-]+$/);
    await waitForChoices(page);
    expect(await currentBeat(page)).toBe(second.beatId);
    expect(await page.locator('article.player').getAttribute('data-decisions')).toBe('1');
    for (const step of path.slice(1)) await choose(page, step.choiceId);
    await page.getByRole('link', { name: 'See your debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    await page.locator('.score').waitFor();
    expect(await page.locator('.score').textContent()).toBe('Overall score: 100 out of 100');
    expect(await page.locator('.timeline__item').nth(1).locator('.timeline__tried').textContent()).toContain(
      weaker.text,
    );
    await page.context().close();
  });
});
