import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { myOrgsKey } from '../../lib/myOrgs';
import { renderWithApp } from '../../test/render';
import { OrgSettingsPage, settingsKey } from './OrgSettingsPage';

function renderPage(roles: string[], retentionDays: number | null) {
  return renderWithApp(<OrgSettingsPage />, '/manage/settings', (qc) => {
    qc.setQueryData(myOrgsKey, [{ id: 'o1', name: 'Harbor Advocates', roles }]);
    qc.setQueryData(settingsKey('o1'), { settings: { id: 'o1', name: 'Harbor Advocates', retentionDays } });
  });
}

describe('OrgSettingsPage', () => {
  it('shows an admin the retention now and asks for days only when data is to be deleted', () => {
    renderPage(['admin'], null);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Organisation settings: Harbor Advocates',
    );
    expect(screen.getByText('Now: kept until deleted.')).toBeTruthy();
    expect(
      (screen.getByLabelText('Keep course data until someone deletes it') as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.queryByLabelText('Days to keep course data (1 to 3650)')).toBeNull();
    fireEvent.click(screen.getByLabelText('Delete course data after a number of days'));
    const days = screen.getByLabelText('Days to keep course data (1 to 3650)') as HTMLInputElement;
    expect(days.value).toBe('365');
    expect([days.min, days.max, days.required]).toEqual(['1', '3650', true]);
    expect(screen.getByRole('button', { name: 'Save the settings' })).toBeTruthy();
  });

  it('starts from the stored number of days', () => {
    renderPage(['admin'], 30);
    expect(screen.getByText('Now: kept for 30 days.')).toBeTruthy();
    expect((screen.getByLabelText('Days to keep course data (1 to 3650)') as HTMLInputElement).value).toBe(
      '30',
    );
  });

  it('lets a manager read the setting but not change it', () => {
    renderPage(['manager'], 1);
    expect(screen.getByText('Now: kept for 1 day.')).toBeTruthy();
    expect(screen.getByText(/Only an admin of your organisation can change its settings/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the settings' })).toBeNull();
  });
});
