import { describe, expect, it } from 'vitest';
import { forgetRun, rememberedRuns, rememberRun } from './runMemory';

const entry = (runId: string) => ({
  runId,
  scenarioId: 'first-contact',
  title: 'First contact',
  mode: 'coach' as const,
  startedAt: '2026-01-01T00:00:00.000Z',
});

describe('run memory', () => {
  it('remembers runs newest first, once each, and forgets them', () => {
    localStorage.clear();
    rememberRun(entry('a'));
    rememberRun(entry('b'));
    rememberRun(entry('a'));
    expect(rememberedRuns().map((r) => r.runId)).toEqual(['a', 'b']);
    forgetRun('a');
    expect(rememberedRuns().map((r) => r.runId)).toEqual(['b']);
  });

  it('treats damaged storage as an empty list', () => {
    localStorage.setItem('doorway.runs', '{not json');
    expect(rememberedRuns()).toEqual([]);
    localStorage.setItem('doorway.runs', JSON.stringify([{ runId: 1 }, entry('ok')]));
    expect(rememberedRuns().map((r) => r.runId)).toEqual(['ok']);
  });
});
