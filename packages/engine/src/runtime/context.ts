import type { ConditionContext } from './condition';
import type { RunState } from './types';

/**
 * The condition context of a run state.
 *
 * @example
 * evaluate(scenario, { chose: 'universal-policy' }, contextOf(state))
 */
export function contextOf(s: Pick<RunState, 'meters' | 'flags' | 'path' | 'visited'>): ConditionContext {
  return {
    meters: s.meters,
    flags: s.flags,
    chose: (id) => s.path.some((p) => p.choiceId === id),
    visited: (id) => s.visited.includes(id),
    decisions: s.path.length,
  };
}
