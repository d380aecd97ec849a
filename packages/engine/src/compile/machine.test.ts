import { getAdjacencyMap, getShortestPaths, getSimplePaths } from '@xstate/graph';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, createActor } from 'xstate';
import { generateScenario } from '../fixtures/generate';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { affectOf } from '../runtime/affect';
import { applyStep } from '../runtime/apply-step';
import { startRun } from '../runtime/start-run';
import { availableChoices } from '../runtime/transition';
import type { RunState } from '../runtime/types';
import type { CompiledScenario } from './compiled-scenario';
import type { MachineContext, MachineEvent } from './machine';

/** The beat (or ending) a snapshot is in: `{ conversation: ending }` or `{ conversation: { phase: { main|interruption: beat } } }`. */
function beatOf(value: unknown): string {
  const v = (value as { conversation: string | Record<string, Record<string, string>> }).conversation;
  if (typeof v === 'string') return v;
  const phase = Object.values(v)[0] ?? {};
  return Object.values(phase)[0] ?? '';
}

function serialize(c: CompiledScenario) {
  const t = c.graph.tested;
  return (s: AnyMachineSnapshot) => {
    const ctx = s.context as MachineContext;
    return JSON.stringify({
      v: s.value,
      m: ctx.meters,
      f: ctx.flags,
      i: ctx.firedInterruptions,
      s: ctx.session,
      r: ctx.resumed,
      c: [...new Set(ctx.path.map((p) => p.choiceId).filter((x) => t.chose.has(x)))],
      vis: [...new Set(ctx.visited.filter((x) => t.visited.has(x)))],
      d: Math.min(ctx.path.length, t.decisionCap),
    });
  };
}

function events(c: CompiledScenario) {
  return (s: AnyMachineSnapshot): MachineEvent[] => {
    const info = c.index.beats.get(beatOf(s.value));
    return (info?.beat.choices ?? []).map((ch) => ({ type: 'trainee.choose', choiceId: ch.id }));
  };
}

function agree(c: CompiledScenario, snap: AnyMachineSnapshot, run: RunState, where: string) {
  const ctx = snap.context as MachineContext;
  const beat = beatOf(snap.value);
  expect(beat, where).toBe(run.status === 'ended' ? run.endingId : run.beatId);
  expect(ctx.meters, where).toEqual(run.meters);
  expect(ctx.flags, where).toEqual(run.flags);
  expect(ctx.firedInterruptions, where).toEqual(run.firedInterruptions);
  if (c.scenario.affect)
    expect((snap.value as { affect: string }).affect, where).toBe(affectOf(c.scenario, run.meters));
}

/** Walk a path of events through both the machine and the runtime, comparing after every step. */
function walk(c: CompiledScenario, evs: MachineEvent[]) {
  const actor = createActor(c.machine).start();
  let run = startRun(c, { seed: 1, mode: 'coach' });
  agree(c, actor.getSnapshot(), run, 'start');
  evs.forEach((e, i) => {
    const r = applyStep(c, run, { kind: 'choice', beatId: run.beatId, choiceId: e.choiceId });
    expect(r.ok, `step ${i} ${e.choiceId}`).toBe(true);
    if (r.ok) run = r.value;
    actor.send(e);
    agree(
      c,
      actor.getSnapshot(),
      run,
      `after ${evs
        .slice(0, i + 1)
        .map((x) => x.choiceId)
        .join(' > ')}`,
    );
  });
  actor.stop();
}

function pathEvents(p: { steps: { event: unknown }[] }): MachineEvent[] {
  return p.steps.map((s) => s.event as MachineEvent).filter((e) => e.type === 'trainee.choose');
}

const fixtures: [string, CompiledScenario][] = [
  ['kitchen sink', loadFixture(kitchenSinkRaw)],
  ['generated, 9 beats', loadFixture(generateScenario({ beats: 9, seed: 3 }))],
  ['generated with loops, 6 beats', loadFixture(generateScenario({ beats: 6, seed: 5, loops: true }))],
];

describe.each(fixtures)('compiled machine agrees with the runtime: %s', (_name, c) => {
  const opts = { serializeState: serialize(c), events: events(c) } as never;

  it('along every simple path (or every shortest path when there are loops)', () => {
    const simple = _name.includes('loops')
      ? getShortestPaths(c.machine, opts)
      : getSimplePaths(c.machine, opts);
    expect(simple.length).toBeGreaterThan(5);
    for (const p of simple) walk(c, pathEvents(p));
  });

  it('every reachable state can still reach an ending, and states without moves are endings', () => {
    const adj = getAdjacencyMap(c.machine, opts) as unknown as Record<
      string,
      { state: AnyMachineSnapshot; transitions: Record<string, { state: AnyMachineSnapshot }> }
    >;
    const keys = Object.keys(adj);
    const ser = serialize(c);
    const toEnding = new Set(keys.filter((k) => c.index.endings.has(beatOf(adj[k]?.state.value))));
    let grew = true;
    while (grew) {
      grew = false;
      for (const k of keys) {
        if (toEnding.has(k)) continue;
        const moves = Object.values(adj[k]?.transitions ?? {})
          .map((t) => ser(t.state))
          .filter((x) => x !== k);
        if (moves.some((m) => toEnding.has(m))) {
          toEnding.add(k);
          grew = true;
        }
      }
    }
    expect(keys.filter((k) => !toEnding.has(k))).toEqual([]);
    for (const k of keys) {
      const moves = Object.values(adj[k]?.transitions ?? {}).filter((t) => ser(t.state) !== k);
      if (moves.length === 0) expect(c.index.endings.has(beatOf(adj[k]?.state.value))).toBe(true);
    }
  });
});

describe('machine config', () => {
  it('is JSON with phases as compound states, history nodes and an affect region', () => {
    const c = fixtures[0]?.[1];
    if (!c) throw new Error('fixture');
    const cfg = JSON.parse(JSON.stringify(c.machineConfig));
    expect(cfg.type).toBe('parallel');
    expect(cfg.states.conversation.states.intake.states.main.states.hist).toEqual({
      id: 'hist:intake',
      type: 'history',
      history: 'shallow',
    });
    expect(cfg.states.conversation.states.intake.states.phone.initial).toBe('phone-buzzes');
    expect(cfg.states.conversation.states['door-open'].type).toBe('final');
    expect(Object.keys(cfg.states.affect.states)).toEqual(['settled', 'shut-down', 'guarded']);
    const arrival = cfg.states.conversation.states.intake.states.main.states.arrival;
    expect(arrival.on['trainee.choose'][0]).toMatchObject({
      guard: 'choice:arrival.universal-policy',
      target: '#beat:private-room',
      actions: ['choose:arrival.universal-policy', 'enter:private-room'],
    });
  });
});

describe('machine and runtime agree on random walks through generated scenarios (fast-check, fixed seed)', () => {
  it('at every step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 500 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 40 }),
        (beats, seed, loops, picks) => {
          const c = loadFixture(generateScenario({ beats, seed, loops }));
          let run = startRun(c, { seed: 1, mode: 'coach' });
          const evs: MachineEvent[] = [];
          for (const p of picks) {
            const choices = availableChoices(c, run);
            const choice = choices[p % Math.max(1, choices.length)];
            if (!choice) break;
            evs.push({ type: 'trainee.choose', choiceId: choice.id });
            const r = applyStep(c, run, { kind: 'choice', beatId: run.beatId, choiceId: choice.id });
            if (!r.ok) throw new Error(r.error.code);
            run = r.value;
          }
          walk(c, evs);
        },
      ),
      { seed: 20261122, numRuns: 30 },
    );
  });
});
