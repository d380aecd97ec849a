import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType } from '../lms/package-files';
import { launchBrowser } from '../support/browser';
import { type RunningServer, repoRoot, startServer } from '../support/server';
import { bestPath, compiled, pathBy } from './helpers/scenarios';

// A whole course as one LMS package, made by the server route the manager's "Download LMS package" button
// calls (the same code as `doorway package <course-id>`): step 1 practice with a completion rule, step 2 an
// assessment with a score rule, and a workshop session that stays out. Each SCO is then played in a stand-in
// LMS (scorm-again's SCORM 1.2 runtime as window.API); no request may leave for another host.

const practiceId = 'first-contact';
const assessId = 'through-an-interpreter';
const minScore = 75;
const scormAgain = readFileSync(join(repoRoot, 'tests/node_modules/scorm-again/dist/scorm12.js'), 'utf8');

const lmsPage = (
  launch: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in LMS</title>
<script src="/scorm12.js"></script></head><body><h1>Stand-in LMS</h1><div id="slot"></div>
<script>
  window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  window.cmiNow = () => JSON.parse(JSON.stringify(window.API.renderCMIToJSONObject()));
  const frame = document.createElement('iframe');
  frame.id = 'sco'; frame.title = 'Course'; frame.src = '/package/${launch}'; frame.style.width = '100%'; frame.style.height = '900px';
  document.getElementById('slot').append(frame);
</script></body></html>`;

let server: RunningServer;
let browser: Browser;
let cookie = '';
let courseId = '';

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const set = res.headers.getSetCookie().find((c) => c.startsWith('doorway_session'));
  if (set) cookie = set.split(';')[0] ?? '';
  return res;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const setup = await api('POST', '/api/auth/setup', {
    email: 'mia@example.org',
    name: 'Mia Chen',
    password: 'a long pass phrase',
  });
  expect(setup.status).toBe(201);
  const made = await api('POST', '/api/orgs/org_default/courses', {
    title: 'Onboarding & more',
    steps: [
      { kind: 'scenario', scenarioId: practiceId, mode: 'practice', passRule: { type: 'completion' } },
      { kind: 'workshop', title: 'Role-play day' },
      { kind: 'scenario', scenarioId: assessId, mode: 'assessment', passRule: { type: 'score', minScore } },
    ],
  });
  expect(made.status).toBe(201);
  courseId = (await made.json()).course.id;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function packageOf(format: 'scorm12' | 'cmi5'): Promise<Record<string, Uint8Array>> {
  const res = await api('GET', `/api/orgs/org_default/courses/${courseId}/package?format=${format}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="onboarding-more-${format}.zip"`);
  return unzipSync(new Uint8Array(await res.arrayBuffer()));
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function openSco(files: Record<string, Uint8Array>, launch: string) {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const leaks: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== 'http://lms.test') {
      leaks.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: lmsPage(launch) });
    if (url.pathname === '/scorm12.js')
      return route.fulfill({ contentType: 'text/javascript', body: scormAgain });
    const file = files[url.pathname.replace(/^\/package\//, '')];
    if (!url.pathname.startsWith('/package/') || !file)
      return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: contentType(url.pathname), body: Buffer.from(file) });
  });
  await page.goto('http://lms.test/');
  const handle = await page.waitForSelector('#sco');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no SCO frame');
  await frame.waitForSelector('article.player');
  return { page, frame, leaks };
}

async function play(frame: Frame, path: { beatId: string; choiceId: string }[]) {
  for (const step of path) {
    expect(await frame.locator('article.player').getAttribute('data-beat-id')).toBe(step.beatId);
    const before = await frame.locator('article.player').getAttribute('data-decisions');
    await frame.locator(`button[data-choice-id="${step.choiceId}"]`).click();
    await frame.waitForFunction(
      (b) => document.querySelector('article.player')?.getAttribute('data-decisions') !== b,
      before,
    );
  }
  expect(await frame.locator('article.player').getAttribute('data-ended')).toBe('true');
}

async function core(page: Page): Promise<{ lesson_status: string; score: { raw: string } }> {
  const all = await page.evaluate(() => (window as unknown as { cmiNow: () => { cmi?: unknown } }).cmiNow());
  return ((all as { cmi?: { core: never } }).cmi ?? (all as { core: never })).core;
}

describe('a course as one LMS package', () => {
  it('SCORM 1.2: one SCO per scenario step in course order, mastery from the score rule only, no workshop', async () => {
    const files = await packageOf('scorm12');
    expect(
      Object.keys(files)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual(['step-1.html', 'step-2.html']);
    const manifest = text(files['imsmanifest.xml']);
    const items = [
      ...manifest.matchAll(
        /<item identifier="item-(step-\d)" identifierref="sco-\1">\s*<title>([^<]*)<\/title>(\s*<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>)?/g,
      ),
    ];
    expect(items.map((m) => [m[1], m[2], m[4]])).toEqual([
      ['step-1', `1. ${compiled(practiceId).scenario.title}`, undefined],
      ['step-2', `2. ${compiled(assessId).scenario.title}`, String(minScore)],
    ]);
    expect(manifest).toContain('<title>Onboarding &amp; more</title>');
    expect(manifest).not.toContain('Role-play day');
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(2);
  });

  it('cmi5: one AU per scenario step; completion is moveOn Completed, the score rule CompletedAndPassed', async () => {
    const files = await packageOf('cmi5');
    const aus = [
      ...text(files['cmi5.xml']).matchAll(
        /<au id="([^"]+)" (moveOn="[^"]+")( masteryScore="([^"]+)")?[^>]*>[\s\S]*?<url>([^<]+)<\/url>/g,
      ),
    ];
    expect(aus.map((m) => [m[1], m[2], m[4], m[5]])).toEqual([
      [`urn:doorway:course:${courseId}/step-1`, 'moveOn="Completed"', undefined, 'step-1.html'],
      [
        `urn:doorway:course:${courseId}/step-2`,
        'moveOn="CompletedAndPassed"',
        (minScore / 100).toFixed(2),
        'step-2.html',
      ],
    ]);
  });

  it('step 1 (completion rule) reports completed; step 2 (score rule) passes the best path and fails a critical one', async () => {
    const files = await packageOf('scorm12');
    const first = await openSco(files, 'step-1.html');
    await play(first.frame, bestPath(practiceId));
    expect((await core(first.page)).lesson_status).toBe('completed');
    expect(first.leaks).toEqual([]);
    await first.page.context().close();

    const best = await openSco(files, 'step-2.html');
    await play(best.frame, bestPath(assessId));
    expect(await core(best.page)).toMatchObject({ lesson_status: 'passed', score: { raw: '100' } });
    await best.page.context().close();

    const critical = pathBy(assessId, (offered) => offered.find((c) => c.critical) ?? offered[0]);
    const failing = await openSco(files, 'step-2.html');
    await play(failing.frame, critical);
    expect((await core(failing.page)).lesson_status).toBe('failed');
    expect(failing.leaks).toEqual([]);
    await failing.page.context().close();
  }, 180_000);
});
