import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { myOrgsKey } from '../../lib/myOrgs';
import { keys } from '../../lib/queries';
import { scenarios } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { CoursesPage } from './CoursesPage';
import type { Course } from './courseTypes';
import { manageKeys } from './manageQueries';

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
  ],
};

function renderPage(roles: string[]) {
  return renderWithApp(<CoursesPage />, '/manage/courses', (qc) => {
    qc.setQueryData(myOrgsKey, [{ id: 'o1', name: 'Harbor Advocates', roles }]);
    qc.setQueryData(manageKeys.courses('o1'), { courses: [course] });
    qc.setQueryData(keys.scenarios, { scenarios });
  });
}

describe('CoursesPage', () => {
  it('lists the courses with links and offers a form whose steps are labelled by number', () => {
    renderPage(['manager']);
    const link = screen.getByRole('link', { name: 'Onboarding' });
    expect(link.getAttribute('href')).toBe('/manage/courses/c1');
    const select = screen.getByLabelText('Scenario for step 1') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Choose a scenario',
      'Through an interpreter',
      'First contact',
    ]);
    expect(screen.getByLabelText('Mode for step 1')).toBeTruthy();
    expect(screen.getByLabelText('Due date for step 1 (optional)')).toBeTruthy();
  });

  it('adds, moves and removes steps with buttons, and asks for a score only for the score rule', () => {
    renderPage(['admin']);
    fireEvent.change(screen.getByLabelText('Scenario for step 1'), { target: { value: 'first-contact' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a scenario step' }));
    fireEvent.change(screen.getByLabelText('Scenario for step 2'), {
      target: { value: 'through-an-interpreter' },
    });
    expect(screen.getByRole('status').textContent).toBe('Step 2 added.');
    fireEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect((screen.getByLabelText('Scenario for step 1') as HTMLSelectElement).value).toBe(
      'through-an-interpreter',
    );
    expect((screen.getByLabelText('Scenario for step 2') as HTMLSelectElement).value).toBe('first-contact');
    expect(screen.queryByLabelText(/Lowest passing score for step 2/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Pass rule for step 2'), { target: { value: 'score' } });
    expect(screen.getByLabelText('Lowest passing score for step 2 (0 to 100)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    const steps = screen.getAllByRole('group');
    expect(steps).toHaveLength(1);
    expect(within(steps[0] as HTMLElement).getByText('Step 1')).toBeTruthy();
    expect((screen.getByLabelText('Scenario for step 1') as HTMLSelectElement).value).toBe('first-contact');
  });

  it('tells a person without the manager role what to do instead', () => {
    renderPage(['trainee']);
    expect(screen.queryByRole('link', { name: 'Onboarding' })).toBeNull();
    expect(screen.getByText(/These pages are for program managers/)).toBeTruthy();
  });
});
