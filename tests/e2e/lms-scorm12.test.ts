import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, packageFiles } from '../lms/package-files';
import { launchBrowser } from '../support/browser';
import { repoRoot } from '../support/server';
import { bestPath, choiceInfo, pathBy } from './helpers/scenarios';

// A stand-in LMS: a page on http://lms.test/ with scorm-again's SCORM 1.2 runtime as window.API and
// the package in an iframe beneath it. Every request is answered by page.route: one that is not for
// lms.test is recorded (and refused), and the test fails on it.
const scenarioId = 'through-an-interpreter';
const scormAgain = readFileSync(join(repoRoot, 'tests/node_modules/scorm-again/dist/scorm12.js'), 'utf8');
const { files } = packageFiles(scenarioId, 'scorm12');

const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in LMS</title>
<script src="/scorm12.js"></script></head><body><h1>Stand-in LMS</h1><div id="slot"></div>
<script>
  const saved = sessionStorage.getItem('cmi');
  window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  if (saved) { window.API.loadFromJSON(JSON.parse(saved)); window.API.cmi.core.entry = 'resume'; }
  window.finished = 0;
  window.API.on('LMSFinish', () => { window.finished++; });
  window.cmiNow = () => JSON.parse(JSON.stringify(window.API.renderCMIToJSONObject()));
  // "Close" the course: remove the SCO (it gets pagehide) and keep what the LMS stored.
  window.closeSco = () => { document.getElementById('sco').remove(); sessionStorage.setItem('cmi', JSON.stringify(window.cmiNow().cmi ?? window.cmiNow())); };
  const frame = document.createElement('iframe');
  frame.id = 'sco'; frame.title = 'Course'; frame.src = '/package/index.html'; frame.style.width = '100%'; frame.style.height = '900px';
  document.getElementById('slot').append(frame);
</script></body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openLms(): Promise<{ page: Page; leaks: string[]; errors: string[] }> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const leaks: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== 'http://lms.test') {
      leaks.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: LMS_PAGE });
    if (url.pathname === '/scorm12.js')
      return route.fulfill({ contentType: 'text/javascript', body: scormAgain });
    const file = files[url.pathname.replace(/^\/package\//, '')];
    if (!url.pathname.startsWith('/package/') || !file)
      return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: contentType(url.pathname), body: Buffer.from(file) });
  });
  await page.goto('http://lms.test/');
  return { page, leaks, errors };
}

async function sco(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sco');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no SCO frame');
  await frame.waitForSelector('article.player, #ending-heading');
  return frame;
}

async function choose(frame: Frame, choiceId: string): Promise<void> {
  const before = await frame.locator('article.player').getAttribute('data-decisions');
  await frame.locator(`button[data-choice-id="${choiceId}"]`).click();
  await frame.waitForFunction(
    (b) => document.querySelector('article.player')?.getAttribute('data-decisions') !== b,
    before,
  );
}

type Cmi = {
  core: { lesson_status: string; score: { raw: string; min: string; max: string }; exit: string };
  suspend_data: string;
  interactions: Record<string, { id: string; type: string; student_response: string; result: string }>;
};

async function cmi(page: Page): Promise<Cmi> {
  const all = await page.evaluate(() => (window as unknown as { cmiNow: () => { cmi?: unknown } }).cmiNow());
  return ((all as { cmi?: Cmi }).cmi ?? all) as Cmi;
}

const RESULT = { best: 'correct', acceptable: 'neutral', harmful: 'wrong' } as const;

describe(`SCORM 1.2 package of ${scenarioId} in a stand-in LMS (scorm-again)`, () => {
  it('the best path: passed, 100 of 100, one interaction per decision; nothing leaves for another host', async () => {
    const path = bestPath(scenarioId);
    const { page, leaks, errors } = await openLms();
    const frame = await sco(page);
    for (const step of path) {
      expect(await frame.locator('article.player').getAttribute('data-beat-id')).toBe(step.beatId);
      await choose(frame, step.choiceId);
    }
    expect(await frame.locator('article.player').getAttribute('data-ended')).toBe('true');
    const data = await cmi(page);
    expect(data.core.lesson_status).toBe('passed');
    expect(data.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
    const interactions = Object.values(data.interactions ?? {});
    expect(interactions.map((i) => i.student_response)).toEqual(path.map((p) => p.choiceId));
    expect(interactions.map((i) => i.id)).toEqual(path.map((p, n) => `d${n + 1}-${p.beatId}`));
    for (const [n, i] of interactions.entries()) {
      const step = path[n];
      if (!step) throw new Error('more interactions than decisions');
      expect(i.type).toBe('choice');
      expect(i.result).toBe(RESULT[choiceInfo(scenarioId, step.beatId, step.choiceId).verdict]);
    }
    expect(data.suspend_data).toMatch(/^d1\.[0-9a-f]{10}\.a[0-9a-z]+\.[0-9a-zA-Z]+$/);
    await frame.getByRole('link', { name: 'See your debrief' }).click();
    await frame.getByRole('heading', { name: /^Debrief:/ }).waitFor();
    expect(await frame.locator('.result__word').textContent()).toContain('Passed');
    await page.evaluate(() => (window as unknown as { closeSco: () => void }).closeSco());
    expect(await page.evaluate(() => (window as unknown as { finished: number }).finished)).toBe(1);
    expect(leaks).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a failing path (a harmful choice where one is offered): failed, a wrong interaction', async () => {
    const path = pathBy(scenarioId, (offered) => offered.find((c) => c.verdict === 'harmful') ?? offered[0]);
    const { page, leaks } = await openLms();
    const frame = await sco(page);
    for (const step of path) await choose(frame, step.choiceId);
    const data = await cmi(page);
    expect(data.core.lesson_status).toBe('failed');
    expect(Number(data.core.score.raw)).toBeLessThan(70);
    expect(Object.values(data.interactions).some((i) => i.result === 'wrong')).toBe(true);
    expect(leaks).toEqual([]);
    await page.context().close();
  });

  it('closed mid-run and reopened: resumes at the same beat from the suspend data, then passes', async () => {
    const path = bestPath(scenarioId);
    const half = Math.floor(path.length / 2);
    const { page, leaks } = await openLms();
    let frame = await sco(page);
    for (const step of path.slice(0, half)) await choose(frame, step.choiceId);
    const before = await cmi(page);
    expect(before.core.lesson_status).toBe('incomplete');
    expect(before.core.exit).toBe('suspend');
    await page.evaluate(() => (window as unknown as { closeSco: () => void }).closeSco());
    await page.reload();
    frame = await sco(page);
    expect(await frame.locator('article.player').getAttribute('data-beat-id')).toBe(path[half]?.beatId);
    expect(await frame.locator('article.player').getAttribute('data-decisions')).toBe(String(half));
    for (const step of path.slice(half)) await choose(frame, step.choiceId);
    const data = await cmi(page);
    expect(data.core.lesson_status).toBe('passed');
    expect(Object.values(data.interactions).length).toBe(path.length);
    expect(leaks).toEqual([]);
    await page.context().close();
  });
});
