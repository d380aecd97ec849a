import { describe, expect, it } from 'vitest';
import { talkScenario } from '../fixtures/talk';
import { poString, toPo } from './po-file';
import { tableRows } from './table-rows';
import { translatableStrings } from './translatable-strings';

describe('toPo', () => {
  const strings = translatableStrings(talkScenario());
  const debrief = strings.find((s) => s.id === 'ending.done.debrief');
  const title = strings.find((s) => s.id === 'meta.title');
  const table = {
    scenario: 'talk',
    lang: 'es',
    strings: {
      'meta.title': { source: title?.source ?? '', text: 'Una charla breve' },
      'ending.done.debrief': { source: '0badc0de', text: 'La conversación terminó.' },
    },
  };
  const po = toPo(tableRows(strings, table).rows, {
    scenarioId: 'talk',
    version: '1.0.0',
    lang: 'es',
    reference: () => 'talk.yaml:7',
  });

  it('gives each text its id as msgctxt, the English as msgid and the translation as msgstr', () => {
    expect(po).toContain(
      `#. scenario title (catalog, player heading)\n#. source: ${title?.source}\n#: talk.yaml:7\nmsgctxt "meta.title"\nmsgid "A short talk"\nmsgstr "Una charla breve"\n`,
    );
    expect(po).toContain('msgctxt "beat.bye.line.0"\nmsgid "He keeps texting me."\nmsgstr ""\n');
    expect(po).toContain('"Language: es\\n"');
  });

  it('marks a stale translation fuzzy and keeps it', () => {
    expect(po).toContain(
      `#. source: ${debrief?.source}\n#: talk.yaml:7\n#, fuzzy\nmsgctxt "ending.done.debrief"\nmsgid "The conversation ended with the door open."\nmsgstr "La conversación terminó."\n`,
    );
    expect(po.match(/#, fuzzy/g)).toHaveLength(1);
  });

  it('escapes quotes and backslashes and splits line breaks', () => {
    expect(poString('She said "no" \\ then')).toBe('"She said \\"no\\" \\\\ then"');
    expect(poString('one\ntwo')).toBe('""\n"one\\n"\n"two"');
  });
});
