/**
 * @doorway/engine: the scenario language and its pure runtime.
 * This file is the curated public entry: add exports here by name, never `export *`.
 */

export type { Analysis, AnalyzeOptions } from './analysis/analyze';
export { analyze } from './analysis/analyze';
export { REASSURING_WORDS, reassuringScore } from './analysis/reassuring-words';
export type { StateGraph } from './analysis/state-graph';
export type {
  BestOptionMeasure,
  StrategyResult,
  TestWiseFigures,
  TestWiseStrategy,
} from './analysis/test-wise';
export {
  STRATEGY_PICKERS,
  TEST_WISE_LIMITS,
  TEST_WISE_STRATEGIES,
  testWise,
  wordCount,
} from './analysis/test-wise';
export { compileScenario } from './compile/compile';
export type { Bound, CompiledScenario } from './compile/compiled-scenario';
export type { MachineContext, MachineEvent } from './compile/machine';
export { toDot } from './export/dot';
export type { LmsPackage } from './export/lms-package';
export { LmsPackageSchema } from './export/lms-package';
export { toMermaid } from './export/mermaid';
export type { PhraseRule } from './lint/phrases';
export { DEFAULT_PHRASES, lintPhrases } from './lint/phrases';
export type { ScenarioIndex } from './model/scenario-index';
export { indexScenario } from './model/scenario-index';
export { applyStep } from './runtime/apply-step';
export { choiceOrder } from './runtime/choice-order';
export type { CompactLogError } from './runtime/compact-log';
export { compactLog, expandLog } from './runtime/compact-log';
export { feedbackFor } from './runtime/feedback';
export { FeedbackSchema } from './runtime/feedback-schema';
export { replay } from './runtime/replay';
export { ModeSchema, RunStatusSchema, StepSchema } from './runtime/run-schemas';
export { startRun } from './runtime/start-run';
export { transcriptOf } from './runtime/transcript';
export type {
  ChooseError,
  DebriefCompetency,
  DebriefDecision,
  DebriefReport,
  EngineErrorCode,
  Feedback,
  Mode,
  Problem,
  Result,
  RewindError,
  RunState,
  RunStatus,
  Step,
  StepError,
  View,
  ViewChoice,
  ViewLine,
} from './runtime/types';
export { shownChoices, viewOf } from './runtime/view';
export { ViewChoiceSchema, ViewLineSchema, ViewSchema } from './runtime/view-schema';
export type { Picker } from './runtime/walk';
export { offeredChoices, pickBest, pickHarmful, walk } from './runtime/walk';
export type { Condition } from './schema/condition';
export { ConditionSchema } from './schema/condition';
export type { Competency, Rubric } from './schema/rubric';
export { CompetencySchema, RubricSchema } from './schema/rubric';
export type {
  Beat,
  Choice,
  Effects,
  Ending,
  Interruption,
  Line,
  Next,
  Outcome,
  Phase,
  Scenario,
  Verdict,
} from './schema/scenario';
export { OutcomeSchema, ScenarioSchema, VerdictSchema } from './schema/scenario';
export {
  DebriefCompetencySchema,
  DebriefDecisionSchema,
  DebriefReportSchema,
} from './scoring/debrief-schema';
export type { ScoredScenario } from './scoring/report';
export { report } from './scoring/report';
export { didYouMean } from './util/did-you-mean';
export { hashString, seededRandom } from './util/random';
export { validateRubric } from './validate/validate-rubric';
export { validateScenario } from './validate/validate-scenario';
export { zodProblems } from './validate/zod-problems';
