import { z } from 'zod';

// Zod mirrors of the engine's runtime types, for request/response validation and the OpenAPI document.
// The engine's TypeScript types stay the source of truth; `view.test.ts` checks the two agree.

export const ModeSchema = z.enum(['coach', 'practice', 'assessment']);
export const VerdictSchema = z.enum(['best', 'acceptable', 'harmful']);
export const OutcomeSchema = z.enum(['positive', 'mixed', 'negative']);

export const ViewLineSchema = z
  .object({
    kind: z.enum(['speech', 'cue', 'narration', 'trainee', 'time-skip']),
    speaker: z.object({ id: z.string(), name: z.string(), role: z.string() }).optional(),
    text: z.string(),
  })
  .meta({ id: 'ViewLine', description: 'A resolved line as the trainee sees it.' });

export const ViewChoiceSchema = z
  .object({ id: z.string(), text: z.string(), action: z.boolean() })
  .meta({ id: 'ViewChoice' });

export const ViewSchema = z
  .object({
    scenarioId: z.string(),
    beat: z.object({
      id: z.string(),
      title: z.string().optional(),
      phase: z.string(),
      phaseTitle: z.string(),
      contentNote: z.string().optional(),
    }),
    lines: z.array(ViewLineSchema),
    choices: z.array(ViewChoiceSchema),
    decisions: z.number().int(),
    ended: z.boolean(),
    ending: z.object({ id: z.string(), title: z.string(), outcome: OutcomeSchema }).optional(),
    affect: z.object({ id: z.string(), describe: z.string() }).optional(),
    session: z.object({ id: z.string(), title: z.string() }).optional(),
  })
  .meta({ id: 'View', description: "The engine's view: what the trainee sees now." });

export const FeedbackSchema = z
  .object({
    beatId: z.string(),
    choiceId: z.string(),
    verdict: VerdictSchema,
    critical: z.boolean(),
    text: z.string(),
    sources: z.array(z.string()),
    best: z.object({ choiceId: z.string(), text: z.string() }).optional(),
  })
  .meta({ id: 'Feedback', description: 'Feedback on one decision (coach mode).' });

export const StepSchema = z
  .union([
    z.object({ kind: z.literal('choice'), beatId: z.string(), choiceId: z.string() }),
    z.object({ kind: z.literal('rewind'), toDecision: z.number().int() }),
    z.object({ kind: z.literal('exit') }),
  ])
  .meta({ id: 'Step', description: 'One entry of the append-only step log.' });

export const DebriefReportSchema = z
  .object({
    scenarioId: z.string(),
    scenarioVersion: z.string(),
    mode: ModeSchema,
    status: z.enum(['active', 'ended', 'exited']),
    ending: z
      .object({ id: z.string(), title: z.string(), outcome: OutcomeSchema, debrief: z.string() })
      .optional(),
    overall: z.number(),
    passThreshold: z.number(),
    passed: z.boolean(),
    criticalErrors: z.array(
      z.object({ beatId: z.string(), choiceId: z.string(), text: z.string(), feedback: z.string() }),
    ),
    competencies: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        score: z.number(),
        sum: z.number(),
        min: z.number(),
        max: z.number(),
        weight: z.number(),
        evidence: z.array(z.object({ beatId: z.string(), choiceId: z.string(), amount: z.number() })),
      }),
    ),
    decisions: z.array(
      z.object({
        index: z.number().int(),
        beatId: z.string(),
        beatTitle: z.string().optional(),
        prompt: z.string().optional(),
        choice: z.object({ id: z.string(), text: z.string() }),
        verdict: VerdictSchema,
        critical: z.boolean(),
        feedback: z.string(),
        sources: z.array(z.string()),
        best: z.object({ id: z.string(), text: z.string(), feedback: z.string() }).optional(),
        triedBefore: z.array(z.object({ id: z.string(), text: z.string(), verdict: VerdictSchema })),
      }),
    ),
  })
  .meta({ id: 'DebriefReport', description: "The engine's debrief report, returned as is." });
