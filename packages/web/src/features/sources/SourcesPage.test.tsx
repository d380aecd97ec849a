import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import { keys } from '../../lib/queries';
import type { SourcesResponse } from '../../lib/types';
import { sources } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { SourcesPage } from './SourcesPage';

const spanish: SourcesResponse = {
  ...sources,
  lang: 'es',
  guidance: [
    {
      id: 'interp-3',
      document: '001',
      seed: '001',
      section: 'Intérpretes',
      sectionLang: 'es',
      text: 'Nunca le pida a otra víctima que interprete.',
      lang: 'es',
    },
    {
      id: 'screen-alone',
      document: '001',
      seed: '001',
      section: 'Intérpretes',
      sectionLang: 'es',
      text: 'Meet one to one; a companion may be the person in control.',
      lang: 'en',
    },
  ],
};

describe('SourcesPage', () => {
  afterEach(async () => {
    await act(() => setLanguage('en'));
  });

  it('in English shows the guidance and no note about languages', () => {
    renderWithApp(<SourcesPage />, '/sources', (qc) => qc.setQueryData(keys.sources('en'), sources));
    expect(screen.getByText('Never ask another victim to interpret.').getAttribute('lang')).toBe('en');
    expect(screen.queryByText(/in English/)).toBeNull();
  });

  it('in Spanish shows the Spanish guidance, marks what is still English, and keeps citations English', async () => {
    await act(() => setLanguage('es'));
    // English too: switching back after the test must not reach for a server.
    renderWithApp(<SourcesPage />, '/sources', (qc) => {
      qc.setQueryData(keys.sources('es'), spanish);
      qc.setQueryData(keys.sources('en'), sources);
    });
    expect(
      screen.getByRole('heading', { name: 'Intérpretes' }).closest('section')?.getAttribute('lang'),
    ).toBe('es');
    expect(screen.getByText('Nunca le pida a otra víctima que interprete.').getAttribute('lang')).toBe('es');
    expect(screen.getByText(/^Meet one to one/).getAttribute('lang')).toBe('en');
    expect(screen.getByText(/todavía no están traducidos/)).toBeTruthy();
    expect(screen.getByText(/como se publicaron, en inglés/)).toBeTruthy();
    expect(screen.getByText(/SOAR fact sheets/).getAttribute('lang')).toBe('en');
  });
});
