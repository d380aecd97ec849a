import type { StepInput, StepMode } from './courseTypes';

/** One step as the course form edits it (strings, as the inputs hold them). */
export interface StepDraft {
  key: number;
  scenarioId: string;
  mode: StepMode;
  passRule: 'none' | 'score' | 'completion';
  minScore: string;
  dueDate: string;
}

/**
 * The request body's step for a draft: the due date is the end of that day in UTC, so "due 12 May"
 * still counts a run made late on 12 May.
 *
 * @example
 * toStepInput({ key: 1, scenarioId: 'first-contact', mode: 'assessment', passRule: 'score', minScore: '70', dueDate: '' })
 * // { kind: 'scenario', scenarioId: 'first-contact', mode: 'assessment', passRule: { type: 'score', minScore: 70 } }
 */
export function toStepInput(d: StepDraft): StepInput {
  return {
    kind: 'scenario',
    scenarioId: d.scenarioId,
    mode: d.mode,
    ...(d.passRule === 'score' ? { passRule: { type: 'score' as const, minScore: Number(d.minScore) } } : {}),
    ...(d.passRule === 'completion' ? { passRule: { type: 'completion' as const } } : {}),
    ...(d.dueDate ? { dueAt: `${d.dueDate}T23:59:59.000Z` } : {}),
  };
}

/**
 * The list with the item at `index` moved by `by` places (unchanged at the ends).
 *
 * @example
 * moveItem(['a', 'b', 'c'], 2, -1) // ['a', 'c', 'b']
 */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}
