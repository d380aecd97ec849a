import { describe, expect, it } from 'vitest';
import { SPANISH_REASSURING_WORDS, spanishReassuringScore } from './spanish-reassuring-words';

describe('spanishReassuringScore', () => {
  it('counts each reassuring word or phrase once per occurrence', () => {
    expect(spanishReassuringScore('Ya está a salvo, se lo prometo.')).toBe(2);
    expect(spanishReassuringScore('Gracias. Muchas gracias.')).toBe(2);
  });

  it('ignores case and accents, in both the text and the list', () => {
    expect(spanishReassuringScore('NO SE PREOCUPE, tomese su tiempo')).toBe(2);
    expect(spanishReassuringScore('Está bien')).toBe(spanishReassuringScore('esta bien'));
  });

  it('matches whole words only', () => {
    // "seguramente" and "ayudante" are not "segura" and "ayuda".
    expect(spanishReassuringScore('Seguramente el ayudante llega tarde.')).toBe(0);
  });

  it('scores plain questions as zero', () => {
    expect(spanishReassuringScore('¿Dónde trabaja ella? ¿Con quién vive?')).toBe(0);
  });

  it('has no duplicates', () => {
    expect(new Set(SPANISH_REASSURING_WORDS).size).toBe(SPANISH_REASSURING_WORDS.length);
  });
});
