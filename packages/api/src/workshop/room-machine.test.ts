import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import {
  initialRoomMachine,
  persistRoomMachine,
  phaseOf,
  type RoomCommand,
  restoreRoomMachine,
  roomMachine,
} from './room-machine';

function play(...commands: RoomCommand[]) {
  const actor = createActor(roomMachine).start();
  for (const command of commands) {
    if (!actor.getSnapshot().can(command))
      throw new Error(`illegal: ${command.type} in ${phaseOf(actor.getSnapshot())}`);
    actor.send(command);
  }
  return actor.getSnapshot();
}

describe('roomMachine', () => {
  it('walks a decision: open, close, reveal, feedback, commit', () => {
    const s = play(
      { type: 'start' },
      { type: 'open-vote' },
      { type: 'close-vote' },
      { type: 'reveal' },
      { type: 'show-feedback' },
    );
    expect(phaseOf(s)).toBe('revealed');
    expect(s.context).toEqual({ round: 1, feedbackShown: true });
    const after = createActor(roomMachine, { snapshot: s }).start();
    after.send({ type: 'commit', choiceId: 'x' });
    expect(phaseOf(after.getSnapshot())).toBe('presenting');
  });

  it('refuses reveal before voting and vote commands out of order', () => {
    const lobby = play();
    expect(lobby.can({ type: 'reveal' })).toBe(false);
    const presenting = play({ type: 'start' });
    expect(presenting.can({ type: 'reveal' })).toBe(false);
    expect(presenting.can({ type: 'close-vote' })).toBe(false);
    expect(presenting.can({ type: 'commit', choiceId: 'x' })).toBe(false);
    const voting = play({ type: 'start' }, { type: 'open-vote' });
    expect(voting.can({ type: 'commit', choiceId: 'x' })).toBe(false);
    expect(voting.can({ type: 'open-vote' })).toBe(false);
  });

  it('starts a new round on a re-vote', () => {
    const s = play(
      { type: 'start' },
      { type: 'open-vote' },
      { type: 'close-vote' },
      { type: 'reveal' },
      { type: 'revote' },
    );
    expect(phaseOf(s)).toBe('voting');
    expect(s.context.round).toBe(2);
  });

  it('returns to the same phase after pause and resume (history)', () => {
    const s = play({ type: 'start' }, { type: 'open-vote' }, { type: 'close-vote' }, { type: 'pause' });
    expect(phaseOf(s)).toBe('paused');
    expect(s.can({ type: 'reveal' })).toBe(false);
    const resumed = createActor(roomMachine, { snapshot: s }).start();
    resumed.send({ type: 'resume' });
    expect(phaseOf(resumed.getSnapshot())).toBe('closed');
  });

  it('survives a JSON round trip of its persisted snapshot', () => {
    const actor = createActor(roomMachine).start();
    actor.send({ type: 'start' });
    actor.send({ type: 'open-vote' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(roomMachine, { snapshot: saved }).start();
    expect(phaseOf(restored.getSnapshot())).toBe('voting');
    expect(restored.getSnapshot().can({ type: 'close-vote' })).toBe(true);
  });

  it('ends from anywhere and accepts nothing after', () => {
    const s = play({ type: 'start' }, { type: 'open-vote' }, { type: 'end' });
    expect(phaseOf(s)).toBe('ended');
    expect(s.can({ type: 'start' })).toBe(false);
    expect(s.can({ type: 'resume' })).toBe(false);
  });

  it('restores a stored snapshot without an actor, history included, as the room service does', () => {
    let s = initialRoomMachine();
    for (const type of ['start', 'open-vote', 'close-vote', 'pause'] as const)
      [s] = transition(roomMachine, s, { type });
    const restored = restoreRoomMachine(JSON.parse(JSON.stringify(persistRoomMachine(s))));
    expect(phaseOf(restored)).toBe('paused');
    expect(restored.context).toEqual({ round: 1, feedbackShown: false });
    const [resumed] = transition(roomMachine, restored, { type: 'resume' });
    expect(phaseOf(resumed)).toBe('closed');
  });

  it('restores what an actor persisted (rooms stored before the pure service)', () => {
    const actor = createActor(roomMachine).start();
    for (const type of ['start', 'open-vote', 'close-vote', 'pause'] as const) actor.send({ type });
    const restored = restoreRoomMachine(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
    expect(phaseOf(transition(roomMachine, restored, { type: 'resume' })[0])).toBe('closed');
    const [ended] = transition(roomMachine, restored, { type: 'end' });
    expect(restoreRoomMachine(persistRoomMachine(ended)).status).toBe('done');
  });
});
