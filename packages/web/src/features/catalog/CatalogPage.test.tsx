import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keys } from '../../lib/queries';
import { scenarios } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { CatalogPage } from './CatalogPage';

function renderCatalog() {
  localStorage.clear();
  return renderWithApp(<CatalogPage />, '/', (qc) => qc.setQueryData(keys.scenarios, { scenarios }));
}

describe('CatalogPage', () => {
  it('shows every scenario with its minutes, role, competencies and content notes before starting', () => {
    renderCatalog();
    const card = screen.getByRole('article', { name: 'Through an interpreter' });
    expect(within(card).getByRole('link', { name: 'Through an interpreter' }).getAttribute('href')).toBe(
      '/scenarios/through-an-interpreter',
    );
    expect(card.textContent).toContain('About 15 minutes');
    expect(card.textContent).toContain('community-based advocate');
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Language access', 'Safety first']);
    expect(card.querySelector('.content-notes')?.textContent).toBe(
      'Content notes: labor exploitation; sexual abuse referred to, not described',
    );
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('filters by competency and by theme, and says how many match', () => {
    renderCatalog();
    fireEvent.change(screen.getByLabelText('Competency'), { target: { value: 'language-access' } });
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual([
      'scenario-through-an-interpreter',
    ]);
    expect(screen.getByText('1 of 2 scenarios match')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Competency'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'hotline' } });
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual([
      'scenario-first-contact',
    ]);
  });

  it('offers nothing to continue when this browser remembers no runs', () => {
    renderCatalog();
    expect(screen.queryByRole('heading', { name: 'Continue where you left off' })).toBeNull();
  });

  it('lists the languages each scenario plays in and marks each text with its own language', () => {
    const spanish = {
      ...scenarios[0],
      title: 'A través de un intérprete',
      lang: 'es',
      inEnglish: ['summary', 'contentNotes.1'],
      languages: [
        { lang: 'en', complete: true, translated: 309, texts: 309 },
        { lang: 'es', complete: false, translated: 300, texts: 309 },
      ],
    } as (typeof scenarios)[number];
    localStorage.clear();
    renderWithApp(<CatalogPage />, '/', (qc) => qc.setQueryData(keys.scenarios, { scenarios: [spanish] }));
    const card = screen.getByRole('article', { name: 'A través de un intérprete' });
    expect(within(card).getByRole('link').getAttribute('lang')).toBe('es');
    expect(card.querySelector('[data-lang="es"]')?.textContent).toBe('Spanish (partial: 300 of 309 texts)');
    expect(card.querySelector('[data-lang="en"]')?.textContent).toBe('English');
    expect(
      within(card)
        .getByText(/A walk-in client/)
        .getAttribute('lang'),
    ).toBe('en');
    const notes = [...card.querySelectorAll('.content-notes [lang]')].map((n) => n.getAttribute('lang'));
    expect(notes).toEqual(['es', 'en']);
    expect(card.textContent).toContain('Some texts of this scenario are not translated yet');
  });
});
