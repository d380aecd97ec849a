import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { applyStep } from './apply-step';
import { compactLog, expandLog } from './compact-log';
import { startRun } from './start-run';
import type { RunState, Step } from './types';

const c = loadFixture(kitchenSinkRaw);
const BEST = ['universal-policy', 'ask-if-safe', 'explain-role', 'door-open', 'welcome'];

function apply(state: RunState, step: Step): RunState {
  const r = applyStep(c, state, step);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function played(choices: string[], seed = 987654, mode: RunState['mode'] = 'coach'): RunState {
  let s = startRun(c, { seed, mode });
  for (const id of choices) s = apply(s, { kind: 'choice', beatId: s.beatId, choiceId: id });
  return s;
}

describe('compactLog / expandLog', () => {
  it('round-trips a finished run to the same state (path, ending, meters, seed, mode)', () => {
    const s = played(BEST, 987654, 'assessment');
    const text = compactLog(c, s);
    expect(text).toMatch(/^a[0-9a-z]+\.[0-9a-zA-Z]{5}$/);
    const back = expandLog(c, text);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.path).toEqual(s.path);
    expect(back.value.status).toBe('ended');
    expect(back.value.endingId).toBe(s.endingId);
    expect(back.value.meters).toEqual(s.meters);
    expect(back.value.seed).toBe(987654);
    expect(back.value.mode).toBe('assessment');
  });

  it('keeps the effective path after a rewind, and an exit', () => {
    let s = played(BEST.slice(0, 3));
    s = apply(s, { kind: 'rewind', toDecision: 1 });
    s = apply(s, { kind: 'exit' });
    const text = compactLog(c, s);
    expect(text.endsWith('x')).toBe(true);
    const back = expandLog(c, text);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.path).toEqual(s.path);
    expect(back.value.status).toBe('exited');
  });

  it('refuses text that is not a log, or a decision the scenario does not offer', () => {
    expect(expandLog(c, 'hello').ok).toBe(false);
    const bad = expandLog(c, 'c1.Z');
    expect(bad.ok ? 'ok' : bad.error.code).toBe('does_not_replay');
  });
});
