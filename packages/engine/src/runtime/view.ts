import type { Choice } from '../schema/scenario';
import { affectOf } from './affect';
import { choiceOrder } from './choice-order';
import { contextOf } from './context';
import { resolveLines } from './resolve-line';
import type { RuntimeScenario } from './runtime-scenario';
import { availableChoices } from './transition';
import type { RunState, View, ViewLine } from './types';

function count<T>(xs: T[], pred: (x: T) => boolean): number {
  let n = 0;
  for (const x of xs) if (pred(x)) n++;
  return n;
}

/**
 * The lines shown by the last move, in order: the reactions to the last choice, the time skip when a
 * new session began, then the lines of each beat entered (an interrupted beat, then the interruption).
 */
export function arrivalLines(rs: RuntimeScenario, state: RunState): ViewLine[] {
  const ctx = contextOf(state);
  const lines: ViewLine[] = [];
  const last = state.path[state.path.length - 1];
  if (last && state.arrival) {
    const choice = rs.index.beats.get(last.beatId)?.choices.get(last.choiceId);
    if (choice?.reactions) {
      const visit = count(state.path, (p) => p.beatId === last.beatId && p.choiceId === last.choiceId);
      lines.push(
        ...resolveLines(rs.scenario, choice.reactions, ctx, {
          seed: state.seed,
          where: `${last.beatId}/${last.choiceId}`,
          visit,
        }),
      );
    }
  }
  const changed = state.arrival?.sessionChanged;
  if (changed !== undefined) {
    const session = rs.scenario.sessions?.[changed];
    if (session) lines.push({ kind: 'time-skip', text: session.timeSkip ?? session.title });
  }
  if (state.status === 'ended') return lines;
  for (const beatId of state.arrival?.beats ?? [state.beatId]) {
    const info = rs.index.beats.get(beatId);
    if (!info) continue;
    const visit = count(state.visited, (v) => v === beatId);
    lines.push(
      ...resolveLines(rs.scenario, info.beat.lines, ctx, { seed: state.seed, where: beatId, visit }),
    );
  }
  return lines;
}

/**
 * The choices offered now, in the order this run shows them (see `choiceOrder`).
 *
 * @example
 * shownChoices(compiled, state).map((c) => c.id) // => ['wait', 'ask'] ('push' is not offered here)
 */
export function shownChoices(rs: RuntimeScenario, state: RunState): Choice[] {
  const offered = availableChoices(rs, state);
  const info = rs.index.beats.get(state.beatId);
  if (!info || offered.length < 2) return offered;
  const rank = new Map(choiceOrder(info.beat, state.beatId, state.seed).map((id, i) => [id, i]));
  return [...offered].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

/**
 * What the trainee sees now: the beat, the lines of the last move, the choices offered (in this run's
 * order), the ending.
 *
 * @example
 * const view = viewOf(compiled, state); view.choices.map((c) => c.text);
 */
export function viewOf(rs: RuntimeScenario, state: RunState): View {
  const info = rs.index.beats.get(state.beatId);
  const phaseId = info?.phaseId ?? '';
  const ending = state.endingId !== undefined ? rs.index.endings.get(state.endingId) : undefined;
  const affectId = affectOf(rs.scenario, state.meters);
  const affectState = rs.scenario.affect?.states.find((s) => s.id === affectId);
  const session = state.session !== undefined ? rs.scenario.sessions?.[state.session] : undefined;
  return {
    scenarioId: rs.scenario.id,
    beat: {
      id: state.beatId,
      title: info?.beat.title,
      phase: phaseId,
      phaseTitle: info?.phase.title ?? '',
      contentNote: info?.beat.contentNote,
    },
    lines: arrivalLines(rs, state),
    choices: shownChoices(rs, state).map((c) => ({ id: c.id, text: c.text, action: c.action ?? false })),
    decisions: state.path.length,
    ended: state.status !== 'active',
    ending:
      ending && state.endingId !== undefined
        ? { id: state.endingId, title: ending.title, outcome: ending.outcome }
        : undefined,
    affect: affectState ? { id: affectState.id, describe: affectState.describe } : undefined,
    session: session && state.session !== undefined ? { id: state.session, title: session.title } : undefined,
  };
}
