import { describe, expect, it } from 'vitest';
import { harmfulFeedback, nextView, runResponse, view } from '../../test/fixtures';
import { appendChoice, withView } from './appendChoice';

const step = { kind: 'choice' as const, beatId: 'arrival', choiceId: 'universal-policy', seq: 1 };

describe('appendChoice', () => {
  const choice = view.choices[0] ?? { id: 'x', text: 'x', action: false };

  it("appends the trainee's words, then the reactions and new lines, and takes the new view and feedback", () => {
    const next = appendChoice(runResponse, choice, { view: nextView, step, feedback: harmfulFeedback });
    expect(next.transcript).toEqual([
      ...view.lines,
      { kind: 'trainee', text: choice.text },
      ...nextView.lines,
    ]);
    expect(next.view).toBe(nextView);
    expect(next.feedback).toBe(harmfulFeedback);
    expect(next.run.status).toBe('active');
  });

  it("does not repeat the trainee's words when the server already sent them", () => {
    const echoed = { ...nextView, lines: [{ kind: 'trainee' as const, text: 'Said.' }, ...nextView.lines] };
    const next = appendChoice(runResponse, choice, { view: echoed, step });
    expect(next.transcript.filter((l) => l.kind === 'trainee')).toHaveLength(1);
  });

  it('marks the run ended when the view has ended', () => {
    const next = appendChoice(runResponse, choice, { view: { ...nextView, ended: true }, step });
    expect(next.run.status).toBe('ended');
  });

  it('moves the texts still in English with their lines, for a run in another language', () => {
    const spanish = {
      ...runResponse,
      lang: 'es',
      inEnglish: ['transcript.0.text', 'view.choices.0.text', 'view.lines.0.text'],
    };
    const next = appendChoice(spanish, choice, {
      view: nextView,
      step,
      lang: 'es',
      inEnglish: ['view.lines.1.text', 'view.choices.2.text', 'feedback.text'],
    });
    const at = view.lines.length;
    expect(next.lang).toBe('es');
    expect(next.inEnglish?.sort()).toEqual(
      [
        'transcript.0.text',
        `transcript.${at}.text`, // the trainee's own words: the option was in English
        `transcript.${at + 2}.text`,
        'view.lines.1.text',
        'view.choices.2.text',
        'feedback.text',
      ].sort(),
    );
  });

  it('leaves an English run without language fields', () => {
    const next = appendChoice(runResponse, choice, { view: nextView, step });
    expect('inEnglish' in next).toBe(false);
  });
});

describe('withView', () => {
  it('keeps the transcript’s English texts and takes the new view’s', () => {
    const spanish = { ...runResponse, lang: 'es', inEnglish: ['transcript.1.text', 'view.choices.0.text'] };
    const next = withView(spanish, nextView, ['view.choices.1.text']);
    expect(next.inEnglish).toEqual(['transcript.1.text', 'view.choices.1.text']);
    expect(next.feedback).toBeUndefined();
  });
});
