import type { Scenario } from '@doorway/engine';
import {
  createLocalisation,
  type Localisation,
  type StringTable,
  tableCoverage,
  translatableStrings,
} from '@doorway/scenarios';
import { Hono } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import type { AppDeps } from '../deps';
import { ApiError } from '../errors/api-error';
import { competencyIds } from '../runs/catalog';
import { CatalogLangQuery, type ScenarioSummarySchema, SourcesQuery } from '../schemas/catalog';
import { getRubric, getScenario, getSources, listScenarios, scenarioNotFound } from './catalog-declarations';

const modes = ['coach', 'practice', 'assessment'] as const;

/**
 * The catalog: GET /api/scenarios, GET /api/scenarios/:id, GET /api/rubric, GET /api/sources[?lang=es].
 *
 * @example
 * app.route('/', catalogRoutes(deps));
 */
export function catalogRoutes(deps: AppDeps) {
  const { catalog } = deps;
  const tablesOf = (id: string): ReadonlyMap<string, StringTable> => catalog.tables?.(id) ?? new Map();
  // The catalog does not change while the server runs: coverage and localisations are computed once.
  const coverage = new Map<string, ReturnType<typeof tableCoverage>[]>();
  const languages = (s: Scenario, hash: string) => {
    const key = `${s.id}|${hash}`;
    const known = coverage.get(key);
    if (known) return known;
    const list = [...tablesOf(s.id)].map(([, table]) => tableCoverage(s, table));
    const texts = translatableStrings(s).length;
    const all = [{ lang: 'en', complete: true, translated: texts, texts }, ...list];
    coverage.set(key, all);
    return all;
  };
  const localisations = new Map<string, Localisation>();
  const localisationFor = (s: Scenario, hash: string, lang: string | undefined) => {
    if (lang === undefined || lang === 'en') return undefined;
    const table = tablesOf(s.id).get(lang);
    if (!table) return undefined;
    const key = `${s.id}|${hash}|${lang}`;
    const made = localisations.get(key) ?? createLocalisation(s, table);
    localisations.set(key, made);
    return made;
  };
  // A validator (not a bare read) so the typed client knows both catalog routes take ?lang=.
  const langQuery = validator('query', (value) => {
    const parsed = CatalogLangQuery.safeParse({ lang: value.lang });
    if (!parsed.success) throw new ApiError('unknown_language');
    return parsed.data;
  });
  /** A summary (and the scenario it is built from) in a language, with the texts still in English listed. */
  const summary = (id: string, lang?: string) => {
    const entry = catalog.get(id);
    if (!entry) return undefined;
    const loc = localisationFor(entry.scenario, entry.contentHash, lang);
    const built = build(
      loc ? loc.marked.scenario : entry.scenario,
      languages(entry.scenario, entry.contentHash),
    );
    if (!loc) return { ...built, summary: { ...built.summary, ...(lang ? { lang: 'en' } : {}) } };
    const { objectives, cast } = built.scenario;
    const { value, inEnglish } = loc.apply({ summary: built.summary, objectives, cast });
    // Paths are given from the summary (the detail adds objectives and cast at the same level).
    const paths = inEnglish.map((p) => p.replace(/^summary\./, ''));
    const own = paths.filter((p) => !/^(objectives|cast)\./.test(p));
    return {
      scenario: { ...entry.scenario, objectives: value.objectives, cast: value.cast },
      summary: { ...value.summary, lang: loc.lang, ...(own.length > 0 ? { inEnglish: own } : {}) },
      detailInEnglish: paths,
    };
  };
  const build = (s: Scenario, langs: ReturnType<typeof languages>) => {
    const summary: z.infer<typeof ScenarioSummarySchema> = {
      id: s.id,
      version: s.version,
      title: s.title,
      summary: s.summary,
      estimatedMinutes: s.estimatedMinutes,
      contentNotes: s.contentNotes,
      themes: s.themes,
      competencies: competencyIds(s, catalog.rubric),
      trainee: s.trainee,
      languages: langs,
    };
    return { scenario: s, summary };
  };

  return new Hono()
    .get(listScenarios.path, listScenarios.validate, langQuery, (c) => {
      const { lang } = c.req.valid('query');
      return c.json({
        scenarios: catalog
          .list()
          .map((e) => summary(e.scenario.id, lang)?.summary)
          .filter((s) => s !== undefined),
      });
    })
    .get(getScenario.path, getScenario.validate, langQuery, (c) => {
      const { id } = c.req.valid('param');
      const found = summary(id, c.req.valid('query').lang);
      if (!found) throw scenarioNotFound(id);
      const s = found.scenario;
      const inEnglish = 'detailInEnglish' in found ? found.detailInEnglish : [];
      return c.json({
        ...found.summary,
        ...(inEnglish.length > 0 ? { inEnglish } : {}),
        objectives: s.objectives,
        cast: s.cast,
        passThreshold: s.passThreshold,
        modes: [...modes],
      });
    })
    .get(getRubric.path, getRubric.validate, (c) => c.json({ competencies: catalog.rubric.competencies }))
    .get(
      getSources.path,
      getSources.validate,
      validator('query', (value) => {
        const parsed = SourcesQuery.safeParse({ lang: value.lang });
        if (!parsed.success)
          throw new ApiError('bad_request', {
            message: `No sources in "${String(value.lang)}". Ask for ?lang=en or ?lang=es, or leave lang out for English.`,
          });
        return parsed.data;
      }),
      (c) => {
        const { lang } = c.req.valid('query');
        const sources = lang === undefined || lang === 'en' ? catalog.sources : catalog.sourcesIn?.(lang);
        // A language without a table yet: the English, marked as such, rather than an error.
        return c.json(sources ?? { ...catalog.sources, lang });
      },
    );
}
