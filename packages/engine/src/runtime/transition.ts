import type { BeatInfo } from '../model/scenario-index';
import type { Choice } from '../schema/scenario';
import { evaluate } from './condition';
import { contextOf } from './context';
import { applyEffects } from './effects';
import type { RuntimeScenario } from './runtime-scenario';
import type { RunState } from './types';

type Arrival = NonNullable<RunState['arrival']>;

type Entering = Pick<RunState, 'meters' | 'flags' | 'visited' | 'session'>;

/**
 * What entering a beat does before interruptions are considered: a new session's `onStart`
 * (remembered in `arrival.sessionChanged` when it replaces an earlier session), the beat's `onEnter`,
 * and marking it visited. Mutates `s`; the compiled machine's `enter:<beat>` actions call it too.
 */
export function enterEffects(rs: RuntimeScenario, s: Entering, target: string, arrival?: Arrival): BeatInfo {
  const info = rs.index.beats.get(target);
  if (!info) throw new Error(`engine: unknown beat "${target}" (the scenario was not validated)`);
  const session = info.phase.session;
  if (session !== undefined && session !== s.session) {
    if (s.session !== undefined && arrival) arrival.sessionChanged = session;
    s.session = session;
    const eff = applyEffects(rs.scenario, s.meters, s.flags, rs.scenario.sessions?.[session]?.onStart);
    s.meters = eff.meters;
    s.flags = eff.flags;
  }
  const eff = applyEffects(rs.scenario, s.meters, s.flags, info.beat.onEnter);
  s.meters = eff.meters;
  s.flags = eff.flags;
  s.visited = [...s.visited, target];
  arrival?.beats.push(target);
  return info;
}

/**
 * Enter `target` (a beat or an ending), mutating the fresh state `s` that the caller owns.
 * Order on entering a beat: a new session's `onStart`, the beat's `onEnter`, mark visited,
 * then (for phase beats, outside an interruption) the first interruption of the phase whose
 * `when` holds fires: its first beat is entered and the interrupted beat is remembered (history).
 */
export function enter(rs: RuntimeScenario, s: RunState, target: string, arrival: Arrival): void {
  if (rs.index.endings.has(target)) {
    s.status = 'ended';
    s.endingId = target;
    return;
  }
  const info = enterEffects(rs, s, target, arrival);
  s.beatId = target;
  if (info.interruptionId !== undefined || s.returnTo !== undefined) return;
  const ctx = contextOf(s);
  for (const [intId, int] of Object.entries(info.phase.interruptions ?? {})) {
    if (int.once && s.firedInterruptions.includes(intId)) continue;
    if (!evaluate(rs.scenario, int.when, ctx)) continue;
    if (!s.firedInterruptions.includes(intId)) s.firedInterruptions = [...s.firedInterruptions, intId];
    s.returnTo = target;
    enter(rs, s, int.start, arrival);
    return;
  }
}

/**
 * Where a choice leads, evaluated AFTER its effects (so `next: [{ when: { meter: trust, below: 30 }, to: x }]`
 * sees the trust the choice produced) and with the choice already on the path.
 *
 * @example
 * resolveNext(rs, choice, stateAfterEffects) // => 'private-room' | 'return' | an ending id
 */
export function resolveNext(rs: RuntimeScenario, choice: Choice, s: RunState): string {
  if (typeof choice.next === 'string') return choice.next;
  const ctx = contextOf(s);
  for (const branch of choice.next) {
    if (!branch.when || evaluate(rs.scenario, branch.when, ctx)) return branch.to;
  }
  // Validation requires a final unconditional branch; reaching here means it was skipped.
  throw new Error(`engine: no next branch of choice "${choice.id}" holds (the scenario was not validated)`);
}

/**
 * Make a choice at the current beat (assumed available): effects, path, next, arrival.
 *
 * @example
 * const next = takeChoice(rs, state, choice);
 */
export function takeChoice(rs: RuntimeScenario, state: RunState, choice: Choice): RunState {
  const eff = applyEffects(rs.scenario, state.meters, state.flags, choice.effects);
  const s: RunState = {
    ...state,
    meters: eff.meters,
    flags: eff.flags,
    path: [...state.path, { beatId: state.beatId, choiceId: choice.id }],
  };
  const target = resolveNext(rs, choice, s);
  const arrival: Arrival = { beats: [], resumed: false };
  if (target === 'return') {
    const back = state.returnTo;
    if (back === undefined) throw new Error('engine: `return` outside an interruption');
    s.returnTo = undefined;
    s.beatId = back;
    arrival.beats.push(back);
    arrival.resumed = true;
  } else {
    const from = rs.index.beats.get(state.beatId);
    const to = rs.index.beats.get(target);
    // Leaving an interruption by any way other than `return` abandons it.
    if (from?.interruptionId !== undefined && to?.interruptionId !== from.interruptionId) {
      s.returnTo = undefined;
    }
    enter(rs, s, target, arrival);
  }
  s.arrival = arrival;
  return s;
}

/**
 * The choices offered at the current beat: those whose `when` holds.
 *
 * @example
 * availableChoices(rs, state).map((c) => c.id)
 */
export function availableChoices(rs: RuntimeScenario, state: RunState): Choice[] {
  if (state.status !== 'active') return [];
  const info = rs.index.beats.get(state.beatId);
  if (!info) return [];
  const ctx = contextOf(state);
  return info.beat.choices.filter((c) => !c.when || evaluate(rs.scenario, c.when, ctx));
}
