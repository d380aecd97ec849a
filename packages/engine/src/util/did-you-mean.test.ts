import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean';

describe('didYouMean', () => {
  it('suggests the closest name for a likely typo, ignoring case', () => {
    expect(didYouMean('privte-room', ['private-room', 'arrival'])).toBe('private-room');
    expect(didYouMean('Verdit', ['verdict', 'text'])).toBe('verdict');
  });

  it('suggests nothing for an unrelated name or an empty list', () => {
    expect(didYouMean('zebra', ['private-room', 'arrival'])).toBeUndefined();
    expect(didYouMean('zzzzzz', ['private-room', 'lobby'])).toBeUndefined();
    expect(didYouMean('anything', [])).toBeUndefined();
  });
});
