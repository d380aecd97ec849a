import { describe, expect, it } from 'vitest';
import type { CourseStep } from './courseTypes';
import { draftOf, moveItem, newDraft, toStepInput } from './stepDraft';

const step: CourseStep = {
  id: 's1',
  kind: 'scenario',
  title: 'First contact',
  scenarioId: 'first-contact',
  scenarioVersion: '1.0.0',
  mode: 'assessment',
  passRule: { type: 'score', minScore: 75 },
  dueAt: '2026-05-12T10:00:00.000Z',
};

describe('step drafts (create and edit)', () => {
  it('sends a kept step back with its id and the same facts', () => {
    expect(toStepInput(draftOf(step))).toEqual({
      id: 's1',
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'assessment',
      passRule: { type: 'score', minScore: 75 },
      dueAt: '2026-05-12T10:00:00.000Z',
    });
  });

  it('a changed due day is the end of that day; a cleared one is left out; rules change', () => {
    const d = { ...draftOf(step), dueDate: '2026-05-20', passRule: 'completion' as const };
    expect(toStepInput(d)).toEqual({
      id: 's1',
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'assessment',
      passRule: { type: 'completion' },
      dueAt: '2026-05-20T23:59:59.000Z',
    });
    expect(toStepInput({ ...draftOf(step), dueDate: '', passRule: 'none' })).toEqual({
      id: 's1',
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'assessment',
    });
  });

  it('new steps (all of a new course) have no id; a workshop session sends its title', () => {
    expect(toStepInput({ ...newDraft('workshop'), title: 'Role-play day' })).toEqual({
      kind: 'workshop',
      title: 'Role-play day',
    });
    expect(toStepInput({ ...newDraft('scenario'), scenarioId: 'first-contact' })).toEqual({
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'practice',
    });
  });
  it('a new step with a score rule sends it as a number, and a new due day is the end of that day in UTC', () => {
    const d = { ...newDraft('scenario'), scenarioId: 'first-contact', mode: 'assessment' as const };
    expect(toStepInput({ ...d, passRule: 'score', minScore: '70' })).toEqual({
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'assessment',
      passRule: { type: 'score', minScore: 70 },
    });
    expect(toStepInput({ ...d, passRule: 'completion', dueDate: '2027-01-15' })).toMatchObject({
      passRule: { type: 'completion' },
      dueAt: '2027-01-15T23:59:59.000Z',
    });
  });
});

describe('moveItem', () => {
  it('moves within the list and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
