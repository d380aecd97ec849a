import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newId, newSeed, newToken, tokenMatches } from './tokens';

describe('run tokens', () => {
  it('are 256 random bits, stored as a sha256 hex hash, matched only by the same token', () => {
    const random = (n: number) => randomBytes(n);
    const token = newToken(random);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newToken(random)).not.toBe(token);
    const stored = hashToken(token);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenMatches(token, stored)).toBe(true);
    expect(tokenMatches(`${token}x`, stored)).toBe(false);
    expect(tokenMatches('', stored)).toBe(false);
    expect(tokenMatches(token, 'not-a-hash')).toBe(false);
  });

  it('ids are 16 base64url characters and seeds fit a signed 32-bit column', () => {
    const fixed = (n: number) => new Uint8Array(n).fill(255);
    expect(newId(fixed)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(newSeed(fixed)).toBe(2 ** 31 - 1);
  });
});
