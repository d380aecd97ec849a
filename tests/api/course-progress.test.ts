import { randomBytes } from 'node:crypto';
import { catalogFromRegistry, createApp, createLogger, createUser } from '@doorway/api';
import { type CompiledScenario, compileScenario, replay, report, type Step } from '@doorway/engine';
import { createRegistry, loadSources } from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';

// The server half of issue 11's "Done when": a manager makes a course of two shipped scenarios, enrols three
// trainees, and they play through HTTP: Tess takes the best answers (passes), Uma makes a critical choice in
// the assessment (fails), Vic does not start. Progress, CSV and heatmap must show exactly that; the expected
// scores are computed here by replaying the same choices through the engine, not read back from the server.

const password = 'a long pass phrase';
const registry = createRegistry();
const sources = loadSources();
if (!sources.ok) throw new Error('sources.yaml does not load');
const [first, second] = registry.list();
if (!first || !second) throw new Error('two shipped scenarios are needed');
const compiled = new Map<string, CompiledScenario>(
  [first, second].map((e) => [e.scenario.id, compileScenario(e.scenario, registry.rubric)]),
);

type Client = ReturnType<typeof clientFor>;
function clientFor(app: ReturnType<typeof createApp>) {
  const jar = new Map<string, string>();
  return async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const set of res.headers.getSetCookie()) {
      const [name, ...value] = (set.split(';')[0] ?? '').split('=');
      if (name) jar.set(name, value.join('='));
    }
    return res;
  };
}

/** Plays a course step through HTTP; `critical` takes a critical choice whenever one is offered. */
async function play(send: Client, courseId: string, stepId: string, scenarioId: string, critical: boolean) {
  const scenario = compiled.get(scenarioId);
  if (!scenario) throw new Error(scenarioId);
  const started = await send('POST', `/api/me/courses/${courseId}/steps/${stepId}/runs`);
  expect(started.status).toBe(201);
  const body = await started.json();
  let view = body.view;
  const steps: Step[] = [];
  for (let i = 0; i < 200 && !view.ended; i++) {
    const beat = scenario.index.beats.get(view.beat.id);
    const offered = (view.choices as { id: string }[]).map((c) => beat?.choices.get(c.id));
    const pick =
      (critical ? offered.find((c) => c?.critical) : undefined) ??
      offered.find((c) => c?.verdict === 'best') ??
      offered[0];
    if (!pick) throw new Error(`nothing to choose at ${view.beat.id}`);
    const res = await send('POST', `/api/runs/${body.run.id}/choices`, {
      beatId: view.beat.id,
      choiceId: pick.id,
      requestId: `${body.run.id}-${i}`,
    });
    expect(res.status).toBe(200);
    steps.push({ kind: 'choice', beatId: view.beat.id, choiceId: pick.id });
    view = (await res.json()).view;
  }
  expect(view.ended).toBe(true);
  // The seed only orders choices on screen: any seed replays the same path and scores.
  const state = replay(scenario, { seed: 0, mode: body.run.mode, steps });
  if (!state.ok) throw new Error('the played path does not replay');
  return { runId: body.run.id as string, expected: report(scenario, state.value) };
}

/** RFC 4180 rows (quoted fields with doubled quotes, CRLF), to read the export as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field === '' && row.length === 0, 'the CSV ends with CRLF').toBe(true);
  return rows;
}

const databases = await testDatabases('doorway_course');

describe.each(databases)('a cohort of three through HTTP on %s', (_name, open) => {
  it('pass, critical-error fail, not started: progress, CSV and heatmap show exactly that', async () => {
    const storage = open();
    await storage.migrate();
    const now = new Date('2026-03-02T09:00:00.000Z');
    const app = createApp({
      now: () => now,
      version: 'test',
      storage,
      catalog: catalogFromRegistry(registry, sources.value),
      random: (n) => randomBytes(n),
      logger: createLogger('silent'),
      rateLimit: { max: 0, windowMs: 60_000 },
      workshopLimits: { login: { max: 1000, windowMs: 60_000 } },
    });
    const manager = clientFor(app);
    const setup = { email: 'mia@example.org', name: 'Mia', password };
    expect((await manager('POST', '/api/auth/setup', setup)).status).toBe(201);
    const trainees: Record<string, Client> = {};
    for (const name of ['Tess', 'Uma', 'Vic']) {
      const id = name.toLowerCase();
      expect((await createUser(storage.db, { id, email: `${id}@example.org`, name, password }, now)).ok).toBe(
        true,
      );
      const send = clientFor(app);
      expect((await send('POST', '/api/auth/login', { email: `${id}@example.org`, password })).status).toBe(
        200,
      );
      trainees[id] = send;
    }
    const created = await manager('POST', '/api/orgs/org_default/courses', {
      title: 'New advocate onboarding',
      attemptPolicy: 'best',
      steps: [
        {
          kind: 'scenario',
          scenarioId: first.scenario.id,
          mode: 'practice',
          passRule: { type: 'completion' },
        },
        {
          kind: 'scenario',
          scenarioId: second.scenario.id,
          mode: 'assessment',
          passRule: { type: 'score', minScore: second.scenario.passThreshold },
          dueAt: '2026-03-20T00:00:00.000Z',
        },
      ],
    });
    expect(created.status).toBe(201);
    const course = (await created.json()).course;
    const [practice, assess] = course.steps.map((s: { id: string }) => s.id) as [string, string];
    const cohort = (
      await (
        await manager('POST', '/api/orgs/org_default/cohorts', { name: 'March', courseId: course.id })
      ).json()
    ).cohort;
    const base = `/api/orgs/org_default/cohorts/${cohort.id}`;
    const enrol = await manager('POST', `${base}/enrolments`, { userIds: ['tess', 'uma', 'vic'] });
    expect((await enrol.json()).added).toBe(3);

    const { tess, uma } = trainees as { tess: Client; uma: Client };
    const tessP = await play(tess, course.id, practice, first.scenario.id, false);
    const tessA = await play(tess, course.id, assess, second.scenario.id, false);
    const umaP = await play(uma, course.id, practice, first.scenario.id, false);
    const umaA = await play(uma, course.id, assess, second.scenario.id, true);
    expect(tessA.expected.criticalErrors).toEqual([]);
    expect(tessA.expected.overall).toBeGreaterThanOrEqual(second.scenario.passThreshold);
    expect(umaA.expected.criticalErrors.length).toBeGreaterThan(0);

    const progress = await (await manager('GET', `${base}/progress`)).json();
    const stepRow = (stepId: string, a: typeof tessP, passed: boolean) => ({
      stepId,
      status: passed ? 'passed' : 'failed',
      passed,
      overdue: false,
      attempts: 1,
      countedRunId: a.runId,
      score: a.expected.overall,
      criticalErrors: a.expected.criticalErrors.length,
    });
    const competencies = (a: typeof tessP, b: typeof tessP) => {
      const out: Record<string, number> = {};
      for (const c of [...a.expected.competencies, ...b.expected.competencies]) {
        const both = [a, b].flatMap((x) =>
          x.expected.competencies.filter((y) => y.id === c.id).map((y) => y.score),
        );
        out[c.id] = Math.round(both.reduce((s, v) => s + v, 0) / both.length);
      }
      return out;
    };
    const mean = (a: typeof tessP, b: typeof tessP) =>
      Math.round((a.expected.overall + b.expected.overall) / 2);
    expect(progress.trainees.map((t: { id: string }) => t.id)).toEqual(['tess', 'uma', 'vic']);
    expect(progress.trainees[0]).toMatchObject({
      started: true,
      completed: true,
      passed: true,
      score: mean(tessP, tessA),
      competencies: competencies(tessP, tessA),
      criticalErrors: 0,
      overdue: false,
      steps: [stepRow(practice, tessP, true), stepRow(assess, tessA, true)],
    });
    expect(progress.trainees[1]).toMatchObject({
      started: true,
      completed: true,
      passed: false,
      score: mean(umaP, umaA),
      competencies: competencies(umaP, umaA),
      criticalErrors: umaA.expected.criticalErrors.length,
      steps: [stepRow(practice, umaP, true), stepRow(assess, umaA, false)],
    });
    expect(progress.trainees[2]).toMatchObject({
      started: false,
      completed: false,
      passed: false,
      score: null,
    });
    expect(progress.totals).toMatchObject({ enrolled: 3, started: 2, completed: 2, passed: 1, overdue: 0 });

    const csv = await (await manager('GET', `${base}/progress.csv`)).text();
    const [columns = [], ...cells] = parseCsv(csv);
    expect(cells).toHaveLength(6);
    const col = (row: string[], name: string) => row[columns.indexOf(name)];
    expect(
      cells.map((r) => [
        col(r, 'trainee_id'),
        col(r, 'status'),
        col(r, 'score'),
        col(r, 'critical_errors'),
        col(r, 'passed'),
        col(r, 'course_passed'),
      ]),
    ).toEqual([
      ['tess', 'passed', String(tessP.expected.overall), '0', 'yes', 'yes'],
      ['tess', 'passed', String(tessA.expected.overall), '0', 'yes', 'yes'],
      ['uma', 'passed', String(umaP.expected.overall), '0', 'yes', 'no'],
      [
        'uma',
        'failed',
        String(umaA.expected.overall),
        String(umaA.expected.criticalErrors.length),
        'no',
        'no',
      ],
      ['vic', 'not_started', '', '0', '', 'no'],
      ['vic', 'not_started', '', '0', '', 'no'],
    ]);
    // No choice text in the export.
    for (const d of [...tessA.expected.decisions, ...umaA.expected.decisions])
      expect(csv).not.toContain(d.choice.text);

    const heatmap = await (await manager('GET', `${base}/heatmap?stepId=${assess}`)).json();
    expect(heatmap).toMatchObject({ shown: false, trainees: 2, decisions: [] });
    expect(heatmap.reason).toMatch(/at least 3 trainees/);

    const record = await (await manager('GET', `${base}/trainees/uma/record`)).json();
    expect(record.record).toMatchObject({ person: { id: 'uma', name: 'Uma' }, passed: false });
    const vic = await manager('GET', `${base}/trainees/vic/record`);
    expect(vic.status).toBe(404);
    // Trainees see their own standing, not each other's or the manager's pages.
    expect((await (trainees.vic as Client)('GET', `${base}/progress`)).status).toBe(403);
    const mine = (await (await uma('GET', '/api/me/courses')).json()).courses[0];
    expect(mine.steps.map((s: { status: string }) => s.status)).toEqual(['passed', 'failed']);
    await storage.close();
  });
});
