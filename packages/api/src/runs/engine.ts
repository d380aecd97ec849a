// The API's only door into the engine's runtime: every engine call the routes make goes through here,
// so a change in the engine's signatures is a change in one file.
export type {
  ChooseError,
  CompiledScenario,
  DebriefReport,
  EngineErrorCode,
  Feedback,
  Mode,
  Result,
  RewindError,
  RunState,
  Step,
  StepError,
  View,
  ViewLine,
} from '@doorway/engine';
export {
  applyStep,
  compileScenario,
  feedbackFor,
  replay,
  report,
  startRun,
  transcriptOf,
  viewOf,
} from '@doorway/engine';
