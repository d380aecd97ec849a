import { describe, expect, it } from 'vitest';
import { harmfulFeedback, nextView, runResponse, view } from '../../test/fixtures';
import { appendChoice } from './appendChoice';

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
});
