import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { myOrgsKey } from '../../lib/myOrgs';
import { keys } from '../../lib/queries';
import { scenarios } from '../../test/fixtures';
import { course } from '../../test/manageFixtures';
import { renderWithApp } from '../../test/render';
import { CourseEditPage } from './CourseEditPage';
import { manageKeys } from './manageQueries';

function renderPage() {
  return renderWithApp(<CourseEditPage params={{ courseId: 'c1' }} />, '/manage/courses/c1/edit', (qc) => {
    qc.setQueryData(myOrgsKey, [{ id: 'o1', name: 'Harbor Advocates', roles: ['manager'] }]);
    qc.setQueryData(manageKeys.course('o1', 'c1'), { course });
    qc.setQueryData(keys.scenarios, { scenarios });
  });
}

describe('CourseEditPage', () => {
  it('starts from the course as it is: a kept scenario step shows its pinned version instead of a scenario choice', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Edit: Onboarding');
    expect((screen.getByLabelText('Course title') as HTMLInputElement).value).toBe('Onboarding');
    expect((screen.getByLabelText('Description (optional)') as HTMLTextAreaElement).value).toBe(
      'First weeks',
    );
    expect(screen.queryByLabelText('Scenario for step 1')).toBeNull();
    const pinned = screen.getByText(/To use another scenario, remove this step and add a new one/);
    expect(pinned.textContent).toBe(
      'Through an interpreter, version 1.0.0. To use another scenario, remove this step and add a new one.',
    );
    // The scenario's title comes in English and is marked so.
    expect(within(pinned).getByText('Through an interpreter').getAttribute('lang')).toBe('en');
    expect((screen.getByLabelText('Pass rule for step 1') as HTMLSelectElement).value).toBe('score');
    expect(
      (screen.getByLabelText('Lowest passing score for step 1 (0 to 100)') as HTMLInputElement).value,
    ).toBe('80');
    expect((screen.getByLabelText('Due date for step 1 (optional)') as HTMLInputElement).value).toBe(
      '2026-12-20',
    );
    expect((screen.getByLabelText('Workshop session title for step 2') as HTMLInputElement).value).toBe(
      'Role-play day',
    );
    expect(screen.queryByLabelText('Mode for step 2')).toBeNull();
  });

  it('adds scenario steps and workshop sessions, reorders and removes them with buttons', () => {
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a workshop session' }));
    expect(screen.getByRole('status').textContent).toBe('Step 3 added.');
    expect(screen.getByRole('group', { name: 'Step 3 (new)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a scenario step' }));
    const select = screen.getByLabelText('Scenario for step 4') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Choose a scenario',
      'Through an interpreter',
      'First contact',
    ]);
    fireEvent.change(select, { target: { value: 'through-an-interpreter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move step 4 up' }));
    expect(screen.getByRole('status').textContent).toBe('Step 4 is now step 3.');
    expect((screen.getByLabelText('Scenario for step 3') as HTMLSelectElement).value).toBe(
      'through-an-interpreter',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => within(g).getAllByText(/^Step \d/)[0]?.textContent)).toEqual([
      'Step 1',
      'Step 2 (new)',
      'Step 3 (new)',
    ]);
    expect((screen.getByLabelText('Workshop session title for step 1') as HTMLInputElement).value).toBe(
      'Role-play day',
    );
  });
});
