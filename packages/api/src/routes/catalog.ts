import { Hono } from 'hono';
import { validator } from 'hono/validator';
import type { AppDeps } from '../deps';
import { ApiError } from '../errors/api-error';
import { competencyIds } from '../runs/catalog';
import { SourcesQuery } from '../schemas/catalog';
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
  const summary = (id: string) => {
    const entry = catalog.get(id);
    if (!entry) return undefined;
    const s = entry.scenario;
    return {
      scenario: s,
      summary: {
        id: s.id,
        version: s.version,
        title: s.title,
        summary: s.summary,
        estimatedMinutes: s.estimatedMinutes,
        contentNotes: s.contentNotes,
        themes: s.themes,
        competencies: competencyIds(s, catalog.rubric),
        trainee: s.trainee,
      },
    };
  };

  return new Hono()
    .get(listScenarios.path, listScenarios.validate, (c) =>
      c.json({
        scenarios: catalog
          .list()
          .map((e) => summary(e.scenario.id)?.summary)
          .filter((s) => s !== undefined),
      }),
    )
    .get(getScenario.path, getScenario.validate, (c) => {
      const { id } = c.req.valid('param');
      const found = summary(id);
      if (!found) throw scenarioNotFound(id);
      const s = found.scenario;
      return c.json({
        ...found.summary,
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
