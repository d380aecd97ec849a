import { describe, expect, it } from 'vitest';
import { langAt, linesToTranscript } from './contentLang';

describe('langAt', () => {
  it('gives the answer’s language, and English for the paths listed in inEnglish', () => {
    const at = langAt({ lang: 'es', inEnglish: ['view.choices.1.text'] });
    expect(at('view.choices.0.text')).toBe('es');
    expect(at('view.choices.1.text')).toBe('en');
  });

  it('is English everywhere for an answer without a language', () => {
    expect(langAt({})('view.lines.0.text')).toBe('en');
    expect(langAt(undefined)('x')).toBe('en');
  });
});

describe('linesToTranscript', () => {
  it('moves view line paths to their place in the transcript and drops the rest', () => {
    expect(
      linesToTranscript(['view.lines.0.text', 'view.lines.2.speaker.name', 'view.choices.1.text'], 12),
    ).toEqual(['transcript.12.text', 'transcript.14.speaker.name']);
  });
});
