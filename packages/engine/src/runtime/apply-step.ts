import { err, ok } from '../util/result';
import type { RuntimeScenario } from './runtime-scenario';
import { startRun } from './start-run';
import { availableChoices, takeChoice } from './transition';
import type { ChooseError, Result, RewindError, RunState, Step } from './types';

/**
 * Apply one step of the log to a run state. Expected refusals are values:
 * - choice: `run_ended` (ended or exited), `stale_beat` (beatId is not the current beat),
 *   `choice_not_available` (unknown at this beat, or hidden by its `when`);
 * - rewind `{ toDecision: n }`: keeps the first n decisions of the effective path and recomputes the state
 *   by replaying them; coach mode any time, practice mode only once the run ended or was exited,
 *   never in assessment (`rewind_not_allowed`); n must be an integer with 0 <= n < decisions
 *   (n == decisions is also allowed after an exit: it resumes the run) else `invalid_rewind`;
 * - exit: the trainee stops early; status becomes `exited` (`run_ended` if it already ended).
 * Every accepted step, rewinds included, is appended to `steps`.
 *
 * @example
 * const r = applyStep(compiled, state, { kind: 'choice', beatId: 'arrival', choiceId: 'universal-policy' });
 * if (r.ok) state = r.value; else console.log(r.error.code);
 */
export function applyStep(
  rs: RuntimeScenario,
  state: RunState,
  step: Step,
): Result<RunState, ChooseError | RewindError> {
  if (step.kind === 'choice') {
    if (state.status !== 'active') {
      return err({ code: 'run_ended', message: `The run has ${state.status}; no more choices can be made.` });
    }
    if (step.beatId !== state.beatId) {
      return err({
        code: 'stale_beat',
        message: `The choice was made at "${step.beatId}" but the conversation is now at "${state.beatId}".`,
      });
    }
    const choice = availableChoices(rs, state).find((c) => c.id === step.choiceId);
    if (!choice) {
      return err({
        code: 'choice_not_available',
        message: `"${step.choiceId}" is not one of the choices offered at "${state.beatId}" now.`,
      });
    }
    const next = takeChoice(rs, state, choice);
    next.steps = [...state.steps, step];
    return ok(next);
  }
  if (step.kind === 'exit') {
    if (state.status !== 'active') {
      return err({ code: 'run_ended', message: `The run has already ${state.status}.` });
    }
    return ok({ ...state, status: 'exited', steps: [...state.steps, step] });
  }
  return rewind(rs, state, step);
}

function rewind(
  rs: RuntimeScenario,
  state: RunState,
  step: { kind: 'rewind'; toDecision: number },
): Result<RunState, RewindError> {
  if (state.mode === 'assessment') {
    return err({ code: 'rewind_not_allowed', message: 'Assessment runs cannot be rewound.' });
  }
  if (state.mode === 'practice' && state.status === 'active') {
    return err({
      code: 'rewind_not_allowed',
      message: 'In practice mode you can rewind once the run has ended or you chose to end it.',
    });
  }
  const n = step.toDecision;
  const max = state.status === 'exited' ? state.path.length : state.path.length - 1;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    return err({
      code: 'invalid_rewind',
      message: `Cannot rewind to decision ${n}: choose a whole number from 0 to ${Math.max(max, 0)}.`,
    });
  }
  let s = startRun(rs, { seed: state.seed, mode: state.mode });
  for (const p of state.path.slice(0, n)) {
    const choice = rs.index.beats.get(p.beatId)?.choices.get(p.choiceId);
    if (!choice) throw new Error('engine: effective path names an unknown choice');
    s = takeChoice(rs, s, choice);
  }
  return ok({ ...s, steps: [...state.steps, step] });
}
