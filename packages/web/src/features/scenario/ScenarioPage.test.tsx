import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keys } from '../../lib/queries';
import { scenarioDetail } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ScenarioPage } from './ScenarioPage';

describe('ScenarioPage', () => {
  it('shows objectives, the trainee role, who is in the room and the content notes', () => {
    renderWithApp(<ScenarioPage params={{ id: scenarioDetail.id }} />, '/', (qc) =>
      qc.setQueryData(keys.scenario(scenarioDetail.id), scenarioDetail),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Through an interpreter' })).toBeTruthy();
    const main = document.body.textContent ?? '';
    for (const o of scenarioDetail.objectives) expect(main).toContain(o);
    expect(screen.getByText('Your role').nextElementSibling?.textContent).toBe('community-based advocate');
    expect(main).toContain('Ixchel (survivor): Speaks Mam');
    expect(main).toContain('Content notes: labor exploitation');
    expect(screen.getByText('To pass an assessment').nextElementSibling?.textContent).toBe(
      'A score of 80 or more, and no critical errors',
    );
  });

  it('explains the three modes in plain words, each with its own Start button', () => {
    renderWithApp(<ScenarioPage params={{ id: scenarioDetail.id }} />, '/', (qc) =>
      qc.setQueryData(keys.scenario(scenarioDetail.id), scenarioDetail),
    );
    const modes = screen.getAllByRole('region').filter((r) => r.classList.contains('mode'));
    expect(modes.map((m) => m.querySelector('h3')?.textContent)).toEqual([
      'Coach: Feedback after each choice',
      'Practice: Feedback at the end',
      'Assessment: No second tries, pass or fail',
    ]);
    expect(modes[0]?.textContent).toContain('try another response');
    expect(modes[2]?.textContent).toContain('critical errors that fail the run');
    for (const mode of ['coach', 'practice', 'assessment'])
      expect(screen.getByRole('button', { name: `Start in ${mode} mode` })).toBeTruthy();
  });
});
