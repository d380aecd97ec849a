import { describe, expect, it } from 'vitest';
import { compileScenario, replay, type Step } from '../runs/engine';
import type { RunRecord } from '../storage/storage';
import { fixtureRubric, fixtureScenario } from '../testing/fixture-scenario';
import { attemptFacts } from './attempt-facts';

const compiled = compileScenario(fixtureScenario, fixtureRubric);
const record: RunRecord = {
  id: 'r1',
  scenarioId: 'tiny',
  scenarioVersion: '1.0.0',
  contentHash: 'tiny-v1',
  mode: 'practice',
  seed: 7,
  status: 'active',
  tokenHash: 'x',
  lastSeq: 0,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:04:30.000Z',
};

function facts(steps: Step[], claimed: Partial<RunRecord> = {}) {
  const state = replay(compiled, { seed: 7, mode: 'practice', steps });
  if (!state.ok) throw new Error(JSON.stringify(state.error));
  return attemptFacts({ ...record, ...claimed }, state.value, compiled);
}
const choice = (beatId: string, choiceId: string): Step => ({ kind: 'choice', beatId, choiceId });

describe('attemptFacts', () => {
  it('the best path: ended, full score, no critical error, each verdict from the scenario', () => {
    const f = facts([choice('greet', 'ask'), choice('close', 'offer')]);
    expect(f).toEqual({
      runId: 'r1',
      startedAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:04:30.000Z',
      status: 'ended',
      overall: 100,
      criticalErrors: 0,
      competencies: [
        { id: 'safety', name: 'Safety first', score: 100 },
        { id: 'choice', name: 'Survivor choice', score: 100 },
      ],
      decisions: [
        { beatId: 'greet', choiceId: 'ask', verdict: 'best' },
        { beatId: 'close', choiceId: 'offer', verdict: 'best' },
      ],
    });
  });

  it('a critical choice is counted; a loop beat appears once per visit', () => {
    const f = facts([choice('greet', 'wait'), choice('greet', 'push'), choice('close', 'offer')]);
    expect(f.criticalErrors).toBe(1);
    expect(f.overall).toBeLessThan(100);
    expect(f.decisions.map((d) => `${d.beatId}:${d.choiceId}:${d.verdict}`)).toEqual([
      'greet:wait:acceptable',
      'greet:push:harmful',
      'close:offer:best',
    ]);
  });

  it('only the replayed state decides the status: a stored status saying ended does not end a run', () => {
    const f = facts([choice('greet', 'ask')], { status: 'ended' });
    expect(f.status).toBe('active');
    expect(f.decisions).toHaveLength(1);
  });

  it('a rewind (practice, after the end) replaces the undone decisions', () => {
    const f = facts([
      choice('greet', 'push'),
      choice('close', 'decide'),
      { kind: 'rewind', toDecision: 0 },
      choice('greet', 'ask'),
      choice('close', 'offer'),
    ]);
    expect([f.status, f.criticalErrors, f.overall]).toEqual(['ended', 0, 100]);
  });

  it('an exit ends the attempt as exited, so it never counts as completed', () => {
    expect(facts([choice('greet', 'ask'), { kind: 'exit' }]).status).toBe('exited');
  });
});
