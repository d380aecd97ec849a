import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TALK_ES_FILE } from '../fixtures/talk';
import { formatProblem } from '../problems/format-problem';
import { loadStringTableText } from './load-string-table';

describe('loadStringTableText', () => {
  it('loads the fixture table', () => {
    const loaded = loadStringTableText(readFileSync(TALK_ES_FILE, 'utf8'), TALK_ES_FILE);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.table.lang).toBe('es');
    expect(loaded.value.table.strings['meta.title']).toEqual({
      source: '900c73b9',
      text: 'Una charla breve',
    });
  });

  it('reports every problem with file:line:col', () => {
    const text = [
      'scenario: talk',
      'lang: es',
      'strings:',
      '  meta.title:',
      '    source: 3f2a',
      '    text: Una charla',
      '  beat.hello.line.0:',
      '    source: 17f4444f',
      '    txt: Hola.',
      '',
    ].join('\n');
    const loaded = loadStringTableText(text, 'talk.es.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = loaded.error.map((p) => formatProblem(p));
    expect(lines).toContainEqual(
      expect.stringMatching(/^talk\.es\.yaml:5:13 {2}strings\.meta\.title\.source {2}/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^talk\.es\.yaml:9:5 {2}.*unknown key `txt`/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^talk\.es\.yaml:7:3 {2}.*missing required field "text"/),
    );
  });

  it('reports an id given twice, and refuses English as a table language', () => {
    const twice =
      'scenario: talk\nlang: es\nstrings:\n  a.b: { source: 17f4444f, text: x }\n  a.b: { source: 17f4444f, text: y }\n';
    const dup = loadStringTableText(twice, 't.es.yaml');
    expect(!dup.ok && dup.error.map((p) => `${p.line}:${p.rule}`)).toEqual(['5:duplicate-key']);
    const en = loadStringTableText('scenario: talk\nlang: en\nstrings: {}\n', 't.en.yaml');
    expect(!en.ok && en.error.map((p) => `${p.line} ${p.message}`)).toEqual([
      '2 English is the source language: it has no string table',
    ]);
  });
});

describe('a hash of digits alone', () => {
  it('reads back as its 8 digits, and one YAML reads as another number is reported with how to quote it', () => {
    const table = (source: string) =>
      `scenario: talk\nlang: es\nstrings:\n  a.b: { source: ${source}, text: x }\n`;
    const digits = loadStringTableText(table('00123456'), 't.es.yaml');
    expect(digits.ok && digits.value.table.strings['a.b']?.source).toBe('00123456');
    const exp = loadStringTableText(table('1e234567'), 't.es.yaml');
    expect(!exp.ok && exp.error.map((p) => formatProblem(p))).toEqual([
      't.es.yaml:4:18  strings.a.b.source  expected string, found number Infinity  (put the hash in quotes (source: "01234567"): a hash of digits alone reads as a number)',
    ]);
  });
});
