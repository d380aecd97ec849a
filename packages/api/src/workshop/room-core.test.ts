import { applyStep, compileScenario, type RunState, ScenarioSchema, startRun } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { fixtureRubric, fixtureScenario } from '../testing/fixture-scenario';
import {
  applyCommand,
  bestOffered,
  checkRoomLanguage,
  checkVote,
  type RoomState,
  roomDebrief,
  tally,
} from './room-core';
import {
  initialRoomMachine,
  phaseOf,
  type RoomCommand,
  type RoomSnapshot,
  roomMachine,
} from './room-machine';

// The fixture: greet (ask: best, push: harmful, wait: acceptable) → close (offer: best → door-open,
// decide: harmful → door-closed). A copy marks `close` with a content note, so it may be skipped.
const compiled = compileScenario(fixtureScenario, fixtureRubric);
const noted = compileScenario(
  ScenarioSchema.parse({
    ...fixtureScenario,
    phases: {
      opening: {
        ...fixtureScenario.phases.opening,
        beats: {
          ...fixtureScenario.phases.opening?.beats,
          close: { ...fixtureScenario.phases.opening?.beats.close, contentNote: 'She describes a threat.' },
        },
      },
    },
  }),
  fixtureRubric,
);

function machineAfter(...types: RoomCommand['type'][]): RoomSnapshot {
  let s = initialRoomMachine();
  for (const type of types) [s] = transition(roomMachine, s, { type } as RoomCommand);
  return s;
}

function room(machine: RoomSnapshot, state?: RunState, scenario = compiled): RoomState {
  return { machine, compiled: scenario, state: state ?? startRun(scenario, { seed: 1, mode: 'practice' }) };
}

/** Applies commands in order, carrying the outcome on as the service does once it has stored it. */
function play(start: RoomState, ...commands: RoomCommand[]): RoomState {
  let current = start;
  for (const command of commands) {
    const r = applyCommand(current, command);
    if (!r.ok) throw new Error(`${command.type}: ${r.error.code}`);
    const step = r.value.steps[current.state.steps.length];
    let state = current.state;
    if (step) {
      const next = applyStep(current.compiled, state, step);
      if (!next.ok) throw new Error(next.error.message);
      state = next.value;
    }
    current = { ...current, machine: r.value.machine, state };
  }
  return current;
}

describe('tally', () => {
  it('counts votes per choice and leaves out choices nobody voted for', () => {
    expect(tally([{ choiceId: 'ask' }, { choiceId: 'wait' }, { choiceId: 'ask' }])).toEqual({
      ask: 2,
      wait: 1,
    });
    expect(tally([])).toEqual({});
  });
});

describe('bestOffered', () => {
  it('takes the best option on offer', () => {
    expect(bestOffered(compiled, startRun(compiled, { seed: 1, mode: 'practice' }))).toEqual({
      ok: true,
      value: 'ask',
    });
  });
});

describe('applyCommand', () => {
  it('refuses a command the phase does not allow, naming the phase', () => {
    const r = applyCommand(room(initialRoomMachine()), { type: 'reveal' });
    expect(r).toMatchObject({ ok: false, error: { code: 'illegal_command', phase: 'lobby' } });
    if (!r.ok) expect(r.error.message).toContain('Close the vote before revealing the spread.');
  });

  it('moves the lifecycle without touching the scenario for a plain command', () => {
    const r = applyCommand(room(initialRoomMachine()), { type: 'start' });
    expect(r).toMatchObject({ ok: true, value: { phase: 'presenting', steps: [], decision: undefined } });
  });

  it('commits a choice: the scenario moves on and the decision is recorded', () => {
    const r = applyCommand(room(machineAfter('start', 'open-vote', 'close-vote')), {
      type: 'commit',
      choiceId: 'push',
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        phase: 'presenting',
        steps: [{ kind: 'choice', beatId: 'greet', choiceId: 'push' }],
        decision: { beatId: 'greet', choiceId: 'push', skipped: false },
      },
    });
  });

  it('refuses a commit of a choice that is not on offer, in the engine code', () => {
    const r = applyCommand(room(machineAfter('start', 'open-vote', 'close-vote')), {
      type: 'commit',
      choiceId: 'offer',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'choice_not_available' } });
  });

  it('finishes the room when the commit reaches an ending', () => {
    const first = play(
      room(machineAfter('start')),
      { type: 'open-vote' },
      { type: 'close-vote' },
      {
        type: 'commit',
        choiceId: 'ask',
      },
    );
    expect(first.state.beatId).toBe('close');
    const last = applyCommand(play(first, { type: 'open-vote' }, { type: 'close-vote' }), {
      type: 'commit',
      choiceId: 'offer',
    });
    expect(last.ok && last.value.phase).toBe('finished');
  });

  it('skips only a beat with a content note, taking its best option', () => {
    const plain = applyCommand(room(machineAfter('start')), { type: 'skip' });
    expect(plain).toMatchObject({ ok: false, error: { code: 'skip_not_allowed' } });
    const atClose = play(
      room(machineAfter('start'), undefined, noted),
      { type: 'open-vote' },
      { type: 'close-vote' },
      {
        type: 'commit',
        choiceId: 'wait',
      },
    );
    // `wait` loops back to greet (no note); commit `ask` to reach the noted beat.
    const reached = play(
      atClose,
      { type: 'open-vote' },
      { type: 'close-vote' },
      { type: 'commit', choiceId: 'ask' },
    );
    expect(reached.state.beatId).toBe('close');
    const skipped = applyCommand(reached, { type: 'skip' });
    expect(skipped).toMatchObject({
      ok: true,
      value: { phase: 'finished', decision: { beatId: 'close', choiceId: 'offer', skipped: true } },
    });
  });
});

describe('checkVote', () => {
  it('accepts a vote only while voting is open and only for an option on screen', () => {
    expect(checkVote(room(machineAfter('start')), 'ask')).toMatchObject({
      ok: false,
      error: { code: 'vote_closed' },
    });
    const voting = room(machineAfter('start', 'open-vote'));
    expect(checkVote(voting, 'ask')).toEqual({ ok: true, value: undefined });
    expect(checkVote(voting, 'offer')).toMatchObject({ ok: false, error: { code: 'choice_not_available' } });
  });
});

describe('roomDebrief', () => {
  it("shows the room's path with the last round's spread, skipped beats and the best alternative", () => {
    const played = play(
      room(machineAfter('start')),
      { type: 'open-vote' },
      { type: 'close-vote' },
      {
        type: 'commit',
        choiceId: 'push',
      },
    );
    const debrief = roomDebrief({ id: 'r1', code: 'K7QHXA', scenarioId: 'tiny' }, played, [
      { skipped: false, rounds: 2, tally: { ask: 2, push: 1 } },
    ]);
    expect(debrief.room).toEqual({
      id: 'r1',
      code: 'K7QHXA',
      scenario: { id: 'tiny', title: 'A tiny conversation' },
    });
    expect(debrief.ended).toBe(false);
    expect(debrief.decisions).toHaveLength(1);
    expect(debrief.decisions[0]).toMatchObject({
      index: 1,
      chosen: { id: 'push' },
      verdict: 'harmful',
      skipped: false,
      rounds: 2,
      votes: 3,
      best: { id: 'ask' },
      spread: [
        { choiceId: 'ask', text: 'Would you like to talk somewhere private?', count: 2 },
        { choiceId: 'push', text: 'Tell me everything now.', count: 1 },
      ],
    });
    expect(debrief.competencies.map((c) => c.id)).toEqual(['safety', 'choice']);
  });
});

it('keeps phaseOf in step with the machine for every outcome', () => {
  const r = applyCommand(room(machineAfter('start', 'open-vote')), { type: 'close-vote' });
  expect(r.ok && phaseOf(r.value.machine)).toBe('closed');
});

describe('checkRoomLanguage', () => {
  it('allows a language the scenario is offered in and names the offered ones otherwise', () => {
    expect(checkRoomLanguage('talk', ['en', 'es'], 'es')).toEqual({ ok: true, value: 'es' });
    const refused = checkRoomLanguage('talk', ['en'], 'es');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('language_not_available');
      expect(refused.error.message).toContain('Use lang one of: en');
    }
  });
});
