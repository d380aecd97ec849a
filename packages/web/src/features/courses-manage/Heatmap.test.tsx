import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import type { CourseStep, Heatmap as HeatmapData } from './courseTypes';
import { Heatmap } from './Heatmap';
import { manageKeys } from './manageQueries';

const step: CourseStep = {
  id: 's1',
  kind: 'scenario',
  title: 'First contact',
  scenarioId: 'first-contact',
  scenarioVersion: '1.0.0',
  mode: 'assessment',
  passRule: null,
  dueAt: null,
};

function renderHeat(data: HeatmapData) {
  return renderWithApp(<Heatmap orgId="o1" cohortId="k1" step={step} />, '/', (qc) =>
    qc.setQueryData(manageKeys.heatmap('o1', 'k1', 's1'), data),
  );
}

const head = { step: { id: 's1', title: 'First contact', scenarioId: 'first-contact', version: '1.0.0' } };

describe('Heatmap', () => {
  it('says it is shown only for 3 or more trainees while the group is smaller', () => {
    renderHeat({
      ...head,
      shown: false,
      reason: 'Two trainees have an attempt.',
      trainees: 2,
      decisions: [],
    });
    expect(screen.getByText(/Shown only for groups of 3 or more trainees/).textContent).toContain(
      '2 trainees have an attempt so far',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('labels every cell with its verdict in words, and hides a decision fewer than 3 reached', () => {
    renderHeat({
      ...head,
      shown: true,
      trainees: 3,
      decisions: [
        {
          beatId: 'b1',
          label: 'The first call',
          reached: 3,
          hidden: false,
          best: 1,
          acceptable: 0,
          harmful: 2,
          mostCommonHarmful: { choiceId: 'c', text: 'Ask for her papers.', count: 2 },
        },
        {
          beatId: 'b2',
          label: 'The follow-up',
          reached: 1,
          hidden: true,
          best: null,
          acceptable: null,
          harmful: null,
          mostCommonHarmful: null,
        },
      ],
    });
    const first = screen.getByRole('row', { name: /The first call/ });
    expect([...first.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '3',
      '✓ Best: 1 of 3',
      '◐ Acceptable: 0 of 3',
      '✕ Harmful: 2 of 3',
      '“Ask for her papers.” (2)',
    ]);
    expect(first.querySelector('.cm-heat--harmful')).toBeTruthy();
    expect(screen.getByRole('row', { name: /The follow-up/ }).textContent).toContain(
      'Fewer than 3 trainees reached this decision',
    );
  });
});
