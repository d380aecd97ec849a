import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, packageFiles } from '../lms/package-files';
import { launchBrowser } from '../support/browser';
import { bestPath, pathBy } from './helpers/scenarios';

// A small fake cmi5 LMS and LRS in one HTTP server: it serves the AU, hands out one auth token per
// launch, keeps the State API and records statements. The checks below apply the cmi5 rules.
const scenarioId = 'through-an-interpreter';
const { files } = packageFiles(scenarioId, 'cmi5');
const ACTIVITY = 'https://lms.example/au/through-an-interpreter';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7f3a' } };
const MASTERY = 0.7;
const V = 'http://adlnet.gov/expapi/verbs/';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

type Statement = {
  id: string;
  actor: unknown;
  verb: { id: string };
  object: { id: string };
  result?: {
    score?: { scaled: number };
    success?: boolean;
    response?: string;
    extensions?: Record<string, unknown>;
  };
  context: {
    registration: string;
    extensions: Record<string, unknown>;
    contextActivities?: { category?: { id: string }[] };
  };
};

const tokens = new Map<string, { session: string; used: boolean }>();
const auths = new Map<string, string>();
const state = new Map<string, string>();
const statements: Statement[] = [];
const problems: string[] = [];
let server: Server;
let base = '';
let browser: Browser;

async function body(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const send = (status: number, data?: unknown, type = 'application/json') => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(
        data === undefined
          ? ''
          : typeof data === 'string' || data instanceof Uint8Array
            ? data
            : JSON.stringify(data),
      );
    };
    if (url.pathname.startsWith('/au/')) {
      const file = files[url.pathname.slice(4)];
      return file ? send(200, file, contentType(url.pathname)) : send(404, 'no such file', 'text/plain');
    }
    if (url.pathname.startsWith('/fetch/')) {
      const launch = tokens.get(url.pathname.slice(7));
      if (req.method !== 'POST') problems.push('fetch URL not called with POST');
      if (!launch || launch.used)
        return send(200, { 'error-code': '1', 'error-text': 'token already fetched' });
      launch.used = true;
      const token = Buffer.from(`${randomUUID()}:x`).toString('base64');
      auths.set(token, launch.session);
      return send(200, { 'auth-token': token });
    }
    if (url.pathname.startsWith('/xapi/')) {
      const token = (req.headers.authorization ?? '').replace(/^Basic /, '');
      const session = auths.get(token);
      if (!session) return send(401, { error: 'bad auth' });
      if (req.headers['x-experience-api-version'] !== '1.0.3')
        problems.push('missing X-Experience-API-Version');
      if (url.pathname === '/xapi/activities/state') {
        const key = `${url.searchParams.get('stateId')}|${url.searchParams.get('registration')}`;
        if (url.searchParams.get('stateId') === 'LMS.LaunchData') {
          return send(200, {
            contextTemplate: { extensions: { [SESSION]: session } },
            launchMode: 'Normal',
            masteryScore: MASTERY,
            moveOn: 'CompletedAndPassed',
          });
        }
        if (req.method === 'PUT') {
          state.set(key, await body(req));
          return send(204);
        }
        const saved = state.get(key);
        return saved ? send(200, saved) : send(404, { error: 'no state' });
      }
      if (url.pathname === '/xapi/statements' && req.method === 'POST') {
        const sent = JSON.parse(await body(req)) as Statement | Statement[];
        const batch = Array.isArray(sent) ? sent : [sent];
        for (const s of batch) {
          if (s.context?.extensions?.[SESSION] !== session) problems.push(`${s.verb.id}: wrong session id`);
          statements.push(s);
        }
        return send(
          200,
          batch.map((s) => s.id),
        );
      }
    }
    send(404, { error: 'unknown' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server.close(done));
});

/** Launches the AU as a cmi5 LMS would; records any request that is not for the LMS. */
async function launch(registration: string): Promise<{ page: Page; leaks: string[]; session: string }> {
  const session = randomUUID();
  const key = randomUUID();
  tokens.set(key, { session, used: false });
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const leaks: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${base}/`)) {
      leaks.push(url);
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  const q = new URLSearchParams({
    endpoint: `${base}/xapi/`,
    fetch: `${base}/fetch/${key}`,
    actor: JSON.stringify(actor),
    registration,
    activityId: ACTIVITY,
  });
  await page.goto(`${base}/au/index.html?${q}`);
  await page.waitForSelector('article.player, #ending-heading');
  return { page, leaks, session };
}

async function choose(page: Page, choiceId: string): Promise<void> {
  const before = await page.locator('article.player').getAttribute('data-decisions');
  await page.locator(`button[data-choice-id="${choiceId}"]`).click();
  await page.waitForFunction(
    (b) => document.querySelector('article.player')?.getAttribute('data-decisions') !== b,
    before,
  );
}

/** Leaves the AU the way a learner does (the page goes away), then waits for `terminated`. */
async function leave(page: Page, session: string): Promise<void> {
  await page.goto('about:blank');
  await expect.poll(() => ofSession(session).some((s) => s.verb.id === `${V}terminated`)).toBe(true);
  await page.context().close();
}

function ofSession(session: string): Statement[] {
  return statements.filter((s) => s.context.extensions[SESSION] === session);
}

const categories = (s: Statement) => (s.context.contextActivities?.category ?? []).map((c) => c.id);

/** The cmi5 rules for one session's statements. */
function checkSession(list: Statement[], registration: string): string[] {
  const verbs = list.map((s) => s.verb.id.replace(V, ''));
  const errors: string[] = [];
  if (verbs[0] !== 'initialized') errors.push(`first statement is ${verbs[0]}, not initialized`);
  if (verbs.at(-1) !== 'terminated') errors.push(`last statement is ${verbs.at(-1)}, not terminated`);
  if (verbs.filter((v) => v === 'terminated').length !== 1) errors.push('terminated more than once');
  for (const s of list) {
    const v = s.verb.id.replace(V, '');
    if (s.context.registration !== registration) errors.push(`${v}: wrong registration`);
    if (JSON.stringify(s.actor) !== JSON.stringify(actor)) errors.push(`${v}: wrong actor`);
    const defined = ['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(v);
    if (defined && !categories(s).includes(CMI5)) errors.push(`${v}: no cmi5 category`);
    if (!defined && categories(s).includes(CMI5)) errors.push(`${v}: cmi5 category on an allowed statement`);
    if (defined && s.object.id !== ACTIVITY) errors.push(`${v}: object is not the AU`);
    if (
      v === 'passed' &&
      !(
        categories(s).includes(MOVEON) &&
        (s.result?.score?.scaled ?? 0) >= MASTERY &&
        s.result?.success === true
      )
    )
      errors.push('passed without moveon category, mastery score or success');
    if (v === 'failed' && (s.result?.success !== false || categories(s).includes(MOVEON)))
      errors.push('failed is wrong');
    if (v === 'completed' && !categories(s).includes(MOVEON))
      errors.push('completed without moveon category');
  }
  if (verbs.includes('passed') && verbs.includes('failed')) errors.push('both passed and failed');
  return errors;
}

describe(`cmi5 package of ${scenarioId} launched by a fake LMS/LRS`, () => {
  it('the best path: initialized, answered per decision, passed and completed (moveOn), terminated', async () => {
    const registration = randomUUID();
    const path = bestPath(scenarioId);
    const { page, leaks, session } = await launch(registration);
    for (const step of path) await choose(page, step.choiceId);
    // A learner reads the ending before closing; leaving within the same instant as the last move can
    // reorder that move's statement and `terminated` (docs/lms.md, limits).
    await expect.poll(() => ofSession(session).some((s) => s.verb.id === `${V}completed`)).toBe(true);
    await leave(page, session);
    const list = ofSession(session);
    expect(checkSession(list, registration)).toEqual([]);
    const answered = list.filter((s) => s.verb.id === `${V}answered`);
    expect(answered.map((s) => s.result?.response)).toEqual(path.map((p) => p.choiceId));
    expect(answered[0]?.result?.extensions?.['urn:doorway:xapi:ext:verdict']).toBe('best');
    expect(answered[0]?.result?.extensions?.['urn:doorway:xapi:ext:competency-evidence']).toBeTypeOf(
      'object',
    );
    expect(list.map((s) => s.verb.id.replace(V, '')).filter((v) => v !== 'answered')).toEqual([
      'initialized',
      'passed',
      'completed',
      'terminated',
    ]);
    expect(leaks).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a failing path: failed (success false) and completed, never passed', async () => {
    const registration = randomUUID();
    const path = pathBy(scenarioId, (offered) => offered.find((c) => c.verdict === 'harmful') ?? offered[0]);
    const { page, leaks, session } = await launch(registration);
    for (const step of path) await choose(page, step.choiceId);
    // A learner reads the ending before closing; leaving within the same instant as the last move can
    // reorder that move's statement and `terminated` (docs/lms.md, limits).
    await expect.poll(() => ofSession(session).some((s) => s.verb.id === `${V}completed`)).toBe(true);
    await leave(page, session);
    const list = ofSession(session);
    expect(checkSession(list, registration)).toEqual([]);
    expect(list.map((s) => s.verb.id.replace(V, '')).filter((v) => v !== 'answered')).toEqual([
      'initialized',
      'failed',
      'completed',
      'terminated',
    ]);
    expect(leaks).toEqual([]);
  });

  it('resume: a second session of the same registration continues from the State API, then passes', async () => {
    const registration = randomUUID();
    const path = bestPath(scenarioId);
    const half = Math.floor(path.length / 2);
    const first = await launch(registration);
    for (const step of path.slice(0, half)) await choose(first.page, step.choiceId);
    await expect
      .poll(() => ofSession(first.session).filter((s) => s.verb.id === `${V}answered`).length)
      .toBe(half);
    await leave(first.page, first.session);
    expect(
      ofSession(first.session)
        .map((s) => s.verb.id.replace(V, ''))
        .filter((v) => v !== 'answered'),
    ).toEqual(['initialized', 'terminated']);
    const second = await launch(registration);
    expect(await second.page.locator('article.player').getAttribute('data-decisions')).toBe(String(half));
    expect(await second.page.locator('article.player').getAttribute('data-beat-id')).toBe(path[half]?.beatId);
    for (const step of path.slice(half)) await choose(second.page, step.choiceId);
    await expect.poll(() => ofSession(second.session).some((s) => s.verb.id === `${V}completed`)).toBe(true);
    await leave(second.page, second.session);
    const list = ofSession(second.session);
    expect(checkSession(list, registration)).toEqual([]);
    expect(list.some((s) => s.verb.id === `${V}passed`)).toBe(true);
    expect([...first.leaks, ...second.leaks]).toEqual([]);
  });
});
