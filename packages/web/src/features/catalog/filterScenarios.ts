import type { CompetencyRef, ScenarioSummary } from '../../lib/types';

/** The catalog's filters; an empty string means "any". */
export interface CatalogFilter {
  competency: string;
  theme: string;
}

/**
 * The scenarios that match the filter, in catalog order.
 *
 * @example
 * filterScenarios(all, { competency: 'language-access', theme: '' });
 */
export function filterScenarios(scenarios: ScenarioSummary[], filter: CatalogFilter): ScenarioSummary[] {
  return scenarios.filter(
    (s) =>
      (filter.competency === '' || s.competencies.some((c) => c.id === filter.competency)) &&
      (filter.theme === '' || s.themes.includes(filter.theme)),
  );
}

/**
 * Every competency any scenario teaches, once each, sorted by name (the filter's options).
 *
 * @example
 * competencyOptions(all); // [{ id: 'language-access', name: 'Language access' }, ...]
 */
export function competencyOptions(scenarios: ScenarioSummary[]): CompetencyRef[] {
  const byId = new Map<string, CompetencyRef>();
  for (const s of scenarios) for (const c of s.competencies) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Every theme any scenario has, once each, sorted.
 *
 * @example
 * themeOptions(all); // ['interpreters', 'labor trafficking']
 */
export function themeOptions(scenarios: ScenarioSummary[]): string[] {
  return [...new Set(scenarios.flatMap((s) => s.themes))].sort((a, b) => a.localeCompare(b));
}
