import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../storage/open-storage';
import { authoringWorld, bundledCatalog, templateYaml } from '../testing/authoring-world';
import { choose, startRun } from '../testing/run-client';
import { liveCatalog } from './live-catalog';
import { loadPublished } from './publications';

const D = '/api/orgs/org_default/drafts';
const dir = mkdtempSync(join(tmpdir(), 'doorway-authoring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Client = Awaited<ReturnType<typeof authoringWorld>>['ava'];

async function draftFrom(c: Client, yaml: string) {
  const res = await c.send('POST', D, { from: 'yaml', yaml });
  expect(res.status).toBe(201);
  return (await res.json()).draft as { id: string; revision: number; scenarioId: string };
}

async function publish(c: Client, draft: { id: string; revision: number }) {
  return c.send('POST', `${D}/${draft.id}/publish`, { revision: draft.revision });
}

describe('authoring routes', () => {
  it('an author starts from the template, saves revisions with history, and a stale save gets 409', async () => {
    const { ava } = await authoringWorld();
    const created = await ava.send('POST', D, { from: 'template', id: 'street-outreach' });
    expect(created.status).toBe(201);
    const draft = (await created.json()).draft;
    expect([draft.scenarioId, draft.title, draft.revision]).toEqual([
      'street-outreach',
      'Street outreach',
      1,
    ]);
    const lint = await (await ava.send('POST', `${D}/${draft.id}/lint`)).json();
    expect([lint.errors, lint.revision]).toEqual([0, 1]);
    expect(Object.keys(lint.analysis.shortestPaths).sort()).toEqual(['door-ajar', 'door-open']);

    const changed = draft.yaml.replace('title: Street outreach', 'title: On the street');
    const saved = await ava.send('POST', `${D}/${draft.id}/revisions`, { yaml: changed, baseRevision: 1 });
    expect(saved.status).toBe(201);
    expect((await saved.json()).draft).toMatchObject({ revision: 2, title: 'On the street' });

    const stale = await ava.send('POST', `${D}/${draft.id}/revisions`, { yaml: draft.yaml, baseRevision: 1 });
    const staleBody = await stale.json();
    expect([stale.status, staleBody.error.code, staleBody.error.revision]).toEqual([409, 'draft_changed', 2]);

    const history = await (await ava.send('GET', `${D}/${draft.id}/revisions`)).json();
    expect(history.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    expect(history.revisions[0].savedBy).toEqual({ id: 'ava', name: 'Ava' });
    const list = await (await ava.send('GET', D)).json();
    expect(list.drafts.map((d: { id: string; yaml?: string }) => [d.id, d.yaml])).toEqual([
      [draft.id, undefined],
    ]);

    const file = await ava.send('GET', `${D}/${draft.id}/yaml`);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="street-outreach.yaml"');
    expect(await file.text()).toBe(changed);
    expect(await (await ava.send('GET', `${D}/${draft.id}/yaml?revision=1`)).text()).toBe(draft.yaml);
  });

  it('an author cannot publish a draft with errors, and the catalog does not change', async () => {
    const { ava, app } = await authoringWorld();
    const broken = templateYaml('street-outreach').replace('next: door-ajar', 'next: door-ajjar');
    const draft = await draftFrom(ava, broken);
    const lint = await (await ava.send('POST', `${D}/${draft.id}/lint`)).json();
    expect(lint.errors).toBeGreaterThan(0);
    const line = broken.split('\n').findIndex((l) => l.includes('door-ajjar')) + 1;
    expect(lint.problems.filter((p: { severity: string }) => p.severity === 'error')[0]).toMatchObject({
      line,
      message: expect.stringContaining('door-ajjar'),
      fix: expect.stringContaining('door-ajar'),
    });

    const res = await publish(ava, draft);
    const body = await res.json();
    expect([res.status, body.error.code]).toEqual([422, 'draft_has_errors']);
    expect(body.error.problems[0].line).toBe(line);
    const catalog = await (await app.request('/api/scenarios')).json();
    expect(catalog.scenarios.map((s: { id: string }) => s.id)).not.toContain('street-outreach');
  });

  it('a scenario that cannot be parsed is a problem at its line, never a 500', async () => {
    const { ava } = await authoringWorld();
    for (const yaml of [
      'id: [unclosed\n',
      '',
      '- just\n- a list\n',
      'id: x\nphases: 7\n',
      '\t\tbad: indent\n',
    ]) {
      const draft = await draftFrom(ava, yaml);
      const lint = await ava.send('POST', `${D}/${draft.id}/lint`);
      const body = await lint.json();
      expect([yaml, lint.status, body.errors > 0]).toEqual([yaml, 200, true]);
      expect(body.problems[0]).toMatchObject({ line: expect.any(Number), col: expect.any(Number) });
      expect((await publish(ava, draft)).status).toBe(422);
    }
    const any = await ava.send('POST', '/api/orgs/org_default/lint', { yaml: 'id: [' });
    expect([any.status, (await any.json()).errors]).toEqual([200, 1]);
  });

  it('anonymous, trainees, facilitators and other organisations cannot reach authoring routes', async () => {
    const { app, ava, tom, fay, cara, ana } = await authoringWorld();
    const draft = await draftFrom(ava, templateYaml('street-outreach'));
    const routes: [string, string, unknown?][] = [
      ['GET', D],
      ['POST', D, { from: 'template' }],
      ['GET', `${D}/${draft.id}`],
      ['GET', `${D}/${draft.id}/revisions`],
      ['POST', `${D}/${draft.id}/revisions`, { yaml: 'id: x', baseRevision: 1 }],
      ['GET', `${D}/${draft.id}/yaml`],
      ['POST', `${D}/${draft.id}/lint`],
      ['POST', `${D}/${draft.id}/publish`, { revision: 1 }],
      ['POST', '/api/orgs/org_default/lint', { yaml: 'id: x' }],
      ['GET', '/api/orgs/org_default/publications'],
    ];
    for (const [method, path, body] of routes) {
      const init: RequestInit =
        body === undefined
          ? { method }
          : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
      const anonymous = await app.request(path, init);
      expect([method, path, anonymous.status]).toEqual([method, path, 401]);
      for (const [who, c, status] of [
        ['tom', tom, 403],
        ['fay', fay, 403],
        ['cara', cara, 404],
      ] as const) {
        const res = await c.send(method, path, body);
        expect([who, method, path, res.status]).toEqual([who, method, path, status]);
      }
    }
    // An admin may author too.
    expect((await ana.send('GET', `${D}/${draft.id}`)).status).toBe(200);
    const crossOrg = await cara.send('GET', `/api/orgs/other/drafts/${draft.id}`);
    expect([crossOrg.status, (await crossOrg.json()).error.code]).toEqual([404, 'draft_not_found']);
    const published = await (await app.request('/api/scenarios')).json();
    expect(published.scenarios.map((s: { id: string }) => s.id)).not.toContain('street-outreach');
  });

  it('publishing serves the new version at once; a run in progress keeps the version it started on', async () => {
    const file = join(dir, 'publish.sqlite');
    const { ava, app, storage } = await authoringWorld({ file });
    const v1 = await draftFrom(ava, templateYaml('street-outreach'));
    const published = await publish(ava, v1);
    expect(published.status).toBe(201);
    expect((await published.json()).publication).toMatchObject({
      scenarioId: 'street-outreach',
      version: '0.1.0',
      publishedBy: { id: 'ava', name: 'Ava' },
      publishedAt: '2026-01-02T03:04:05.000Z',
    });
    const listed = await (await app.request('/api/scenarios')).json();
    expect(listed.scenarios.find((s: { id: string }) => s.id === 'street-outreach')?.version).toBe('0.1.0');

    const run = await startRun(app, 'coach', 'street-outreach');
    expect((await choose(app, run, 'arrival', 'hand-over-control')).status).toBe(200);

    // Version 0.2.0 renames the second beat's best choice: the old run must still be able to choose it.
    const text2 = templateYaml('street-outreach')
      .replace('version: 0.1.0', 'version: 0.2.0')
      .replace('"Is it safe for you to talk right now?"', '"Can you talk safely here?"');
    const saved = await ava.send('POST', `${D}/${v1.id}/revisions`, { yaml: text2, baseRevision: 1 });
    const v2 = (await saved.json()).draft;
    expect((await publish(ava, v2)).status).toBe(201);
    const detail = await (await app.request('/api/scenarios/street-outreach')).json();
    expect(detail.version).toBe('0.2.0');

    const again = await (await app.request(`/api/runs/${run.id}`, { headers: run.bearer })).json();
    expect(again.run.scenarioVersion).toBe('0.1.0');
    const offered = again.view.choices.map((c: { text: string }) => c.text);
    expect(offered).toContain('Is it safe for you to talk right now?');
    expect((await choose(app, run, 'safe-to-talk', 'ask-safe-now')).status).toBe(200);
    const fresh = await startRun(app, 'coach', 'street-outreach');
    expect(fresh.body.run.scenarioVersion).toBe('0.2.0');

    // The same version twice, or an older one, is refused and 0.2.0 stays live.
    const repeat = await publish(ava, v2);
    expect([repeat.status, (await repeat.json()).error.code]).toEqual([409, 'version_not_newer']);
    const log = await (await ava.send('GET', '/api/orgs/org_default/publications')).json();
    expect(log.publications.map((p: { version: string }) => p.version)).toEqual(['0.2.0', '0.1.0']);

    // A restart: a new process reads the published versions back from the database.
    await storage.close();
    const reopened = openSqliteStorage(file);
    await reopened.migrate();
    const catalog = liveCatalog(bundledCatalog());
    expect(await loadPublished(reopened.db, catalog, pino({ level: 'silent' }))).toBe(2);
    expect(catalog.get('street-outreach')?.scenario.version).toBe('0.2.0');
    expect(catalog.sourceText?.('street-outreach')).toBe(text2);
    await reopened.close();
  });

  it('a draft can start from a served scenario, and a bundled scenario needs a newer version to publish', async () => {
    const { ava } = await authoringWorld();
    const res = await ava.send('POST', D, { from: 'scenario', scenarioId: 'first-contact' });
    const draft = (await res.json()).draft;
    expect([res.status, draft.scenarioId]).toEqual([201, 'first-contact']);
    expect(draft.yaml).toContain('id: first-contact');
    const refused = await publish(ava, draft);
    expect([refused.status, (await refused.json()).error.code]).toEqual([409, 'version_not_newer']);
    const missing = await ava.send('POST', D, { from: 'scenario', scenarioId: 'nope' });
    expect(missing.status).toBe(404);
    const big = await ava.send('POST', D, { from: 'yaml', yaml: 'x'.repeat(500 * 1024) });
    expect(big.status).toBe(413);
  });

  it('a preview is a coach-mode run of the draft from a chosen beat with chosen meters and flags', async () => {
    const { ava, app, tom } = await authoringWorld();
    const yaml = templateYaml('street-outreach');
    const draft = await draftFrom(ava, yaml);
    const res = await ava.send('POST', `${D}/${draft.id}/preview`, {
      yaml,
      fromBeat: 'safe-to-talk',
      meters: { trust: 500 },
      flags: { safetyChecked: true },
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect([body.run.mode, body.view.beat.id]).toEqual(['coach', 'safe-to-talk']);
    const run = { id: body.run.id, bearer: { authorization: `Bearer ${body.runToken}` } };
    // Trust starts at its maximum (500 clamped to 100), so the best choice leads to door-open.
    const chosen = await (await choose(app, run, 'safe-to-talk', 'ask-safe-now')).json();
    expect([chosen.view.ended, chosen.view.ending?.id, chosen.feedback.verdict]).toEqual([
      true,
      'door-open',
      'best',
    ]);
    // The preview is not published: the catalog does not list it.
    const list = await (await app.request('/api/scenarios')).json();
    expect(list.scenarios.map((s: { id: string }) => s.id)).not.toContain('street-outreach');
    for (const bad of [{ yaml, fromBeat: 'nope' }, { yaml, meters: { nope: 1 } }, { yaml: 'id: [' }]) {
      const refused = await ava.send('POST', `${D}/${draft.id}/preview`, bad);
      expect([400, 422]).toContain(refused.status);
    }
    expect((await tom.send('POST', `${D}/${draft.id}/preview`, { yaml })).status).toBe(403);
  });
});
