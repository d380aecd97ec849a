import type { CourseStep, PassRule, StepMode } from './courseTypes';

/**
 * One step as the course forms hold it (create and edit share it): `id` for a step the course has (kept,
 * with its pin), none for a new one; the inputs' values as strings.
 */
export interface StepDraft {
  key: number;
  id?: string;
  kind: 'scenario' | 'workshop';
  scenarioId: string;
  title: string;
  version: string | null;
  mode: StepMode;
  passRule: 'none' | 'score' | 'completion';
  minScore: string;
  dueDate: string;
  /** The stored due time, kept when the day is not changed (so an edit does not move 10:00 to 23:59). */
  dueAt: string | null;
}

/**
 * A step of a create (`POST`) or edit (`PATCH`) body (docs/api.md): the server keeps the pin of a step
 * sent with its id; a create sends no ids.
 */
export type StepDraftInput =
  | { id?: string; kind: 'scenario'; scenarioId: string; mode: StepMode; passRule?: PassRule; dueAt?: string }
  | { id?: string; kind: 'workshop'; title: string; dueAt?: string };

let nextKey = 1;

/**
 * The draft of a new step (no id): a scenario step in practice mode, or a workshop session.
 *
 * @example
 * newDraft('workshop') // { kind: 'workshop', title: '', ... }
 */
export function newDraft(kind: 'scenario' | 'workshop'): StepDraft {
  return {
    key: nextKey++,
    kind,
    scenarioId: '',
    title: '',
    version: null,
    mode: 'practice',
    passRule: 'none',
    minScore: '70',
    dueDate: '',
    dueAt: null,
  };
}

/**
 * The draft of a step the course has.
 *
 * @example
 * draftOf(course.steps[0]).id === course.steps[0].id // true
 */
export function draftOf(step: CourseStep): StepDraft {
  return {
    key: nextKey++,
    id: step.id,
    kind: step.kind,
    scenarioId: step.scenarioId ?? '',
    title: step.title,
    version: step.scenarioVersion,
    mode: step.mode ?? 'practice',
    passRule: step.passRule?.type ?? 'none',
    minScore: step.passRule?.type === 'score' ? String(step.passRule.minScore) : '70',
    // The <input type="date"> value: the stored day in UTC, as the due date was set.
    dueDate: step.dueAt ? step.dueAt.slice(0, 10) : '',
    dueAt: step.dueAt,
  };
}

/**
 * The body's step for a draft. A new due day is the end of that day in UTC (so "due 12 May" still counts a
 * run made late on 12 May); an unchanged day keeps its stored time.
 *
 * @example
 * toStepInput({ ...draftOf(step), passRule: 'score', minScore: '80' })
 * // { id: step.id, kind: 'scenario', scenarioId, mode, passRule: { type: 'score', minScore: 80 } }
 */
export function toStepInput(d: StepDraft): StepDraftInput {
  const due =
    d.dueDate === ''
      ? {}
      : { dueAt: d.dueAt && d.dueAt.slice(0, 10) === d.dueDate ? d.dueAt : `${d.dueDate}T23:59:59.000Z` };
  const id = d.id === undefined ? {} : { id: d.id };
  if (d.kind === 'workshop') return { ...id, kind: 'workshop', title: d.title, ...due };
  return {
    ...id,
    kind: 'scenario',
    scenarioId: d.scenarioId,
    mode: d.mode,
    ...(d.passRule === 'score' ? { passRule: { type: 'score' as const, minScore: Number(d.minScore) } } : {}),
    ...(d.passRule === 'completion' ? { passRule: { type: 'completion' as const } } : {}),
    ...due,
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
