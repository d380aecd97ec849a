import { describe, expect, it } from 'vitest';
import { struggleHeatmap, type TraineeChoices } from './struggle-heatmap';

const d = (beatId: string, choiceId: string, verdict: 'best' | 'acceptable' | 'harmful') => ({
  beatId,
  choiceId,
  verdict,
});

describe('struggleHeatmap', () => {
  const a: TraineeChoices = {
    traineeId: 'a',
    decisions: [d('arrival', 'greet', 'best'), d('door', 'push', 'harmful')],
  };
  const b: TraineeChoices = {
    traineeId: 'b',
    decisions: [d('arrival', 'greet', 'best'), d('door', 'push', 'harmful')],
  };
  const c: TraineeChoices = {
    traineeId: 'c',
    decisions: [d('arrival', 'wait', 'acceptable'), d('door', 'chase', 'harmful')],
  };

  it('shows nothing for fewer than 3 trainees', () => {
    expect(struggleHeatmap(['arrival', 'door'], [a, b])).toBeUndefined();
    expect(struggleHeatmap(['arrival'], [a, { ...a }, b])).toBeUndefined();
  });

  it('per decision: the spread of verdicts and the most common harmful choice', () => {
    expect(struggleHeatmap(['arrival', 'door'], [a, b, c])).toEqual([
      {
        beatId: 'arrival',
        reached: 3,
        spread: { best: 2, acceptable: 1, harmful: 0 },
        mostCommonHarmful: null,
      },
      {
        beatId: 'door',
        reached: 3,
        spread: { best: 0, acceptable: 0, harmful: 3 },
        mostCommonHarmful: { choiceId: 'push', count: 2 },
      },
    ]);
  });

  it('hides the counts of a decision fewer than 3 reached, and keeps unknown beats after the order', () => {
    const e: TraineeChoices = {
      traineeId: 'e',
      decisions: [d('arrival', 'greet', 'best'), d('side', 'x', 'harmful')],
    };
    const cells = struggleHeatmap(['arrival', 'never'], [a, b, e]);
    expect(cells?.map((x) => [x.beatId, x.reached, x.spread === null])).toEqual([
      ['arrival', 3, false],
      ['never', 0, true],
      ['door', 2, true],
      ['side', 1, true],
    ]);
    expect(cells?.[2]?.mostCommonHarmful).toBeNull();
  });
});
