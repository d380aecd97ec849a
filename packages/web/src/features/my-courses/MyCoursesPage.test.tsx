import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { myCourse } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { MyCoursesPage } from './MyCoursesPage';

describe('MyCoursesPage', () => {
  it('shows what is done, what is next, attempts with debrief links, and a start button', () => {
    renderWithApp(<MyCoursesPage />, '/my/courses', (qc) =>
      qc.setQueryData(['me', 'courses'], { courses: [myCourse] }),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Onboarding' })).toBeTruthy();
    const [done, next] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('mc-step'));
    expect(within(done as HTMLElement).getByText('Done · passed')).toBeTruthy();
    expect(done?.textContent).toContain('Attempt 1 (Dec 1, 2026): Score 88, passed · this one counts');
    expect(
      within(done as HTMLElement)
        .getByRole('link', { name: 'Debrief of attempt 1' })
        .getAttribute('href'),
    ).toBe('/my/courses/c1/attempts/r1/debrief');
    expect(within(done as HTMLElement).queryByRole('button')).toBeNull();
    expect(next?.textContent).toContain('Next · Not started · assessment · due Dec 20, 2026 · overdue');
    expect(within(next as HTMLElement).getByRole('button', { name: 'Start step 2' })).toBeTruthy();
  });
});
