import { describe, expect, it } from 'vitest';
import {
  CohortProgressResponse,
  CompletionRecordResponse,
  HeatmapResponse,
  TraineeAttemptsResponse,
} from './progress-schemas';
import { progressDatabases, progressWorld } from './progress-test-world';

/** Tess passes, Uma fails the assessment on a critical choice, Vic has not started. */
async function played(open: Parameters<typeof progressWorld>[0]) {
  const w = await progressWorld(open);
  const [practice, assess] = w.steps as [string, string];
  const runs = {
    tessP: await w.play(w.tess, practice, ['ask', 'offer']),
    tessA: await w.play(w.tess, assess, ['ask', 'offer']),
    umaP: await w.play(w.uma, practice, ['ask', 'offer']),
    umaA: await w.play(w.uma, assess, ['push', 'sorry', 'offer']),
  };
  return { ...w, practice, assess, runs };
}

const notStarted = (stepId: string) => ({
  stepId,
  status: 'not_started',
  passed: null,
  overdue: false,
  attempts: 0,
  countedRunId: null,
  score: null,
  criticalErrors: 0,
});

describe.each(progressDatabases())('cohort progress on %s', (_name, open) => {
  it('progress JSON: who started, completed, passed; scores, critical errors, time spent, totals', async () => {
    const w = await played(open);
    const res = await w.ana.send('GET', `${w.base}/progress`);
    expect(res.status).toBe(200);
    const body = await res.json();
    CohortProgressResponse.parse(body);
    expect(body.cohort).toEqual({ id: w.cohortId, name: 'January', courseId: w.courseId });
    expect(body.course.steps.map((s: { id: string }) => s.id)).toEqual(w.steps);
    const step = (stepId: string, countedRunId: string, score: number, failed = false) => ({
      stepId,
      status: failed ? 'failed' : 'passed',
      passed: !failed,
      overdue: false,
      attempts: 1,
      countedRunId,
      score,
      criticalErrors: failed ? 1 : 0,
    });
    expect(body.trainees).toEqual([
      {
        id: 'tess',
        name: 'Tess',
        email: 'tess@example.org',
        started: true,
        completed: true,
        passed: true,
        score: 100,
        competencies: { safety: 100, choice: 100 },
        criticalErrors: 0,
        timeSpentSeconds: 240,
        overdue: false,
        steps: [step(w.practice, w.runs.tessP, 100), step(w.assess, w.runs.tessA, 100)],
      },
      {
        id: 'uma',
        name: 'Uma',
        email: 'uma@example.org',
        started: true,
        completed: true,
        passed: false,
        score: 75,
        competencies: { safety: 50, choice: 100 },
        criticalErrors: 1,
        timeSpentSeconds: 300,
        overdue: false,
        steps: [step(w.practice, w.runs.umaP, 100), step(w.assess, w.runs.umaA, 50, true)],
      },
      {
        id: 'vic',
        name: 'Vic',
        email: 'vic@example.org',
        started: false,
        completed: false,
        passed: false,
        score: null,
        competencies: {},
        criticalErrors: 0,
        timeSpentSeconds: 0,
        overdue: false,
        steps: [notStarted(w.practice), notStarted(w.assess)],
      },
    ]);
    expect(body.totals).toEqual({
      enrolled: 3,
      started: 2,
      completed: 2,
      passed: 1,
      overdue: 0,
      competencies: [
        { id: 'safety', name: 'Safety first', score: 75 },
        { id: 'choice', name: 'Survivor choice', score: 100 },
      ],
    });
    // Past the first due date, Vic is overdue and the others are not.
    w.setClock('2026-01-05T10:30:00.000Z');
    const later = await (await w.ana.send('GET', `${w.base}/progress`)).json();
    expect(later.trainees.map((t: { overdue: boolean }) => t.overdue)).toEqual([false, false, true]);
    expect(later.totals.overdue).toBe(1);
  });

  it('progress.csv: one row per trainee and step, escaped, no choice text', async () => {
    const w = await played(open);
    await w.storage.db.updateTable('users').set({ name: 'Vic "V", =Jr' }).where('id', '=', 'vic').execute();
    const res = await w.ana.send('GET', `${w.base}/progress.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="progress-${w.cohortId}.csv"`);
    const text = await res.text();
    const p = 'A tiny conversation,scenario,tiny,1.0.0,practice,2026-01-05T10:00:00.000Z';
    const a = 'Another tiny one,scenario,tiny-two,1.0.0,assessment,2026-01-06T12:00:00.000Z';
    expect(text).toBe(
      [
        'trainee_id,trainee_name,trainee_email,step_position,step_title,step_kind,scenario_id,scenario_version,mode,due_at,status,overdue,attempts,score,critical_errors,passed,time_spent_seconds,course_completed,course_passed',
        `tess,Tess,tess@example.org,1,${p},passed,no,1,100,0,yes,120,yes,yes`,
        `tess,Tess,tess@example.org,2,${a},passed,no,1,100,0,yes,120,yes,yes`,
        `uma,Uma,uma@example.org,1,${p},passed,no,1,100,0,yes,120,yes,no`,
        `uma,Uma,uma@example.org,2,${a},failed,no,1,50,1,no,180,yes,no`,
        `vic,"Vic ""V"", =Jr",vic@example.org,1,${p},not_started,no,0,,0,,0,no,no`,
        `vic,"Vic ""V"", =Jr",vic@example.org,2,${a},not_started,no,0,,0,,0,no,no`,
        '',
      ].join('\r\n'),
    );
    for (const words of ['Tell me everything', 'private', 'push', 'sorry', 'offer'])
      expect(text).not.toContain(words);
  });

  it('heatmap: hidden for 2 trainees; with 3, the spread and most common harmful choice per decision', async () => {
    const w = await played(open);
    const path = `${w.base}/heatmap?stepId=${w.assess}`;
    const two = await (await w.ana.send('GET', path)).json();
    HeatmapResponse.parse(two);
    expect(two).toEqual({
      step: { id: w.assess, title: 'Another tiny one', scenarioId: 'tiny-two', version: '1.0.0' },
      shown: false,
      reason:
        'The heatmap is shown once at least 3 trainees have finished this step, so no one is singled out; 2 have so far.',
      trainees: 2,
      decisions: [],
    });
    // Vic starts but does not finish: still 2.
    const unfinished = await w.play(w.vic, w.assess, ['wait']);
    expect(unfinished).toBeTruthy();
    expect((await (await w.ana.send('GET', path)).json()).trainees).toBe(2);
    await w.play(w.vic, w.assess, ['wait', 'push', 'insist', 'decide']);
    const three = await (await w.ana.send('GET', path)).json();
    expect(HeatmapResponse.parse(three).shown).toBe(true);
    expect(three.decisions).toEqual([
      {
        beatId: 'greet',
        label: 'Greeting',
        reached: 3,
        hidden: false,
        best: 1,
        acceptable: 0,
        harmful: 2,
        mostCommonHarmful: { choiceId: 'push', text: 'Tell me everything now.', count: 2 },
      },
      // Only Uma and Vic pushed, so only they reached this decision: no counts, no one singled out.
      {
        beatId: 'repair',
        label: 'After pushing',
        reached: 2,
        hidden: true,
        best: null,
        acceptable: null,
        harmful: null,
        mostCommonHarmful: null,
      },
      {
        beatId: 'close',
        label: 'close',
        reached: 3,
        hidden: false,
        best: 2,
        acceptable: 0,
        harmful: 1,
        mostCommonHarmful: { choiceId: 'decide', text: 'I will call the police for you.', count: 1 },
      },
    ]);
    const bad = await w.ana.send('GET', `${w.base}/heatmap`);
    expect([bad.status, (await bad.json()).error.code]).toEqual([400, 'bad_request']);
    const none = await w.ana.send('GET', `${w.base}/heatmap?stepId=nope`);
    expect([none.status, (await none.json()).error.code]).toEqual([404, 'step_not_found']);
  });

  it('an exited or unfinished run never counts toward the group', async () => {
    const w = await progressWorld(open);
    const [practice] = w.steps as [string];
    await w.play(w.tess, practice, ['ask', 'offer']);
    await w.play(w.uma, practice, ['ask', 'offer']);
    const started = await w.vic.send('POST', `/api/me/courses/${w.courseId}/steps/${practice}/runs`);
    const run = (await started.json()).run.id;
    expect((await w.vic.send('POST', `/api/runs/${run}/exit`)).status).toBe(200);
    const path = `${w.base}/heatmap?stepId=${practice}`;
    expect((await (await w.ana.send('GET', path)).json()).trainees).toBe(2);
    await w.play(w.vic, practice, ['ask', 'offer']);
    const all = await (await w.ana.send('GET', path)).json();
    expect([all.shown, all.trainees, all.decisions[0].best]).toEqual([true, 3, 3]);
  });

  it('one trainee: attempts with run ids, scores and debriefs; the completion record once completed', async () => {
    const w = await played(open);
    const res = await w.ana.send('GET', `${w.base}/trainees/uma`);
    expect(res.status).toBe(200);
    const body = await res.json();
    TraineeAttemptsResponse.parse(body);
    expect(body.trainee).toMatchObject({ id: 'uma', completed: true, passed: false, criticalErrors: 1 });
    expect(body.steps.map((s: { stepId: string; status: string }) => [s.stepId, s.status])).toEqual([
      [w.practice, 'passed'],
      [w.assess, 'failed'],
    ]);
    const [attempt] = body.steps[1].attempts;
    expect(attempt).toMatchObject({
      runId: w.runs.umaA,
      status: 'ended',
      score: 50,
      criticalError: true,
      passed: false,
      counted: true,
      scenarioVersion: '1.0.0',
      timeSpentSeconds: 180,
    });
    expect(attempt.debrief).toMatchObject({ overall: 50, passed: false, scenarioId: 'tiny-two' });
    expect(attempt.debrief.criticalErrors.map((e: { choiceId: string }) => e.choiceId)).toEqual(['push']);

    const record = await (await w.ana.send('GET', `${w.base}/trainees/uma/record`)).json();
    CompletionRecordResponse.parse(record);
    expect(record.record).toMatchObject({
      person: { id: 'uma', name: 'Uma' },
      course: { id: w.courseId, title: 'Onboarding' },
      cohort: { id: w.cohortId, name: 'January' },
      passed: false,
      completedAt: '2026-01-05T09:09:00.000Z',
    });
    expect(
      record.record.steps.map((s: { status: string; score: number; criticalErrors: number }) => [
        s.status,
        s.score,
        s.criticalErrors,
      ]),
    ).toEqual([
      ['passed', 100, 0],
      ['failed', 50, 1],
    ]);
    // The trainee's own view is the same record.
    const own = await (await w.uma.send('GET', `/api/me/courses/${w.courseId}/record`)).json();
    expect(own.record).toEqual(record.record);
    const vic = await w.ana.send('GET', `${w.base}/trainees/vic/record`);
    expect([vic.status, (await vic.json()).error.code]).toEqual([404, 'record_not_found']);
    const nobody = await w.ana.send('GET', `${w.base}/trainees/ben`);
    expect([nobody.status, (await nobody.json()).error.code]).toEqual([404, 'trainee_not_found']);
  });

  it('writes the completion record when the last step finishes, even if nobody looks', async () => {
    const w = await progressWorld(open);
    const [practice, assess] = w.steps as [string, string];
    await w.play(w.tess, practice, ['ask', 'offer']);
    expect(await w.storage.db.selectFrom('completion_records').selectAll().execute()).toEqual([]);
    await w.play(w.tess, assess, ['ask', 'offer']);
    const rows = await w.storage.db.selectFrom('completion_records').selectAll().execute();
    expect(rows.map((r) => [r.user_id, r.cohort_id, r.course_id, r.passed, r.completed_at])).toEqual([
      ['tess', w.cohortId, w.courseId, 1, '2026-01-05T09:04:00.000Z'],
    ]);
    expect(rows[0]?.summary_json).not.toMatch(/Tell me|offer|ask/);
  });

  it('authorization: anonymous 401, trainees and facilitators 403, another organisation 404', async () => {
    const w = await played(open);
    const paths = [
      `${w.base}/progress`,
      `${w.base}/progress.csv`,
      `${w.base}/trainees/tess`,
      `${w.base}/trainees/tess/record`,
      `${w.base}/heatmap?stepId=${w.assess}`,
    ];
    for (const path of paths) {
      expect([path, (await w.anonymous.send('GET', path)).status]).toEqual([path, 401]);
      for (const who of [w.tess, w.uma, w.benC]) {
        const res = await who.send('GET', path);
        expect([path, res.status, (await res.json()).error.code]).toEqual([path, 403, 'role_required']);
      }
      const foreign = await w.caraC.send('GET', path);
      expect([path, foreign.status]).toEqual([path, 404]);
      // Cara's own organisation does not have this cohort either.
      const other = await w.caraC.send('GET', path.replace('/orgs/org_default/', '/orgs/other/'));
      expect([path, other.status, (await other.json()).error.code]).toEqual([path, 404, 'cohort_not_found']);
    }
  });
});
