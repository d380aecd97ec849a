/**
 * @doorway/engine: the scenario language and its pure runtime.
 * This file is the curated public entry: add exports here by name, never `export *`.
 */

export type {
  ChooseError,
  DebriefCompetency,
  DebriefDecision,
  DebriefReport,
  Feedback,
  Mode,
  RewindError,
  Step,
  View,
  ViewChoice,
  ViewLine,
} from './runtime/types';
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
  Phase,
  Scenario,
  Verdict,
} from './schema/scenario';
export { ScenarioSchema } from './schema/scenario';
