import { describe, expect, it } from 'vitest';
import { scenarios } from '../../test/fixtures';
import { competencyOptions, filterScenarios, themeOptions } from './filterScenarios';

describe('filterScenarios', () => {
  it('keeps every scenario when no filter is set', () => {
    expect(filterScenarios(scenarios, { competency: '', theme: '' }).map((s) => s.id)).toEqual([
      'through-an-interpreter',
      'first-contact',
    ]);
  });

  it('filters by competency and by theme, together', () => {
    expect(filterScenarios(scenarios, { competency: 'language-access', theme: '' }).map((s) => s.id)).toEqual(
      ['through-an-interpreter'],
    );
    expect(filterScenarios(scenarios, { competency: 'safety', theme: 'hotline' }).map((s) => s.id)).toEqual([
      'first-contact',
    ]);
    expect(filterScenarios(scenarios, { competency: 'language-access', theme: 'hotline' })).toEqual([]);
  });

  it('offers each competency and theme once, sorted', () => {
    expect(competencyOptions(scenarios).map((c) => c.name)).toEqual(['Language access', 'Safety first']);
    expect(themeOptions(scenarios)).toEqual(['hotline', 'interpreters', 'labor trafficking']);
  });
});
