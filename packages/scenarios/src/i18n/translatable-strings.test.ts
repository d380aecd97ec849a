import { describe, expect, it } from 'vitest';
import { talkScenario } from '../fixtures/talk';
import { sourceHash } from './source-hash';
import { translatableStrings } from './translatable-strings';

describe('translatableStrings', () => {
  it('lists every text a trainee sees with a structure-based id', () => {
    const ids = translatableStrings(talkScenario()).map((s) => s.id);
    expect(ids).toEqual([
      'meta.title',
      'meta.summary',
      'meta.trainee',
      'meta.contentNote.0',
      'meta.objective.0',
      'meta.objective.1',
      'cast.sam.name',
      'cast.sam.description',
      'affect.guarded.describe',
      'affect.open.describe',
      'session.first.title',
      'session.later.title',
      'session.later.timeSkip',
      'phase.opening.title',
      'beat.hello.title',
      'beat.hello.line.0.variant.0',
      'beat.hello.line.0.variant.1',
      'beat.hello.line.1',
      'beat.hello.choice.demand.text',
      'beat.hello.choice.demand.feedback',
      'beat.hello.choice.introduce.text',
      'beat.hello.choice.introduce.feedback',
      'beat.hello.choice.introduce.reaction.0',
      'phase.closing.title',
      'beat.bye.contentNote',
      'beat.bye.line.0',
      'beat.bye.choice.listen.text',
      'beat.bye.choice.listen.feedback',
      'beat.bye.choice.lecture.text',
      'beat.bye.choice.lecture.feedback',
      'beat.phone-rings.line.0',
      'beat.phone-rings.choice.wait.text',
      'beat.phone-rings.choice.wait.feedback',
      'ending.done.title',
      'ending.done.debrief',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each text the first 8 hex of the sha-256 of its English, and says who speaks where', () => {
    const line = translatableStrings(talkScenario()).find((s) => s.id === 'beat.bye.line.0');
    expect(line).toMatchObject({
      text: 'He keeps texting me.',
      source: sourceHash('He keeps texting me.'),
      path: ['phases', 'closing', 'beats', 'bye', 'lines', 0, 'text'],
    });
    expect(line?.source).toMatch(/^[0-9a-f]{8}$/);
    expect(line?.note).toContain('Sam (survivor) says');
    expect(line?.note).toContain('beat bye');
  });

  it('keeps choice ids when the options are reordered in the file', () => {
    const before = translatableStrings(talkScenario());
    const swapped = talkScenario((t) => {
      const start = t.indexOf('          - id: listen');
      const mid = t.indexOf('          - id: lecture');
      const end = t.indexOf('endings:');
      return t.slice(0, start) + t.slice(mid, end) + t.slice(start, mid) + t.slice(end);
    });
    const after = translatableStrings(swapped);
    expect(after.map((s) => s.id).sort()).toEqual(before.map((s) => s.id).sort());
    const text = (list: typeof before, id: string) => list.find((s) => s.id === id)?.text;
    expect(text(after, 'beat.bye.choice.listen.text')).toBe(text(before, 'beat.bye.choice.listen.text'));
  });

  it('changes the hash of a text, and only that one, when its English changes', () => {
    const before = translatableStrings(talkScenario());
    const after = translatableStrings(
      talkScenario((t) => t.replace('"He keeps texting me."', '"He texts me all day."')),
    );
    const changed = after.filter((s, i) => s.source !== before[i]?.source).map((s) => s.id);
    expect(changed).toEqual(['beat.bye.line.0']);
  });
});
