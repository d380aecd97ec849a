import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { myOrgsKey } from '../../lib/myOrgs';
import { renderWithApp } from '../../test/render';
import { MyDataPage } from './MyDataPage';

function renderPage(orgs: { id: string; name: string; roles: string[] }[]) {
  return renderWithApp(<MyDataPage />, '/my/data', (qc) => qc.setQueryData(myOrgsKey, orgs));
}

describe('MyDataPage', () => {
  it('offers the download of everything stored as a file', () => {
    renderPage([{ id: 'o1', name: 'Harbor Advocates', roles: ['trainee'] }]);
    const link = screen.getByRole('link', { name: 'Download my data (JSON)' });
    expect(link.getAttribute('href')).toBe('/api/me/data');
    expect(link.getAttribute('download')).toBe('doorway-my-data.json');
  });

  it('asks before deleting: the delete button stays disabled until the person ticks that they understand', () => {
    renderPage([{ id: 'o1', name: 'Harbor Advocates', roles: ['trainee'] }]);
    expect(screen.queryByRole('button', { name: 'Yes, delete my account and data' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account…' }));
    const confirm = screen.getByRole('button', {
      name: 'Yes, delete my account and data',
    }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('I understand that this cannot be undone'));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Keep my account' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete my account and data' })).toBeNull();
    // Opening it again starts unticked.
    fireEvent.click(screen.getByRole('button', { name: 'Delete my account…' }));
    expect(
      (screen.getByRole('button', { name: 'Yes, delete my account and data' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('tells someone who is not signed in how to sign in, with nothing to download', () => {
    renderPage([]);
    expect(screen.getByText(/Sign in to download or delete your data/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Download my data (JSON)' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to sign in' }).getAttribute('href')).toBe('/workshop');
  });
});
