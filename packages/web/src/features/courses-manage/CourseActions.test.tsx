import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import type { Course, ProgressRow } from './courseTypes';
import { MoveVersion } from './MoveVersion';
import { WorkshopMarks } from './WorkshopMarks';

const course: Course = {
  id: 'c1',
  title: 'Onboarding',
  description: '',
  attemptPolicy: 'best',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  steps: [
    {
      id: 's1',
      kind: 'scenario',
      title: 'First contact',
      scenarioId: 'first-contact',
      scenarioVersion: '1.0.0',
      mode: 'practice',
      passRule: null,
      dueAt: null,
    },
    {
      id: 's2',
      kind: 'workshop',
      title: 'Role-play day',
      scenarioId: null,
      scenarioVersion: null,
      mode: null,
      passRule: null,
      dueAt: null,
    },
  ],
};

const row = (id: string, name: string, workshop: ProgressRow['steps'][number]['status']): ProgressRow => ({
  id,
  name,
  email: `${id}@example.org`,
  started: workshop !== 'not_started',
  completed: false,
  passed: false,
  score: null,
  competencies: {},
  criticalErrors: 0,
  timeSpentSeconds: 0,
  overdue: false,
  steps: [
    {
      stepId: 's1',
      status: 'not_started',
      passed: null,
      overdue: false,
      attempts: 0,
      countedRunId: null,
      score: null,
      criticalErrors: 0,
    },
    {
      stepId: 's2',
      status: workshop,
      passed: null,
      overdue: false,
      attempts: 0,
      countedRunId: null,
      score: null,
      criticalErrors: 0,
    },
  ],
});

describe('course actions', () => {
  it('offers to move a course with scenario steps to the newest versions, and nothing for workshop-only courses', () => {
    const { unmount } = renderWithApp(<MoveVersion orgId="o1" course={course} />);
    expect(screen.getByRole('button', { name: 'Move the course to the newest versions' })).toBeTruthy();
    unmount();
    const workshopOnly = { ...course, steps: course.steps.filter((s) => s.kind === 'workshop') };
    renderWithApp(<MoveVersion orgId="o1" course={workshopOnly} />);
    expect(screen.queryByRole('button', { name: 'Move the course to the newest versions' })).toBeNull();
  });

  it('marks a workshop step: one checkbox per trainee by name, those already marked shown and locked', () => {
    const step = course.steps[1];
    if (!step) throw new Error('fixture');
    renderWithApp(
      <WorkshopMarks
        orgId="o1"
        cohortId="k1"
        step={step}
        trainees={[row('u1', 'Tess Okafor', 'completed'), row('u2', 'Uma Reyes', 'not_started')]}
      />,
    );
    expect(screen.getByRole('group', { name: 'Who took part in Role-play day' })).toBeTruthy();
    const tess = screen.getByLabelText('Tess Okafor (already marked)') as HTMLInputElement;
    expect([tess.checked, tess.disabled]).toEqual([true, true]);
    const uma = screen.getByLabelText('Uma Reyes') as HTMLInputElement;
    expect([uma.checked, uma.disabled]).toEqual([false, false]);
    // Nobody chosen: the form says so rather than sending an empty list.
    fireEvent.click(screen.getByRole('button', { name: 'Mark Role-play day done' }));
    expect(screen.getByRole('status').textContent).toBe('Choose at least one trainee first.');
    fireEvent.click(uma);
    expect(uma.checked).toBe(true);
  });

  it('says there is nobody to mark before anyone is enrolled', () => {
    const step = course.steps[1];
    if (!step) throw new Error('fixture');
    renderWithApp(<WorkshopMarks orgId="o1" cohortId="k1" step={step} trainees={[]} />);
    expect(screen.getByText('Nobody is enrolled yet, so there is nobody to mark.')).toBeTruthy();
  });
});
