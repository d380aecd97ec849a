import type { QueryClient } from '@tanstack/react-query';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { langAt } from '../../lib/contentLang';
import { keys } from '../../lib/queries';
import { report, sources } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';

const withSources = (qc: QueryClient) => qc.setQueryData(keys.sources('en'), sources);

import { Debrief } from './Debrief';

describe('Debrief', () => {
  it('shows the ending reached and what it means', () => {
    renderWithApp(<Debrief report={report} />, '/', withSources);
    expect(screen.getByRole('heading', { name: 'Ending: Rosa stays' })).toBeTruthy();
    expect(screen.getByText('A difficult ending')).toBeTruthy();
    expect(screen.getByText(/never had a moment alone/)).toBeTruthy();
  });

  it('in assessment mode says not passed, why, and names the critical error', () => {
    renderWithApp(<Debrief report={report} />, '/', withSources);
    expect(screen.getByText('Not passed')).toBeTruthy();
    expect(
      screen.getByText(
        'Not passed because the score is below the pass mark of 80, a critical error was made and the conversation ended badly for her (read the ending above).',
      ),
    ).toBeTruthy();
    const critical = screen.getByRole('heading', { name: 'Critical error' }).parentElement;
    expect(critical?.textContent).toContain('Thank you, Rosa, please go ahead.');
  });

  it('says passed when the report passed', () => {
    renderWithApp(
      <Debrief report={{ ...report, passed: true, overall: 100, criticalErrors: [] }} />,
      '/',
      withSources,
    );
    expect(screen.getByText('Passed')).toBeTruthy();
    expect(
      screen.getByText('You reached the pass mark of 80 with no critical errors and a good ending.'),
    ).toBeTruthy();
  });

  it('says a negative ending is why a high score did not pass', () => {
    const ending = {
      id: 'door-closed',
      title: 'No call comes',
      outcome: 'negative' as const,
      debrief: 'She never calls.',
    };
    renderWithApp(
      <Debrief report={{ ...report, passed: false, overall: 91, criticalErrors: [], ending }} />,
      '/',
      withSources,
    );
    expect(
      screen.getByText('Not passed because the conversation ended badly for her (read the ending above).'),
    ).toBeTruthy();
  });

  it('draws the competency scores as labelled bars and gives the same numbers in a table', () => {
    renderWithApp(<Debrief report={report} />, '/', withSources);
    const bars = [...document.querySelectorAll('.chart__row')].map((row) => [
      row.querySelector('.chart__label')?.textContent,
      (row.querySelector('.chart__bar') as HTMLElement | null)?.style.width,
      row.querySelector('.chart__value')?.textContent,
    ]);
    expect(bars).toEqual([
      ['Language access', '25%', '25'],
      ['Safety first', '60%', '60'],
    ]);
    const table = screen.getByRole('table', { name: 'Competency scores' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Language access', '25', '1 (-2 to 10)', '1'],
      ['Safety first', '60', '3 (0 to 5)', '2'],
    ]);
  });

  it('lists each decision with the choice, verdict, why, the best alternative, sources and what was tried before', () => {
    renderWithApp(<Debrief report={report} />, '/', withSources);
    const item = screen.getByRole('heading', { name: 'Decision 1: Arrival' }).parentElement as HTMLElement;
    expect(item.textContent).toContain('You chose: Thank you, Rosa, please go ahead.');
    expect(item.textContent).toContain('✕ Harmful · critical error');
    expect(within(item).getByRole('blockquote').textContent).toBe(
      'We meet everyone alone for part of the visit.',
    );
    expect(item.textContent).toContain('A universal policy separates them without accusing anyone.');
    expect(within(item).getByRole('link', { name: 'interp-3' }).getAttribute('href')).toBe(
      '/sources#source-interp-3',
    );
    expect(item.textContent).toContain(
      'Tried before rewinding:Offer them both a glass of water. (◐ Acceptable)',
    );
  });

  it('offers "Try a different path" per decision only when rewinding is allowed', () => {
    const onRewind = vi.fn();
    const { rerender } = renderWithApp(<Debrief report={report} />, '/', withSources);
    expect(screen.queryByRole('button', { name: /Try a different path/ })).toBeNull();
    rerender(<Debrief report={{ ...report, mode: 'practice' }} onRewind={onRewind} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try a different path from decision 1' }));
    expect(onRewind).toHaveBeenCalledWith(0);
  });

  it('explains an early exit instead of an ending', () => {
    renderWithApp(<Debrief report={{ ...report, status: 'exited', ending: undefined }} />, '/', withSources);
    expect(screen.getByRole('heading', { name: 'You ended the conversation early' })).toBeTruthy();
  });

  it('marks each text with the run’s language, English where the answer lists it, and competency names English', () => {
    const textLang = langAt({ lang: 'es', inEnglish: ['ending.debrief', 'decisions.0.feedback'] });
    renderWithApp(<Debrief report={report} textLang={textLang} />, '/', withSources);
    expect(
      screen
        .getByRole('heading', { name: 'Ending: Rosa stays' })
        .querySelector('[lang]')
        ?.getAttribute('lang'),
    ).toBe('es');
    expect(screen.getByText(/never had a moment alone/).getAttribute('lang')).toBe('en');
    const first = document.querySelector('.timeline__item');
    expect(first?.querySelector('.timeline__label + span')?.getAttribute('lang')).toBe('es');
    const table = screen.getByRole('table');
    for (const th of within(table).getAllByRole('rowheader')) expect(th.getAttribute('lang')).toBe('en');
  });
});
