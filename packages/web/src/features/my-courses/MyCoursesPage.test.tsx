import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { MyCoursesPage } from './MyCoursesPage';
import type { MyCourse, MyStep } from './myCourseTypes';

const step = (over: Partial<MyStep>): MyStep => ({
  id: 's1',
  position: 0,
  kind: 'scenario',
  title: 'First contact',
  scenarioId: 'first-contact',
  scenarioTitle: 'First contact',
  version: '1.0.0',
  mode: 'practice',
  passRule: null,
  dueAt: null,
  status: 'not_started',
  overdue: false,
  next: false,
  markedAt: null,
  attempts: [],
  ...over,
});

const course: MyCourse = {
  course: { id: 'c1', title: 'Onboarding', description: '', attemptRule: 'best' },
  cohort: { id: 'k1', name: 'Winter' },
  organisation: { id: 'o1', name: 'Harbor Advocates' },
  started: true,
  completed: false,
  passed: false,
  completedAt: null,
  steps: [
    step({
      status: 'passed',
      attempts: [
        {
          runId: 'r1',
          status: 'ended',
          startedAt: '2026-12-01T10:00:00.000Z',
          finishedAt: '2026-12-01T10:10:00.000Z',
          score: 88,
          criticalError: false,
          passed: true,
          counted: true,
          scenarioVersion: '1.0.0',
          debriefPath: '/api/me/courses/c1/attempts/r1/debrief',
        },
      ],
    }),
    step({
      id: 's2',
      position: 1,
      title: 'Through an interpreter',
      mode: 'assessment',
      next: true,
      dueAt: '2026-12-20T23:59:59.000Z',
      overdue: true,
    }),
  ],
};

describe('MyCoursesPage', () => {
  it('shows what is done, what is next, attempts with debrief links, and a start button', () => {
    renderWithApp(<MyCoursesPage />, '/my/courses', (qc) =>
      qc.setQueryData(['me', 'courses'], { courses: [course] }),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Onboarding' })).toBeTruthy();
    const [done, next] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('mc-step'));
    expect(within(done as HTMLElement).getByText('Done · passed')).toBeTruthy();
    expect(done?.textContent).toContain('Attempt 1 (2026-12-01): Score 88, passed · this one counts');
    expect(
      within(done as HTMLElement)
        .getByRole('link', { name: 'Debrief of attempt 1' })
        .getAttribute('href'),
    ).toBe('/my/courses/c1/attempts/r1/debrief');
    expect(within(done as HTMLElement).queryByRole('button')).toBeNull();
    expect(next?.textContent).toContain('Next · Not started · assessment · due 2026-12-20 · overdue');
    expect(within(next as HTMLElement).getByRole('button', { name: 'Start step 2' })).toBeTruthy();
  });
});
