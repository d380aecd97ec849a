import { describe, expect, it } from 'vitest';
import { moveItem, toStepInput } from './stepDraft';

describe('toStepInput', () => {
  const base = {
    key: 1,
    scenarioId: 'first-contact',
    mode: 'assessment' as const,
    minScore: '70',
    dueDate: '',
  };
  it('sends a score rule as a number and leaves out what is not set', () => {
    expect(toStepInput({ ...base, passRule: 'score' })).toEqual({
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'assessment',
      passRule: { type: 'score', minScore: 70 },
    });
    expect(toStepInput({ ...base, passRule: 'none' })).toEqual({
      kind: 'scenario',
      scenarioId: 'first-contact',
      mode: 'assessment',
    });
  });
  it('makes a due date the end of that day in UTC', () => {
    expect(toStepInput({ ...base, passRule: 'completion', dueDate: '2027-01-15' })).toMatchObject({
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
