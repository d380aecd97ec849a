import { describe, expect, it } from 'vitest';
import { generateScenario } from '../fixtures/generate';
import { loadFixture } from '../fixtures/load';
import { analyze } from './analyze';
import { computeBounds } from './bounds';
import { scc } from './scc';

const base = {
  id: 'loop',
  version: '1.0.0',
  title: 'Loop',
  summary: 'A hub with a topic to come back from.',
  trainee: 'advocate',
  estimatedMinutes: 1,
  contentNotes: ['none'],
  objectives: ['test'],
  cast: { sam: { name: 'Sam', role: 'survivor' } },
  start: 'hub',
  endings: { end: { title: 'End', outcome: 'positive', debrief: 'x' } },
};
const choice = (id: string, next: string, evidence: Record<string, number>) => ({
  id,
  text: id,
  verdict: 'best',
  feedback: 'x',
  sources: ['s'],
  evidence,
  next,
});

describe('scc', () => {
  it('groups cycles and lists a component after every one it reaches', () => {
    // 0 -> 1 -> 2 -> 1, 2 -> 3
    const { comp, count } = scc(4, [[1], [2], [1, 3], []]);
    expect(count).toBe(3);
    expect(comp[1]).toBe(comp[2]);
    expect(comp[3]).toBeLessThan(comp[1] ?? 0);
    expect(comp[1]).toBeLessThan(comp[0] ?? 0);
  });
  it('handles a long chain without recursion', () => {
    const n = 50_000;
    const succ = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
    expect(scc(n, succ).count).toBe(n);
  });
});

describe('computeBounds', () => {
  it('is exact without cycles: the generated best path is the maximum', () => {
    const c = loadFixture(generateScenario({ beats: 8, seed: 4 }));
    // Each of 8 beats gives +2 on the best path to one of 4 competencies (two beats each).
    for (const k of ['safety', 'trust', 'voice', 'language-access']) expect(c.bounds[k]?.max).toBe(4);
  });
  it('bounds a loop: each distinct move inside it counts once, in its own direction', () => {
    const c = loadFixture({
      ...base,
      phases: {
        talk: {
          title: 'Talk',
          beats: {
            hub: { choices: [choice('ask', 'topic', { voice: 1 }), choice('leave', 'end', { safety: 1 })] },
            topic: { choices: [choice('back', 'hub', { trust: 2, voice: -1 })] },
          },
        },
      },
    });
    expect(c.graph.nodes.length).toBe(3);
    // The hub-topic loop holds ask (+1 voice) and back (+2 trust, -1 voice).
    expect(c.bounds).toEqual({
      voice: { min: -1, max: 1 },
      trust: { min: 0, max: 2 },
      safety: { min: 1, max: 1 },
    });
    const r = computeBounds(c, c.graph, ['voice'], 500);
    expect(r.loopMoves).toEqual([
      { beatId: 'hub', choiceId: 'ask' },
      { beatId: 'topic', choiceId: 'back' },
    ]);
    expect(r.pathCount).toBe(500);
    expect(
      analyze(c)
        .problems.filter((p) => p.rule === 'evidence-in-loop')
        .map((p) => p.path.join('.')),
    ).toEqual(['phases.talk.beats.hub.choices.0', 'phases.talk.beats.topic.choices.0']);
    expect(r.pathCountCapped).toBe(true);
  });
  it('counts the paths of a loop-free graph exactly', () => {
    const c = loadFixture({
      ...base,
      phases: {
        talk: {
          title: 'Talk',
          beats: {
            hub: { choices: [choice('a', 'mid', {}), choice('b', 'mid', {}), choice('c', 'end', {})] },
            mid: { choices: [choice('x', 'end', {}), choice('y', 'end', {})] },
          },
        },
      },
    });
    const r = computeBounds(c, c.graph, []);
    expect(r.pathCount).toBe(5);
    expect(r.pathCountCapped).toBe(false);
  });
});
