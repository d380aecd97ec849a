import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import type { CompiledScenario } from '../compile/compiled-scenario';
import { generateScenario } from '../fixtures/generate';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { applyStep } from '../runtime/apply-step';
import { replay } from '../runtime/replay';
import { startRun } from '../runtime/start-run';
import { transcriptOf } from '../runtime/transcript';
import { availableChoices } from '../runtime/transition';
import type { RunState, Step } from '../runtime/types';
import { viewOf } from '../runtime/view';
import { evidenceOf } from './evidence';
import { report } from './report';

const SEED = 20261122;
const compiledCache = new Map<string, CompiledScenario>();
function generated(beats: number, seed: number, loops: boolean): CompiledScenario {
  const key = `${beats}|${seed}|${loops}`;
  let c = compiledCache.get(key);
  if (!c) {
    c = loadFixture(generateScenario({ beats, seed, loops }));
    compiledCache.set(key, c);
  }
  return c;
}

/** Play a run driven by `picks`: mostly choices, sometimes a rewind or an exit (coach mode allows both). */
function randomRun(c: CompiledScenario, seed: number, picks: number[], withRewinds: boolean): RunState {
  let s = startRun(c, { seed, mode: 'coach' });
  for (const p of picks) {
    if (s.status !== 'active') break;
    let step: Step;
    if (withRewinds && p % 17 === 0 && s.path.length > 0)
      step = { kind: 'rewind', toDecision: p % s.path.length };
    else if (withRewinds && p % 41 === 0) step = { kind: 'exit' };
    else {
      const choices = availableChoices(c, s);
      const choice = choices[p % choices.length];
      if (!choice) break;
      step = { kind: 'choice', beatId: s.beatId, choiceId: choice.id };
    }
    const r = applyStep(c, s, step);
    if (!r.ok) throw new Error(`refused ${JSON.stringify(step)}: ${r.error.code}`);
    s = r.value;
  }
  return s;
}

const scenarioArb = fc.record({
  beats: fc.integer({ min: 1, max: 30 }),
  seed: fc.integer({ min: 0, max: 1000 }),
  loops: fc.boolean(),
});

describe('properties (fast-check, fixed seed)', () => {
  it('replay is deterministic: same log, same state, view and transcript', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), fc.array(fc.nat(), { maxLength: 60 }), (g, runSeed, picks) => {
        const c = generated(g.beats, g.seed, g.loops);
        const s = randomRun(c, runSeed, picks, true);
        const r = replay(c, { seed: runSeed, mode: 'coach', steps: s.steps });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value).toEqual(s);
        expect(viewOf(c, r.value)).toEqual(viewOf(c, s));
        expect(transcriptOf(c, r.value)).toEqual(transcriptOf(c, s));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('every score is within 0..100, loops, rewinds and exits included', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(), { maxLength: 80 }), (g, picks) => {
        const c = generated(g.beats, g.seed, g.loops);
        const r = report(c, randomRun(c, 1, picks, true));
        for (const x of [r.overall, ...r.competencies.map((k) => k.score)]) {
          expect(Number.isInteger(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(100);
        }
        if (r.passed) expect(r.status).toBe('ended');
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it('the best path scores 100 when best choices carry the most evidence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 1000 }), (beats, seed) => {
        const c = generated(beats, seed, false);
        const a = analyze(c);
        expect(a.bestPath.endingId).toBe('good');
        let s = startRun(c, { seed: 1, mode: 'assessment' });
        for (const d of a.bestPath.steps) {
          const r = applyStep(c, s, { kind: 'choice', ...d });
          if (!r.ok) throw new Error(r.error.code);
          s = r.value;
        }
        const rep = report(c, s);
        expect(rep.overall).toBe(100);
        expect(rep.passed).toBe(true);
        expect(a.problems.filter((p) => p.rule === 'best-path-not-max')).toEqual([]);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('every sampled complete run lies within the analysed bounds (loop-free scenarios and the kitchen sink)', () => {
    const sink = loadFixture(kitchenSinkRaw);
    fc.assert(
      fc.property(
        fc.option(scenarioArb, { nil: undefined }),
        fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
        (g, picks) => {
          const c = g ? generated(g.beats, g.seed, false) : sink;
          const s = randomRun(c, 1, picks, false);
          if (s.status !== 'ended') return;
          const ev = evidenceOf(c, s.path);
          for (const [k, b] of Object.entries(c.bounds)) {
            const sum = (ev.get(k) ?? []).reduce((a, e) => a + e.amount, 0);
            expect(sum).toBeGreaterThanOrEqual(b.min);
            expect(sum).toBeLessThanOrEqual(b.max);
          }
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});
