import { describe, expect, it } from 'vitest';
import type { CourseStep } from './courseTypes';
import { draftOf, newDraft, toEditInput } from './editDraft';

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

describe('edit drafts', () => {
  it('sends a kept step back with its id and the same facts', () => {
    expect(toEditInput(draftOf(step))).toEqual({
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
    expect(toEditInput(d)).toEqual({
      id: 's1',
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'assessment',
      passRule: { type: 'completion' },
      dueAt: '2026-05-20T23:59:59.000Z',
    });
    expect(toEditInput({ ...draftOf(step), dueDate: '', passRule: 'none' })).toEqual({
      id: 's1',
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'assessment',
    });
  });

  it('new steps have no id; a workshop session sends its title', () => {
    expect(toEditInput({ ...newDraft('workshop'), title: 'Role-play day' })).toEqual({
      kind: 'workshop',
      title: 'Role-play day',
    });
    expect(toEditInput({ ...newDraft('scenario'), scenarioId: 'first-contact' })).toEqual({
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'practice',
    });
  });
});
