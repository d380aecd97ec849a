import { describe, expect, it } from 'vitest';
import { matchPath } from './matchPath';

describe('matchPath', () => {
  it('matches literal and parameter segments exactly', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/runs/:id', '/runs/abc')).toEqual({ id: 'abc' });
    expect(matchPath('/runs/:id/debrief', '/runs/abc/debrief')).toEqual({ id: 'abc' });
    expect(matchPath('/runs/:id', '/runs/abc/debrief')).toBeUndefined();
    expect(matchPath('/runs/:id', '/runs')).toBeUndefined();
    expect(matchPath('/sources', '/scenarios')).toBeUndefined();
  });

  it('allows an optional last parameter', () => {
    expect(matchPath('/join/:code?', '/join')).toEqual({});
    expect(matchPath('/join/:code?', '/join/ABC123')).toEqual({ code: 'ABC123' });
  });
});
