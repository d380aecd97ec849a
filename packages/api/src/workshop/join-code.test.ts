import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode } from './join-code';

describe('join codes', () => {
  it('are six characters from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode(randomBytes);
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    }
  });

  it('leave out characters that read alike', () => {
    for (const c of '0O1IL5S2Z8B') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it('use every character of the alphabet (no modulo bias towards a few)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) for (const c of newJoinCode(randomBytes)) seen.add(c);
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('normalise what people type', () => {
    expect(normaliseJoinCode(' k7q-hxa ')).toBe('K7QHXA');
  });
});
