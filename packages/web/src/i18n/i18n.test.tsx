import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { StepOutPanel } from '../features/step-out/StepOutPanel';
import { renderWithApp } from '../test/render';
import { en } from './en';
import { es } from './es';
import { currentLanguage, setLanguage, storedLanguage } from './i18n';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v as object, `${prefix}${k}.`),
  );
}

describe('interface languages', () => {
  afterEach(async () => {
    await act(() => setLanguage('en'));
  });

  it('has every English key in Spanish, none extra, and no empty or untranslated string', () => {
    expect(keysOf(es).sort()).toEqual(keysOf(en).sort());
    const flat = (o: object, k: string) => k.split('.').reduce<unknown>((v, p) => (v as never)[p], o);
    const same = keysOf(en).filter(
      (k) => flat(en, k) === flat(es, k) && /[a-z]{4}/.test(String(flat(en, k))),
    );
    expect(same).toEqual([]);
    for (const k of keysOf(es)) expect(String(flat(es, k)).trim(), k).not.toBe('');
  });

  it('switches to Spanish, sets lang on <html> and remembers the choice', async () => {
    renderWithApp(
      <>
        <LanguageSwitcher />
        <StepOutPanel />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Take a moment', hidden: true })).toBeTruthy();
    await act(() => setLanguage('es'));
    expect(currentLanguage()).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(storedLanguage()).toBe('es');
    expect(screen.getByRole('heading', { name: 'Tómese un momento', hidden: true })).toBeTruthy();
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('es');
  });

  it('uses the plural forms of each language', async () => {
    const { i18next } = await import('./i18n');
    expect(i18next.t('catalog.count', { count: 1 })).toBe('1 scenario');
    expect(i18next.t('catalog.count', { count: 2 })).toBe('2 scenarios');
    await act(() => setLanguage('es'));
    expect(i18next.t('catalog.count', { count: 1 })).toBe('1 escenario');
    expect(i18next.t('catalog.count', { count: 5 })).toBe('5 escenarios');
  });
});
