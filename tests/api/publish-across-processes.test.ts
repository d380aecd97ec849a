import { readFileSync } from 'node:fs';
import { TEMPLATE_FILE } from '@doorway/scenarios';
import { afterAll, describe, expect, it } from 'vitest';
import { httpSession } from '../support/http-session';
import { pgExec, postgresForTests } from '../support/postgres';
import { type RunningServer, startServer } from '../support/server';
import { twoServersOnOneSchema } from '../support/two-servers';

// Two real server processes on one PostgreSQL: a scenario published through A must reach B's catalog and
// be playable there without a restart. B's poll is set far beyond the test's length, so only A's NOTIFY can
// bring it; a third process with a short poll then shows the fallback picks up a row no NOTIFY announced.
const url = await postgresForTests();
const D = '/api/orgs/org_default/drafts';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function template(id: string, version = '0.1.0'): string {
  return readFileSync(TEMPLATE_FILE, 'utf8')
    .replace(/new-scenario/g, id)
    .replace('version: 0.1.0', `version: ${version}`);
}

/** Asks `base` for the catalog until `id` shows at `version` (no time limit here: the test's timeout is it). */
async function waitForCatalog(base: string, id: string, version: string): Promise<void> {
  for (;;) {
    const res = await fetch(`${base}/api/scenarios`);
    const body = (await res.json()) as { scenarios: { id: string; version: string }[] };
    if (body.scenarios.some((s) => s.id === id && s.version === version)) return;
    await sleep(100);
  }
}

async function choose(base: string, run: { id: string; token: string }, beatId: string, choiceId: string) {
  return fetch(`${base}/api/runs/${run.id}/choices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${run.token}` },
    body: JSON.stringify({ beatId, choiceId, requestId: `${beatId}-${choiceId}` }),
  });
}

describe.runIf(url)('publishing across server processes on one PostgreSQL', () => {
  const servers = twoServersOnOneSchema(url, 'doorway_pub', {
    RATE_LIMIT_RUNS_PER_MINUTE: '0',
    PUBLISH_POLL_MS: '3600000',
  });
  let third: RunningServer | undefined;
  afterAll(async () => {
    await third?.stop();
  });

  it('a version published on A is in B’s catalog and plays on B, and a newer one replaces it', async () => {
    const ana = httpSession(servers.a.url);
    const setup = await ana.send('POST', '/api/auth/setup', {
      email: 'ana@example.org',
      name: 'Ana',
      password: 'a long pass phrase',
    });
    expect(setup.status).toBe(201);
    const created = await ana.send('POST', D, { from: 'yaml', yaml: template('street-outreach') });
    expect(created.status).toBe(201);
    const draft = (await created.json()).draft as { id: string; revision: number };
    const published = await ana.send('POST', `${D}/${draft.id}/publish`, { revision: draft.revision });
    expect(published.status, await published.clone().text()).toBe(201);

    await waitForCatalog(servers.b.url, 'street-outreach', '0.1.0');
    const detail = await fetch(`${servers.b.url}/api/scenarios/street-outreach`);
    expect(((await detail.json()) as { version: string }).version).toBe('0.1.0');
    const started = await fetch(`${servers.b.url}/api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'street-outreach', mode: 'coach' }),
    });
    expect(started.status).toBe(201);
    const body = (await started.json()) as { run: { id: string; scenarioVersion: string }; runToken: string };
    expect(body.run.scenarioVersion).toBe('0.1.0');
    const run = { id: body.run.id, token: body.runToken };
    expect((await choose(servers.b.url, run, 'arrival', 'hand-over-control')).status).toBe(200);
    // The next choice goes to A: both processes replay the same published version.
    expect((await choose(servers.a.url, run, 'safe-to-talk', 'ask-safe-now')).status).toBe(200);

    // 0.2.0 published on A replaces 0.1.0 on B; publishing 0.1.0 again through B is refused (B knows 0.2.0).
    const saved = await ana.send('POST', `${D}/${draft.id}/revisions`, {
      yaml: template('street-outreach', '0.2.0'),
      baseRevision: draft.revision,
    });
    const v2 = (await saved.json()).draft as { id: string; revision: number };
    expect((await ana.send('POST', `${D}/${v2.id}/publish`, { revision: v2.revision })).status).toBe(201);
    await waitForCatalog(servers.b.url, 'street-outreach', '0.2.0');
    const older = await ana.send('POST', D, { from: 'yaml', yaml: template('street-outreach', '0.1.5') });
    const olderDraft = (await older.json()).draft as { id: string; revision: number };
    const refused = await ana.send(
      'POST',
      `${D}/${olderDraft.id}/publish`,
      { revision: olderDraft.revision },
      servers.b.url,
    );
    expect([refused.status, (await refused.json()).error.code]).toEqual([409, 'version_not_newer']);
  }, 120_000);

  it('a process’s poll of published_scenarios finds a version no NOTIFY announced', async () => {
    third = await startServer({
      env: { DATABASE_URL: servers.databaseUrl, RATE_LIMIT_RUNS_PER_MINUTE: '0', PUBLISH_POLL_MS: '200' },
    });
    const yaml = template('quiet-publish').replace(/'/g, "''");
    // Written straight into the table, as a publish whose NOTIFY was lost would leave it.
    await pgExec(
      servers.databaseUrl,
      `insert into published_scenarios (scenario_id, version, content_hash, yaml, organisation_id, draft_id,
         draft_revision, published_by, published_by_name, published_at)
       values ('quiet-publish', '0.1.0', 'unused', '${yaml}', 'org_default', null, null, null, null,
         '2026-01-02T03:04:05.000Z')`,
    );
    await waitForCatalog(third.url, 'quiet-publish', '0.1.0');
  }, 120_000);
});
