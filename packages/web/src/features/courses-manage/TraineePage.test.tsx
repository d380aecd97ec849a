import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import { myOrgsKey } from '../../lib/myOrgs';
import { traineeDetail } from '../../test/manageFixtures';
import { renderWithApp } from '../../test/render';
import { manageKeys } from './manageQueries';
import { TraineePage } from './TraineePage';

function renderPage() {
  return renderWithApp(<TraineePage params={{ cohortId: 'k1', userId: 'u2' }} />, '/', (qc) => {
    qc.setQueryData(myOrgsKey, [{ id: 'o1', name: 'Harbor Advocates', roles: ['manager'] }]);
    qc.setQueryData(manageKeys.trainee('o1', 'k1', 'u2'), traineeDetail);
  });
}

describe('TraineePage', () => {
  afterEach(async () => {
    await act(() => setLanguage('en'));
  });

  it("lists a trainee's attempts with result, competencies by name and the debrief", () => {
    renderPage();
    expect(screen.getByText('Score 42 · critical error · not passed')).toBeTruthy();
    expect(screen.getByText('Still playing')).toBeTruthy();
    expect(screen.getByText('Yes, this attempt counts')).toBeTruthy();
    expect(screen.getByText('Language access and work with interpreters')).toBeTruthy();
    expect(screen.getByText('No attempt yet.')).toBeTruthy();
    // The scenario's own words come from the API in English and are marked so.
    expect(screen.getByText('“Thank you, Rosa, please go ahead.”').getAttribute('lang')).toBe('en');
  });

  it('shows competency names and verdicts in Spanish, from the catalog by competency id', async () => {
    await act(() => setLanguage('es'));
    renderPage();
    expect(screen.getByText('Acceso lingüístico y trabajo con intérpretes')).toBeTruthy();
    expect(screen.getByText('Seguridad y evaluación de riesgos')).toBeTruthy();
    expect(screen.getByText('Dañina', { exact: false })).toBeTruthy();
    expect(screen.getByText('Puntaje 42 · error crítico · no aprobado')).toBeTruthy();
  });
});
