import { err, ok } from '../util/result';
import { applyStep } from './apply-step';
import type { RuntimeScenario } from './runtime-scenario';
import { startRun } from './start-run';
import type { Mode, Result, RunState } from './types';

// One character per decision: the choice's position in its beat's file order, in base 62. Beats
// offer a handful of choices (number keys go to 9), so 62 is far beyond any real beat.
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MODE_CODE: Record<Mode, string> = { coach: 'c', practice: 'p', assessment: 'a' };
const CODE_MODE: Record<string, Mode> = { c: 'coach', p: 'practice', a: 'assessment' };

/** Why a compact log could not be read back into a run. */
export type CompactLogError =
  | { code: 'malformed'; message: string }
  | { code: 'does_not_replay'; message: string };

/**
 * A run's effective path in a few characters, for places with tight limits (SCORM 1.2's 4,096
 * characters of `cmi.suspend_data`): mode, seed, one character per decision, and `x` when the
 * trainee stopped early. Rewound decisions are not kept (the debrief's "tried before" starts over).
 * Throws for a beat with more than 62 choices (a content error no shipped scenario has).
 *
 * @example
 * compactLog(compiled, state) // => 'a1z141.0213x'
 */
export function compactLog(rs: RuntimeScenario, state: RunState): string {
  let choices = '';
  for (const p of state.path) {
    const beat = rs.index.beats.get(p.beatId)?.beat;
    const i = beat ? beat.choices.findIndex((c) => c.id === p.choiceId) : -1;
    const digit = DIGITS[i];
    if (i < 0 || digit === undefined)
      throw new RangeError(`compactLog: cannot encode ${p.beatId}/${p.choiceId}`);
    choices += digit;
  }
  return `${MODE_CODE[state.mode]}${state.seed.toString(36)}.${choices}${state.status === 'exited' ? 'x' : ''}`;
}

/**
 * Reads a compact log back: replays its decisions from a new run with its seed and mode.
 *
 * @example
 * const r = expandLog(compiled, 'a1z141.0213');
 * if (r.ok) viewOf(compiled, r.value);
 */
export function expandLog(rs: RuntimeScenario, text: string): Result<RunState, CompactLogError> {
  const m = /^([cpa])([0-9a-z]+)\.([0-9a-zA-Z]*?)(x?)$/.exec(text);
  const mode = m ? CODE_MODE[m[1] ?? ''] : undefined;
  if (!m || !mode) return err({ code: 'malformed', message: `"${text.slice(0, 40)}" is not a compact log` });
  const seed = Number.parseInt(m[2] ?? '', 36);
  if (!Number.isSafeInteger(seed)) return err({ code: 'malformed', message: 'the seed is out of range' });
  let state = startRun(rs, { seed, mode });
  for (const [n, digit] of [...(m[3] ?? '')].entries()) {
    const choice = rs.index.beats.get(state.beatId)?.beat.choices[DIGITS.indexOf(digit)];
    const next = choice
      ? applyStep(rs, state, { kind: 'choice', beatId: state.beatId, choiceId: choice.id })
      : undefined;
    if (!next?.ok) {
      return err({
        code: 'does_not_replay',
        message: `decision ${n + 1} is not possible at "${state.beatId}"`,
      });
    }
    state = next.value;
  }
  if (m[4] === 'x') {
    const exited = applyStep(rs, state, { kind: 'exit' });
    if (!exited.ok) return err({ code: 'does_not_replay', message: 'the run had ended before it was left' });
    state = exited.value;
  }
  return ok(state);
}
