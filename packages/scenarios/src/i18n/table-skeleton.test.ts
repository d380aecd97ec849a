import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TALK_ES_FILE, talkScenario } from '../fixtures/talk';
import { loadStringTableText } from './load-string-table';
import type { StringTable } from './string-table-schema';
import { tableRows } from './table-rows';
import { tableSkeleton } from './table-skeleton';
import { translatableStrings } from './translatable-strings';

function fixtureTable(): StringTable {
  const loaded = loadStringTableText(readFileSync(TALK_ES_FILE, 'utf8'), TALK_ES_FILE);
  if (!loaded.ok) throw new Error('fixtures/i18n/talk.es.yaml does not load');
  return loaded.value.table;
}

function reload(text: string): StringTable {
  const loaded = loadStringTableText(text, 'talk.es.yaml');
  if (!loaded.ok) throw new Error(loaded.error.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n'));
  return loaded.value.table;
}

describe('tableSkeleton', () => {
  it('writes every id with its hash, the English as a comment and an empty text, and loads back', () => {
    const strings = translatableStrings(talkScenario());
    const text = tableSkeleton('talk', 'es', strings);
    const table = reload(text);
    expect(Object.keys(table.strings)).toEqual(strings.map((s) => s.id));
    expect(table.strings['beat.bye.line.0']).toEqual({
      source: strings.find((s) => s.id === 'beat.bye.line.0')?.source,
      text: '',
    });
    expect(text).toContain('  # en: He keeps texting me.\n  beat.bye.line.0:\n');
    expect(tableRows(strings, table).rows.every((r) => r.status === 'missing')).toBe(true);
  });

  it('keeps existing translations, keeps a stale entry stale, and keeps ids that are gone at the end', () => {
    const strings = translatableStrings(talkScenario());
    const before = fixtureTable();
    const text = tableSkeleton('talk', 'es', strings, before);
    const after = reload(text);
    expect(after.strings['meta.title']).toEqual(before.strings['meta.title']);
    expect(after.strings['ending.done.debrief']).toEqual({
      source: '0badc0de',
      text: 'La conversación terminó.',
    });
    expect(text).toMatch(/# STALE: the English changed.*set source: [0-9a-f"]+\n {2}ending\.done\.debrief:/);
    expect(after.strings['beat.gone.line.0']).toEqual(before.strings['beat.gone.line.0']);
    const statuses = (t: StringTable) => tableRows(strings, t).rows.map((r) => `${r.string.id}=${r.status}`);
    expect(statuses(after)).toEqual(statuses(before));
  });

  it('moves a translation with its English when a line is inserted above it', () => {
    const strings = translatableStrings(talkScenario());
    const translated = reload(tableSkeleton('talk', 'es', strings, fixtureTable()));
    translated.strings['beat.bye.line.0'] = {
      source: strings.find((s) => s.id === 'beat.bye.line.0')?.source ?? '',
      text: 'Me sigue escribiendo.',
    };
    const inserted = translatableStrings(
      talkScenario((t) =>
        t.replace(
          '          - { speaker: sam, text: "He keeps texting me." }',
          '          - { narration: "Sam sighs." }\n          - { speaker: sam, text: "He keeps texting me." }',
        ),
      ),
    );
    const after = reload(tableSkeleton('talk', 'es', inserted, translated));
    expect(after.strings['beat.bye.line.1']?.text).toBe('Me sigue escribiendo.');
    expect(after.strings['beat.bye.line.0']?.text).toBe('');
  });

  it('writes text that needs quoting or spans lines so that it loads back the same', () => {
    const strings = translatableStrings(talkScenario()).slice(0, 4);
    const texts = ['"Hola," dice: ¿sí?', 'línea uno\nlínea dos', ' # no es comentario', 'yes'];
    const table: StringTable = {
      scenario: 'talk',
      lang: 'es',
      strings: Object.fromEntries(strings.map((s, i) => [s.id, { source: s.source, text: texts[i] ?? '' }])),
    };
    expect(reload(tableSkeleton('talk', 'es', strings, table)).strings).toEqual(table.strings);
  });
});
