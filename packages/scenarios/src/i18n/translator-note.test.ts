import { describe, expect, it } from 'vitest';
import { translatorNote } from './translator-note';

const HEADER = [
  '# talk: string table for "es" (format in docs/i18n.md). Each entry: the stable id of an',
  '# check talk` lists what is missing or stale. Keep {{placeholders}} and line breaks as they are.',
].join('\n');

describe('translatorNote', () => {
  it('returns the comment lines after the generated header, without the separating #', () => {
    const text = `${HEADER}\n#\n# Mam, not Spanish.\n#   - second line\nscenario: talk\n# en: not part of it\n`;
    expect(translatorNote(text)).toEqual(['# Mam, not Spanish.', '#   - second line']);
  });

  it('returns undefined when the file has only the generated header', () => {
    expect(translatorNote(`${HEADER}\nscenario: talk\nlang: es\n`)).toBeUndefined();
  });

  it('keeps every leading comment of a hand-written table that has no generated header', () => {
    expect(translatorNote('# Written by hand.\nscenario: talk\n')).toEqual(['# Written by hand.']);
  });
});
