import { describe, expect, it } from 'vitest';
import { runLanguageFor } from './runLanguage';

const en = { lang: 'en', complete: true, translated: 10, texts: 10 };

describe('runLanguageFor', () => {
  it('starts in the interface language when the scenario has it, complete or partial', () => {
    expect(runLanguageFor([en, { lang: 'es', complete: true, translated: 10, texts: 10 }], 'es')).toEqual({
      lang: 'es',
      status: 'complete',
    });
    expect(runLanguageFor([en, { lang: 'es', complete: false, translated: 7, texts: 10 }], 'es')).toEqual({
      lang: 'es',
      status: 'partial',
      translated: 7,
      texts: 10,
    });
  });

  it('falls back to English, saying which language was wanted, when the scenario has no table for it', () => {
    expect(runLanguageFor([en], 'es')).toEqual({ lang: 'en', status: 'unavailable', wanted: 'es' });
    expect(runLanguageFor(undefined, 'es')).toEqual({ lang: 'en', status: 'unavailable', wanted: 'es' });
    expect(runLanguageFor([en], 'en')).toEqual({ lang: 'en', status: 'complete' });
  });
});
