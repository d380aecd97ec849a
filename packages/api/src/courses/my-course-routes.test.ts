import { describe, expect, it } from 'vitest';
import { jsonInit } from '../testing/test-app';
import { password } from './org-test-world';
import { MyCoursesResponse } from './progress-schemas';
import { progressDatabases, progressWorld } from './progress-test-world';

describe.each(progressDatabases())('my courses on %s', (_name, open) => {
  it('lists the course with what is next; a run started for a step is pinned and linked', async () => {
    const w = await progressWorld(open);
    const before = await (await w.tess.send('GET', '/api/me/courses')).json();
    expect(before.courses).toHaveLength(1);
    const [course] = before.courses;
    expect(course.course).toEqual({
      id: w.courseId,
      title: 'Onboarding',
      description: '',
      attemptRule: 'best',
    });
    expect(course.cohort.name).toBe('January');
    expect(course.steps.map((s: { status: string; next: boolean }) => [s.status, s.next])).toEqual([
      ['not_started', true],
      ['not_started', false],
    ]);
    expect(course.steps[1]).toMatchObject({
      kind: 'scenario',
      scenarioId: 'tiny-two',
      scenarioTitle: 'Another tiny one',
      version: '1.0.0',
      mode: 'assessment',
      passRule: { type: 'score', minScore: 70 },
      dueAt: '2026-01-06T12:00:00.000Z',
      overdue: false,
      attempts: [],
    });

    const started = await w.tess.send('POST', `/api/me/courses/${w.courseId}/steps/${w.steps[1]}/runs`);
    expect(started.status).toBe(201);
    const body = await started.json();
    expect(body.run).toMatchObject({ scenarioId: 'tiny-two', scenarioVersion: '1.0.0', mode: 'assessment' });
    expect(body.view.beat.id).toBe('greet');
    expect(body.runToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(started.headers.get('set-cookie')).toContain(`doorway_run_${body.run.id}=`);
    const link = await w.storage.db.selectFrom('course_attempts').selectAll().execute();
    expect(link.map((l) => [l.run_id, l.step_id])).toEqual([[body.run.id, w.steps[1]]]);
    // The run's own access rules still hold: the token opens it, nothing else.
    expect((await w.uma.send('GET', `/api/runs/${body.run.id}`)).status).toBe(404);
    expect((await w.tess.send('GET', `/api/runs/${body.run.id}`)).status).toBe(200);

    const after = MyCoursesResponse.parse(await (await w.tess.send('GET', '/api/me/courses')).json());
    expect(after.courses[0]?.steps[1]).toMatchObject({ status: 'in_progress', next: false });
    expect(after.courses[0]?.steps[1]?.attempts).toEqual([
      {
        runId: body.run.id,
        status: 'active',
        startedAt: '2026-01-05T09:00:00.000Z',
        finishedAt: null,
        score: null,
        criticalError: false,
        passed: null,
        counted: false,
        scenarioVersion: '1.0.0',
        debriefPath: null,
      },
    ]);
  });

  it('finished attempts: scored by replay, best attempt counted, debrief for the trainee only', async () => {
    const w = await progressWorld(open);
    const [practice, assess] = w.steps as [string, string];
    await w.play(w.tess, practice, ['wait', 'ask', 'decide']);
    const failed = await w.play(w.tess, assess, ['push', 'sorry', 'offer']);
    const best = await w.play(w.tess, assess, ['ask', 'offer']);
    const listed = await (await w.tess.send('GET', '/api/me/courses')).json();
    MyCoursesResponse.parse(listed);
    const [course] = listed.courses;
    expect(course.steps.map((s: { status: string }) => s.status)).toEqual(['passed', 'passed']);
    expect(course).toMatchObject({ completed: true, passed: true, completedAt: '2026-01-05T09:08:00.000Z' });
    const attempts = course.steps[1].attempts;
    expect(
      attempts.map((a: { runId: string; criticalError: boolean; passed: boolean; counted: boolean }) => [
        a.runId,
        a.criticalError,
        a.passed,
        a.counted,
      ]),
    ).toEqual([
      [failed, true, false, false],
      [best, false, true, true],
    ]);
    expect(attempts[1].score).toBe(100);
    expect(attempts[1].debriefPath).toBe(`/api/me/courses/${w.courseId}/attempts/${best}/debrief`);
    const debrief = await w.tess.send('GET', attempts[1].debriefPath);
    expect(debrief.status).toBe(200);
    expect((await debrief.json()).overall).toBe(100);
    // Another trainee, even of the same cohort, cannot open it.
    expect((await w.uma.send('GET', attempts[1].debriefPath)).status).toBe(404);
    const record = await (await w.tess.send('GET', `/api/me/courses/${w.courseId}/record`)).json();
    expect(record.record).toMatchObject({
      person: { id: 'tess', name: 'Tess' },
      organisation: { id: 'org_default', name: 'Default organisation' },
      course: { id: w.courseId, title: 'Onboarding' },
      cohort: { id: w.cohortId, name: 'January' },
      passed: true,
      completedAt: '2026-01-05T09:08:00.000Z',
    });
    expect(record.record.steps.map((s: { status: string; score: number }) => [s.status, s.score])).toEqual([
      ['passed', 60],
      ['passed', 100],
    ]);
  });

  it('the last attempt rule records the last ended attempt even when it is worse', async () => {
    const w = await progressWorld(open, {
      title: 'Last counts',
      attemptPolicy: 'last',
      steps: [
        {
          kind: 'scenario',
          scenarioId: 'tiny',
          mode: 'assessment',
          passRule: { type: 'score', minScore: 70 },
        },
      ],
    });
    const [step] = w.steps as [string];
    await w.play(w.tess, step, ['ask', 'offer']);
    const worse = await w.play(w.tess, step, ['push', 'offer']);
    await w.tess.send('POST', `/api/me/courses/${w.courseId}/steps/${step}/runs`); // started, not ended
    const [course] = (await (await w.tess.send('GET', '/api/me/courses')).json()).courses;
    expect(course.course.attemptRule).toBe('last');
    expect(course.steps[0].status).toBe('failed');
    expect(course.steps[0].next).toBe(true);
    expect(course.steps[0].attempts.filter((a: { counted: boolean }) => a.counted)).toMatchObject([
      { runId: worse },
    ]);
  });

  it('overdue: a past due step not completed is overdue; a completed one is not', async () => {
    const w = await progressWorld(open);
    await w.play(w.tess, w.steps[0] as string, ['ask', 'offer']);
    w.setClock('2026-01-05T10:30:00.000Z');
    const tess = (await (await w.tess.send('GET', '/api/me/courses')).json()).courses[0];
    const uma = (await (await w.uma.send('GET', '/api/me/courses')).json()).courses[0];
    expect(tess.steps.map((s: { overdue: boolean }) => s.overdue)).toEqual([false, false]);
    expect(uma.steps.map((s: { overdue: boolean }) => s.overdue)).toEqual([true, false]);
  });

  it('authorization: anonymous 401, not enrolled 404, other organisation 404, workshop step 409', async () => {
    const w = await progressWorld(open, {
      title: 'With a workshop',
      steps: [
        { kind: 'scenario', scenarioId: 'tiny', mode: 'practice' },
        { kind: 'workshop', title: 'Day one' },
      ],
    });
    const [scenario, workshop] = w.steps as [string, string];
    const runs = `/api/me/courses/${w.courseId}/steps/${scenario}/runs`;
    for (const path of [
      '/api/me/courses',
      `/api/me/courses/${w.courseId}`,
      `/api/me/courses/${w.courseId}/record`,
    ]) {
      expect([path, (await w.anonymous.send('GET', path)).status]).toEqual([path, 401]);
    }
    expect((await w.anonymous.send('POST', runs)).status).toBe(401);
    for (const who of [w.benC, w.caraC, w.ana]) {
      expect((await (await who.send('GET', '/api/me/courses')).json()).courses).toEqual([]);
      const res = await who.send('POST', runs);
      expect([res.status, (await res.json()).error.code]).toEqual([404, 'not_enrolled']);
      expect((await who.send('GET', `/api/me/courses/${w.courseId}`)).status).toBe(404);
    }
    const ws = await w.tess.send('POST', `/api/me/courses/${w.courseId}/steps/${workshop}/runs`);
    expect([ws.status, (await ws.json()).error.code]).toEqual([409, 'step_not_playable']);
    const none = await w.tess.send('POST', `/api/me/courses/${w.courseId}/steps/nope/runs`);
    expect([none.status, (await none.json()).error.code]).toEqual([404, 'step_not_found']);
    const rec = await w.tess.send('GET', `/api/me/courses/${w.courseId}/record`);
    expect([rec.status, (await rec.json()).error.code]).toEqual([404, 'record_not_found']);
    const cross = await w.tess.send('POST', runs, undefined);
    expect(cross.status).toBe(201);
    // A trainee removed from the organisation loses the course.
    await w.storage.db.deleteFrom('memberships').where('user_id', '=', 'uma').execute();
    expect((await (await w.uma.send('GET', '/api/me/courses')).json()).courses).toEqual([]);
  });

  it('a cross-site start is refused; starts are limited per person', async () => {
    const w = await progressWorld(open);
    const path = `/api/me/courses/${w.courseId}/steps/${w.steps[0]}/runs`;
    const login = await w.app.request(
      '/api/auth/login',
      jsonInit('POST', { email: 'tess@example.org', password }),
    );
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const cross = await w.app.request(path, {
      method: 'POST',
      headers: { origin: 'https://evil.example', cookie },
    });
    expect([cross.status, (await cross.json()).error.code]).toEqual([403, 'bad_origin']);
    expect(await w.storage.db.selectFrom('course_attempts').selectAll().execute()).toEqual([]);
    for (let i = 0; i < 30; i++) expect((await w.tess.send('POST', path)).status).toBe(201);
    const limited = await w.tess.send('POST', path);
    expect([limited.status, (await limited.json()).error.code]).toEqual([429, 'rate_limited']);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    // Another trainee is not held back by Tess's starts.
    expect((await w.uma.send('POST', path)).status).toBe(201);
  });
});
