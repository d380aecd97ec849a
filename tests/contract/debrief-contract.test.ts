import { compileScenario, hashString, replay, report, type Step, seededRandom } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { contentApp } from './api-app';

// The API's debrief must equal the engine's report for the same (scenario, seed, mode, steps):
// the server adds nothing and loses nothing on the way.

interface ViewLike {
  beat: { id: string };
  choices: { id: string }[];
  ended: boolean;
}
type Pick = (choices: { id: string }[], beatId: string) => string | undefined;

const { app, registry, storage } = await contentApp();
const scenarios = registry.list();

async function play(scenarioId: string, mode: 'coach' | 'practice', pick: Pick, maxDecisions = 80) {
  const created = await app.request('/api/runs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId, mode }),
  });
  expect(created.status).toBe(201);
  const start = (await created.json()) as { run: { id: string }; runToken: string; view: ViewLike };
  const auth = { authorization: `Bearer ${start.runToken}` };
  const steps: Step[] = [];
  let view = start.view;
  for (let i = 0; i < maxDecisions && !view.ended; i++) {
    const beatId = view.beat.id;
    const choiceId = pick(view.choices, beatId);
    if (!choiceId) break;
    const res = await app.request(`/api/runs/${start.run.id}/choices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ beatId, choiceId, requestId: `r${i}` }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    view = ((await res.json()) as { view: ViewLike }).view;
    steps.push({ kind: 'choice', beatId, choiceId });
  }
  if (!view.ended) {
    const exit = await app.request(`/api/runs/${start.run.id}/exit`, { method: 'POST', headers: auth });
    expect(exit.status).toBe(200);
    steps.push({ kind: 'exit' });
  }
  const debrief = await (await app.request(`/api/runs/${start.run.id}/debrief`, { headers: auth })).json();
  const record = await storage.getRun(start.run.id);
  if (!record) throw new Error('run not stored');
  return { debrief, steps, seed: record.seed };
}

const compiledById = new Map<string, ReturnType<typeof compileScenario>>();

function engineReport(scenarioId: string, mode: 'coach' | 'practice', seed: number, steps: Step[]) {
  const entry = registry.get(scenarioId);
  if (!entry) throw new Error(`no scenario ${scenarioId}`);
  // Compiling explores the state space (seconds for the larger scenarios): once per scenario.
  const compiled = compiledById.get(scenarioId) ?? compileScenario(entry.scenario, registry.rubric);
  compiledById.set(scenarioId, compiled);
  const replayed = replay(compiled, { seed, mode, steps });
  if (!replayed.ok) throw new Error(`engine refused the API's steps: ${JSON.stringify(replayed.error)}`);
  // Through JSON, as the API sends it (undefined fields drop out).
  return JSON.parse(JSON.stringify(report(compiled, replayed.value)));
}

describe('API debrief equals the engine report', () => {
  it('has scenarios to check', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  for (const entry of scenarios) {
    const verdicts = new Map<string, string>();
    for (const phase of Object.values(entry.scenario.phases))
      for (const beats of [phase.beats, ...Object.values(phase.interruptions ?? {}).map((i) => i.beats)])
        for (const [beatId, beat] of Object.entries(beats))
          for (const c of beat.choices) verdicts.set(`${beatId}/${c.id}`, c.verdict);

    it(`${entry.id}: the best path (a best choice wherever one is offered)`, async () => {
      const pickBest: Pick = (choices, beatId) =>
        (choices.find((c) => verdicts.get(`${beatId}/${c.id}`) === 'best') ?? choices[0])?.id;
      const { debrief, steps, seed } = await play(entry.id, 'coach', pickBest);
      expect(debrief).toEqual(engineReport(entry.id, 'coach', seed, steps));
      expect(debrief.decisions.length).toBeGreaterThan(0);
    }, 120_000);

    for (const pathSeed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      it(`${entry.id}: seeded random path ${pathSeed}`, async () => {
        const rand = seededRandom(hashString(`${entry.id}|${pathSeed}`));
        const pickRandom: Pick = (choices) => choices[Math.floor(rand() * choices.length)]?.id;
        // Some paths stop early (exit) so the exited debrief is checked too.
        const { debrief, steps, seed } = await play(
          entry.id,
          'practice',
          pickRandom,
          pathSeed % 5 === 0 ? pathSeed / 5 : 80,
        );
        expect(debrief).toEqual(engineReport(entry.id, 'practice', seed, steps));
      }, 60_000);
    }
  }
});
