import { z } from 'zod';
import { ModeSchema, RunStatusSchema } from '../runtime/run-schemas';
import { OutcomeSchema, VerdictSchema } from '../schema/scenario';

/** One decision in the debrief. */
export const DebriefDecisionSchema = z
  .object({
    index: z.number().int(),
    beatId: z.string(),
    beatTitle: z.string().optional(),
    /** The last line the trainee saw before choosing, for context. */
    prompt: z.string().optional(),
    choice: z.object({ id: z.string(), text: z.string() }),
    verdict: VerdictSchema,
    critical: z.boolean(),
    feedback: z.string(),
    sources: z.array(z.string()),
    /** The best option at this beat when the trainee chose something else. */
    best: z.object({ id: z.string(), text: z.string(), feedback: z.string() }).optional(),
    /** Choices made here earlier and undone by a rewind, oldest first. */
    triedBefore: z.array(z.object({ id: z.string(), text: z.string(), verdict: VerdictSchema })),
  })
  .meta({ id: 'DebriefDecision' });
export type DebriefDecision = z.infer<typeof DebriefDecisionSchema>;

export const DebriefCompetencySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** 0 to 100: the evidence sum placed between the lowest and highest sums the scenario allows. */
    score: z.number(),
    sum: z.number(),
    min: z.number(),
    max: z.number(),
    weight: z.number(),
    evidence: z.array(z.object({ beatId: z.string(), choiceId: z.string(), amount: z.number() })),
  })
  .meta({ id: 'DebriefCompetency' });
export type DebriefCompetency = z.infer<typeof DebriefCompetencySchema>;

/**
 * The engine's debrief report; the API returns it as is and the web renders it.
 *
 * @example
 * DebriefReportSchema.parse(report(compiled, state)).passed; // true
 */
export const DebriefReportSchema = z
  .object({
    scenarioId: z.string(),
    scenarioVersion: z.string(),
    mode: ModeSchema,
    status: RunStatusSchema,
    ending: z
      .object({ id: z.string(), title: z.string(), outcome: OutcomeSchema, debrief: z.string() })
      .optional(),
    overall: z.number(),
    passThreshold: z.number(),
    passed: z.boolean(),
    criticalErrors: z.array(
      z.object({ beatId: z.string(), choiceId: z.string(), text: z.string(), feedback: z.string() }),
    ),
    competencies: z.array(DebriefCompetencySchema),
    decisions: z.array(DebriefDecisionSchema),
  })
  .meta({ id: 'DebriefReport', description: "The engine's debrief report, returned as is." });
export type DebriefReport = z.infer<typeof DebriefReportSchema>;
