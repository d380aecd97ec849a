import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import { langAt } from '../../lib/contentLang';
import { endedView, harmfulFeedback, nextView, run, view } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { Player, type PlayerProps } from './Player';

function renderPlayer(overrides: Partial<PlayerProps> = {}) {
  const onChoose = vi.fn();
  const props: PlayerProps = {
    run,
    view,
    transcript: view.lines,
    scenarioTitle: 'Through an interpreter',
    survivorName: 'Ixchel',
    pending: false,
    paused: false,
    onChoose,
    ...overrides,
  };
  const utils = renderWithApp(<Player {...props} />);
  return { ...utils, onChoose, props };
}

describe('Player', () => {
  it('shows the conversation as a log with speakers named in text and cues set apart for screen readers', () => {
    renderPlayer();
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(log.textContent).toContain('Rosa (companion): I translate for my cousin.');
    expect(log.textContent).toContain('Ixchel, non-verbal: She keeps her eyes on the floor.');
    expect(log.textContent).toContain('Narration: A woman comes into the office');
    expect(log.querySelector('.line--cue')).not.toBeNull();
  });

  it('shows a time skip as a divider line', () => {
    renderPlayer({ view: nextView, transcript: nextView.lines });
    const skip = screen.getByRole('log').querySelector('.line--time-skip');
    expect(skip?.textContent).toBe('Time passes: Ten minutes later');
  });

  it('offers the choices as numbered buttons outside the log', () => {
    const { onChoose } = renderPlayer();
    const log = screen.getByRole('log');
    const buttons = screen.getAllByRole('button', { name: /./ }).filter((b) => b.dataset.choiceId);
    expect(buttons.map((b) => b.dataset.choiceId)).toEqual([
      'universal-policy',
      'let-rosa-interpret',
      'offer-water',
    ]);
    for (const b of buttons) expect(log.contains(b)).toBe(false);
    expect(buttons[2]?.textContent).toContain('Action: Offer them both a glass of water.');
    expect(buttons[0]?.getAttribute('aria-keyshortcuts')).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: /We meet everyone alone/ }));
    expect(onChoose).toHaveBeenCalledWith(view.choices[0]);
  });

  it('takes a choice from its number key, but not while typing, paused or pending', () => {
    const { onChoose, rerender, props } = renderPlayer();
    fireEvent.keyDown(document.body, { key: '2' });
    expect(onChoose).toHaveBeenLastCalledWith(view.choices[1]);
    fireEvent.keyDown(document.body, { key: '7' });
    fireEvent.keyDown(document.body, { key: '1', ctrlKey: true });
    expect(onChoose).toHaveBeenCalledTimes(1);
    rerender(<Player {...props} paused />);
    fireEvent.keyDown(document.body, { key: '1' });
    expect(onChoose).toHaveBeenCalledTimes(1);
    for (const b of screen.getAllByRole('button').filter((b) => b.dataset.choiceId))
      expect(b).toHaveProperty('disabled', true);
  });

  it('ignores number keys typed into a field', () => {
    const { onChoose, props } = renderPlayer();
    const { getByLabelText } = renderWithApp(
      <label>
        Notes
        <input />
      </label>,
    );
    fireEvent.keyDown(getByLabelText('Notes'), { key: '1' });
    expect(onChoose).not.toHaveBeenCalled();
    expect(props.view.choices.length).toBeGreaterThan(0);
  });

  it('in coach mode shows the feedback panel and the affect panel in words', () => {
    const onTryAnother = vi.fn();
    renderPlayer({ feedback: harmfulFeedback, onTryAnother });
    const feedback = screen.getByRole('region', { name: 'Coaching on your last response' });
    expect(within(feedback).getByText(/Harmful/)).toBeTruthy();
    fireEvent.click(within(feedback).getByRole('button', { name: /Try another response/ }));
    expect(onTryAnother).toHaveBeenCalledOnce();
    const affect = screen.getByText('What might Ixchel be feeling?');
    expect(affect.closest('details')?.textContent).toContain('Guarded: she answers briefly');
  });

  it('hides the affect panel outside coach mode', () => {
    renderPlayer({ run: { ...run, mode: 'practice' } });
    expect(screen.queryByText(/What might .* be feeling/)).toBeNull();
  });

  it("after a choice focuses the heading of the newest lines, which come after the trainee's words", () => {
    const transcript = [
      ...view.lines,
      { kind: 'trainee' as const, text: 'We meet everyone alone.' },
      ...nextView.lines,
    ];
    const { rerender, props } = renderPlayer({ view: nextView, transcript, newFrom: view.lines.length });
    act(() =>
      rerender(
        <Player
          {...props}
          view={nextView}
          transcript={transcript}
          newFrom={view.lines.length}
          focus={{ target: 'latest', seq: 1 }}
        />,
      ),
    );
    const latest = screen.getByRole('heading', { name: 'Latest' });
    expect(document.activeElement).toBe(latest);
    const fresh = [...screen.getByRole('log').querySelectorAll('.line-wrap--new')].map((n) => n.textContent);
    expect(fresh[0]).toContain('You: We meet everyone alone.');
    expect(fresh).toHaveLength(1 + nextView.lines.length);
  });

  it('at the end shows the ending and a way to the debrief instead of choices', () => {
    renderPlayer({ view: endedView, transcript: endedView.lines });
    expect(
      screen.getByRole('heading', { name: 'The conversation has ended: The door stays open' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See your debrief' }).getAttribute('href')).toBe(
      '/runs/run-1/debrief',
    );
    expect(screen.queryByRole('heading', { name: 'What do you say or do?' })).toBeNull();
  });

  describe('a run in Spanish', () => {
    afterEach(async () => {
      await act(() => setLanguage('en'));
    });
    const spanishView = {
      ...view,
      lines: [
        { kind: 'narration' as const, text: 'Una mujer entra a la oficina con otra mujer.' },
        view.lines[1] ?? { kind: 'narration' as const, text: '' },
      ],
      choices: [
        { id: 'universal-policy', text: 'Con todas las personas hablamos a solas una parte.', action: false },
        { id: 'let-rosa-interpret', text: 'Thank you, Rosa, please go ahead.', action: false },
      ],
    };
    const textLang = langAt({
      lang: 'es',
      inEnglish: ['transcript.1.text', 'view.choices.1.text', 'view.affect.describe'],
    });
    const spanishRun = { ...run, lang: 'es' };

    it('marks its texts lang="es" and the untranslated ones lang="en", and says it stays in Spanish', () => {
      renderPlayer({
        run: spanishRun,
        view: spanishView,
        transcript: spanishView.lines,
        runLanguage: 'es',
        textLang,
        partlyEnglish: true,
      });
      const texts = [...screen.getByRole('log').querySelectorAll('.line__text')];
      expect(texts.map((n) => n.getAttribute('lang'))).toEqual(['es', 'en']);
      const options = [...document.querySelectorAll('button[data-choice-id] [lang]')];
      expect(options.map((n) => [n.textContent, n.getAttribute('lang')])).toEqual([
        ['Con todas las personas hablamos a solas una parte.', 'es'],
        ['Thank you, Rosa, please go ahead.', 'en'],
      ]);
      expect(screen.getByText(/Guarded/).getAttribute('lang')).toBe('en');
      const note = document.querySelector('[data-run-lang]');
      expect(note?.getAttribute('data-run-lang')).toBe('es');
      expect(note?.textContent).toContain('Conversation in Spanish');
      expect(note?.textContent).toContain('This conversation stays in Spanish');
      expect(note?.textContent).toContain('Some texts are not translated into Spanish yet');
      // The role is in words of the interface.
      expect(screen.getByRole('log').textContent).toContain('Rosa (companion):');
    });

    it('in a Spanish interface names the language in Spanish and drops the "stays in" note', async () => {
      await act(() => setLanguage('es'));
      renderPlayer({
        run: spanishRun,
        view: spanishView,
        transcript: spanishView.lines,
        runLanguage: 'es',
        textLang,
      });
      const note = document.querySelector('[data-run-lang]');
      expect(note?.textContent).toBe('Conversación en español');
      expect(screen.getByRole('log').textContent).toContain('Rosa (acompañante):');
    });
  });
});
