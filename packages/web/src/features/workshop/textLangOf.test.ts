import { describe, expect, it } from 'vitest';
import { textLangOf } from './textLangOf';

describe('textLangOf', () => {
  it("gives the answer's language, and English for the paths listed in inEnglish", () => {
    const langOf = textLangOf({ lang: 'es', inEnglish: ['choices.1.text'] });
    expect(langOf('choices.0.text')).toBe('es');
    expect(langOf('choices.1.text')).toBe('en');
  });

  it('gives English for every text of an English answer or one without a language', () => {
    expect(textLangOf({ lang: 'en' })('lines.0.text')).toBe('en');
    expect(textLangOf({})('lines.0.text')).toBe('en');
  });
});
