import { z } from 'zod';
import { ConditionSchema } from './condition';

const Id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens, for example `private-room`');

/** Text with optional authored variants: one string, or a list picked by the run's seeded random source. */
export const VariantTextSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export type VariantText = z.infer<typeof VariantTextSchema>;

/**
 * One line in a beat: speech (`text`), a non-verbal cue (`cue`) or narration (`narration`),
 * optionally shown only when a condition holds.
 *
 * @example
 * { speaker: ixchel, text: ["Yes.", "Yes... I think so."], when: { meter: trust, below: 40 } }
 */
export const LineSchema = z
  .object({
    speaker: z.string().min(1).optional(),
    text: VariantTextSchema.optional(),
    cue: VariantTextSchema.optional(),
    narration: VariantTextSchema.optional(),
    when: ConditionSchema.optional(),
  })
  .strict();
export type Line = z.infer<typeof LineSchema>;

/** Meter deltas (clamped to the meter's bounds) and flag sets. */
export const EffectsSchema = z
  .object({
    meters: z.record(z.string(), z.number()).optional(),
    flags: z.record(z.string(), z.boolean()).optional(),
  })
  .strict();
export type Effects = z.infer<typeof EffectsSchema>;

export const VerdictSchema = z.enum(['best', 'acceptable', 'harmful']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** Where a choice leads: a beat id, an ending id, `return` (end of an interruption), or a guarded list. */
export const NextSchema = z.union([
  z.string().min(1),
  z.array(z.object({ when: ConditionSchema.optional(), to: z.string().min(1) }).strict()).min(1),
]);
export type Next = z.infer<typeof NextSchema>;

/**
 * A choice the trainee can make at a beat.
 *
 * @example
 * { id: universal-policy, text: "We meet everyone alone for part of the visit.", verdict: best,
 *   evidence: { safety: 2 }, feedback: "...", sources: [screen-alone], next: private-room }
 */
export const ChoiceSchema = z
  .object({
    id: Id,
    text: z.string().min(1),
    action: z.boolean().optional(),
    when: ConditionSchema.optional(),
    effects: EffectsSchema.optional(),
    evidence: z.record(z.string(), z.number()).default({}),
    verdict: VerdictSchema,
    feedback: z.string().min(1),
    sources: z.array(z.string().min(1)).default([]),
    critical: z.boolean().optional(),
    reactions: z.array(LineSchema).optional(),
    next: NextSchema,
  })
  .strict();
export type Choice = z.infer<typeof ChoiceSchema>;

/** A beat: the lines shown on arrival and the decision the trainee makes there. */
export const BeatSchema = z
  .object({
    title: z.string().optional(),
    contentNote: z.string().optional(),
    /**
     * How the choices are shown: `shuffled` (the default) in an order drawn from the run's seed, so a
     * trainee cannot learn that the best option sits first; `fixed` in file order, for a beat where the
     * order carries meaning (a scale, a sequence of steps).
     */
    order: z.enum(['shuffled', 'fixed']).optional(),
    onEnter: EffectsSchema.optional(),
    lines: z.array(LineSchema).default([]),
    choices: z.array(ChoiceSchema).min(1),
  })
  .strict();
export type Beat = z.infer<typeof BeatSchema>;

/**
 * Something that can happen in any beat of a phase (the phone buzzes, the companion comes back).
 * It fires on arrival at a beat of the phase when `when` holds (once, unless `once: false`),
 * plays its own beats, and a choice with `next: return` resumes the beat it interrupted (history).
 */
export const InterruptionSchema = z
  .object({
    when: ConditionSchema,
    once: z.boolean().default(true),
    start: z.string().min(1),
    beats: z.record(Id, BeatSchema),
  })
  .strict();
export type Interruption = z.infer<typeof InterruptionSchema>;

export const PhaseSchema = z
  .object({
    title: z.string().min(1),
    session: z.string().optional(),
    interruptions: z.record(Id, InterruptionSchema).optional(),
    beats: z.record(Id, BeatSchema),
  })
  .strict();
export type Phase = z.infer<typeof PhaseSchema>;

/** A meeting in time. Entering a phase of a later session shows its time skip and applies `onStart`. */
export const SessionSchema = z
  .object({
    title: z.string().min(1),
    timeSkip: z.string().optional(),
    onStart: EffectsSchema.optional(),
  })
  .strict();

/** How an ending leaves the survivor: the debrief and the pass rule read it. */
export const OutcomeSchema = z.enum(['positive', 'mixed', 'negative']);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const EndingSchema = z
  .object({
    title: z.string().min(1),
    outcome: OutcomeSchema,
    debrief: z.string().min(1),
  })
  .strict();
export type Ending = z.infer<typeof EndingSchema>;

export const CastMemberSchema = z
  .object({
    name: z.string().min(1),
    role: z.enum([
      'survivor',
      'interpreter',
      'companion',
      'detective',
      'narrator',
      'staff',
      'advocate',
      'other',
    ]),
    description: z.string().optional(),
  })
  .strict();

export const MeterSchema = z
  .object({
    label: z.string().optional(),
    initial: z.number(),
    min: z.number().default(0),
    max: z.number().default(100),
  })
  .strict();

/**
 * The survivor's affect, derived from meters: the first state whose `when` holds
 * (the last one needs no `when`). Lines and choices test it with `{ affect: guarded }`.
 */
export const AffectSchema = z
  .object({
    of: z.string().min(1),
    states: z
      .array(z.object({ id: Id, when: ConditionSchema.optional(), describe: z.string().min(1) }).strict())
      .min(1),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    id: Id,
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'versions are semantic: MAJOR.MINOR.PATCH, for example 1.0.0'),
    title: z.string().min(1),
    summary: z.string().min(1),
    trainee: z.string().min(1),
    estimatedMinutes: z.number().int().positive(),
    contentNotes: z.array(z.string().min(1)).min(1),
    themes: z.array(z.string().min(1)).default([]),
    objectives: z.array(z.string().min(1)).min(1),
    passThreshold: z.number().min(0).max(100).default(80),
    weights: z.record(z.string(), z.number().positive()).default({}),
    cast: z.record(Id, CastMemberSchema),
    meters: z.record(Id, MeterSchema).default({}),
    flags: z.record(z.string(), z.boolean()).default({}),
    affect: AffectSchema.optional(),
    sessions: z.record(Id, SessionSchema).optional(),
    start: z.string().min(1),
    phases: z.record(Id, PhaseSchema),
    endings: z.record(Id, EndingSchema),
  })
  .strict();
/** A scenario as authored (after defaults). */
export type Scenario = z.infer<typeof ScenarioSchema>;
