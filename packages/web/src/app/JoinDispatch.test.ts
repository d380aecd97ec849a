import { describe, expect, it } from 'vitest';
import { isInviteToken } from './JoinDispatch';

describe('isInviteToken', () => {
  it('tells a workshop room code from an invite token by its length', () => {
    expect(isInviteToken('AB12CD')).toBe(false);
    expect(isInviteToken(undefined)).toBe(false);
    expect(isInviteToken('q0Yx3vN8-b2c4Zr7TkPQ1aH5sLmW9eUo')).toBe(true);
  });
});
