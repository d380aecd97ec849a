import type { RuntimeScenario } from './runtime-scenario';
import { startRun } from './start-run';
import { takeChoice } from './transition';
import type { RunState, ViewLine } from './types';
import { arrivalLines } from './view';

/**
 * The whole conversation along the effective path (rewound decisions are not in it): each arrival's
 * lines, then the trainee's words (kind `trainee`), then the reactions and the next beat, and so on.
 *
 * @example
 * transcriptOf(compiled, state).filter((l) => l.kind === 'trainee').length // => state.path.length
 */
export function transcriptOf(rs: RuntimeScenario, state: RunState): ViewLine[] {
  let s: RunState = startRun(rs, { seed: state.seed, mode: state.mode });
  const out: ViewLine[] = [...arrivalLines(rs, s)];
  for (const p of state.path) {
    const choice = rs.index.beats.get(p.beatId)?.choices.get(p.choiceId);
    if (!choice) throw new Error('engine: effective path names an unknown choice');
    out.push({ kind: 'trainee', text: choice.text });
    s = takeChoice(rs, s, choice);
    out.push(...arrivalLines(rs, s));
  }
  return out;
}
