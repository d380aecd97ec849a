import { CompetencySchema, ModeSchema } from '@doorway/engine';
import { z } from 'zod';

export const ScenarioIdParams = z.object({ id: z.string().min(1).max(200) });

export const CompetencyRefSchema = z
  .object({ id: z.string(), name: z.string() })
  .meta({ id: 'CompetencyRef' });

export const ScenarioLanguageSchema = z
  .object({
    lang: z.string(),
    complete: z.boolean().describe('Every text is translated from the current English.'),
    translated: z.number().int().describe('Texts with a current translation.'),
    texts: z.number().int().describe('Texts the scenario has.'),
  })
  .meta({
    id: 'ScenarioLanguage',
    description: 'A language of a scenario; a partial one shows the missing texts in English.',
  });

export type ScenarioLanguage = z.infer<typeof ScenarioLanguageSchema>;

/** ?lang= on the catalog routes: the language to show titles, summaries and notes in. */
export const CatalogLangQuery = z.object({ lang: z.enum(['en', 'es']).optional() });

export const ScenarioSummarySchema = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    summary: z.string(),
    estimatedMinutes: z.number(),
    contentNotes: z.array(z.string()),
    themes: z.array(z.string()),
    competencies: z
      .array(CompetencyRefSchema)
      .describe('The competencies this scenario can earn evidence for.'),
    trainee: z.string(),
    languages: z
      .array(ScenarioLanguageSchema)
      .optional()
      .describe(
        'The languages a run can be started in: en always, and each with a string table (always sent).',
      ),
    lang: z.string().optional().describe('With ?lang=: the language these texts are in.'),
    inEnglish: z
      .array(z.string())
      .optional()
      .describe('With ?lang=: dot paths of texts shown in English (no current translation yet).'),
  })
  .meta({ id: 'ScenarioSummary' });

export const ScenarioDetailSchema = ScenarioSummarySchema.extend({
  objectives: z.array(z.string()),
  cast: z.record(
    z.string(),
    z.object({ name: z.string(), role: z.string(), description: z.string().optional() }),
  ),
  passThreshold: z.number(),
  modes: z.array(ModeSchema),
}).meta({ id: 'ScenarioDetail' });

export const ScenarioListResponse = z
  .object({ scenarios: z.array(ScenarioSummarySchema) })
  .meta({ id: 'ScenarioListResponse' });

export const RubricResponse = z
  .object({ competencies: z.array(CompetencySchema) })
  .meta({ id: 'RubricResponse' });

/** The languages content can be asked for in (`?lang=`): English, the source, and Spanish. */
export const ContentLang = z.enum(['en', 'es']);

export const SourcesQuery = z.object({
  lang: ContentLang.optional().describe('The language of guidance texts and headings (default `en`).'),
});

export const SourcesResponse = z
  .object({
    lang: z.string().describe('The language asked for (`en` when none was).'),
    documents: z.array(z.object({ id: z.string(), title: z.string(), publisher: z.string() })),
    guidance: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        lang: z.string().describe('The language `text` is in: `en` where no current translation exists yet.'),
        section: z.string(),
        sectionLang: z.string().describe('The language `section` is in.'),
        document: z.string(),
        seed: z.string().describe('The seed document id (same as `document`).'),
      }),
    ),
    references: z.array(z.object({ key: z.string(), citation: z.string() })),
  })
  .meta({
    id: 'SourcesResponse',
    description:
      'Seed guidance ids and published reference keys that choices cite. Document titles and citations stay as published (English).',
  });

export const HealthResponse = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    time: z.string(),
    storage: z.enum(['sqlite', 'postgres']),
    scenarios: z.number().int(),
  })
  .meta({ id: 'HealthResponse' });
