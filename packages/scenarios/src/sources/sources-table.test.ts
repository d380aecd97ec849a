import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../i18n/source-hash';
import { formatProblem } from '../problems/format-problem';
import { loadSources } from './load-sources';
import { loadSourcesTable } from './load-sources-table';
import { localizeSources, sourcesTableRows } from './localize-sources';
import { sectionId, sourceStrings } from './source-strings';
import type { Sources } from './sources-schema';

function bundled() {
  const sources = loadSources();
  if (!sources.ok) throw new Error(sources.error.map((p) => formatProblem(p)).join('\n'));
  const table = loadSourcesTable('es');
  if (!table.ok) throw new Error(table.error.map((p) => formatProblem(p)).join('\n'));
  if (!table.value) throw new Error('content/sources.es.yaml is missing');
  return { sources: sources.value, table: table.value.table };
}

const tiny: Sources = {
  documents: [{ id: '001', title: 'A guide', publisher: 'Someone, 2012' }],
  guidance: [
    {
      id: 'interp-3',
      document: '001',
      section: 'Interpreters',
      text: 'Never ask another victim to interpret.',
    },
    { id: 'screen-alone', document: '001', section: 'First contact', text: 'Meet one to one.' },
  ],
  references: [{ key: 'NSVRC', citation: 'NSVRC (2012).' }],
};

function writeTable(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'doorway-sources-')), 'sources.es.yaml');
  writeFileSync(file, text);
  return file;
}

describe('the Spanish sources table', () => {
  it('translates every guidance text and heading of content/sources.yaml from its current English', () => {
    const { sources, table } = bundled();
    const { rows, extra } = sourcesTableRows(sources, table);
    const notCurrent = rows.filter((r) => r.status !== 'current').map((r) => `${r.string.id} (${r.status})`);
    expect(notCurrent, 'run the English through review: update `source` once the Spanish says it').toEqual(
      [],
    );
    expect(extra.map(([id]) => id)).toEqual([]);
    expect(rows).toHaveLength(sources.guidance.length + new Set(sources.guidance.map((g) => g.section)).size);
  });

  it('gives the Spanish Sources page in Spanish, with the hotline number exact', () => {
    const { sources, table } = bundled();
    const es = localizeSources(sources, table);
    expect(es.lang).toBe('es');
    expect(es.guidance.every((g) => g.lang === 'es' && g.sectionLang === 'es')).toBe(true);
    const hotline = es.guidance.find((g) => g.id === 'res-hotline');
    expect(hotline?.text).toContain('Línea Nacional contra la Trata de Personas');
    expect(hotline?.text).toContain('1-888-373-7888');
    expect(hotline?.text).toContain('233733');
    expect(es.references).toEqual(sources.references);
    expect(es.documents).toEqual(sources.documents);
  });
});

describe('localizeSources', () => {
  const table = {
    lang: 'es',
    strings: {
      'section.interpreters': { source: sourceHash('Interpreters'), text: 'Intérpretes' },
      'guidance.interp-3': {
        source: sourceHash('Never ask another victim to interpret.'),
        text: 'Nunca le pida a otra víctima que interprete.',
      },
      'guidance.screen-alone': { source: sourceHash('Meet one to one.'), text: 'Reúnase a solas.' },
    },
  };

  it('uses current translations and keeps missing ones English, marked en', () => {
    const es = localizeSources(tiny, table);
    expect(es.guidance).toEqual([
      {
        id: 'interp-3',
        document: '001',
        section: 'Intérpretes',
        sectionLang: 'es',
        text: 'Nunca le pida a otra víctima que interprete.',
        lang: 'es',
      },
      {
        id: 'screen-alone',
        document: '001',
        section: 'First contact',
        sectionLang: 'en',
        text: 'Reúnase a solas.',
        lang: 'es',
      },
    ]);
  });

  it('shows the English again, and reports the entry stale, when the English changes', () => {
    const changed: Sources = {
      ...tiny,
      guidance: tiny.guidance.map((g) =>
        g.id === 'interp-3' ? { ...g, text: 'Never ask another victim or a relative to interpret.' } : g,
      ),
    };
    const item = localizeSources(changed, table).guidance.find((g) => g.id === 'interp-3');
    expect(item).toMatchObject({ text: 'Never ask another victim or a relative to interpret.', lang: 'en' });
    const stale = sourcesTableRows(changed, table).rows.filter((r) => r.status === 'stale');
    expect(stale.map((r) => r.string.id)).toEqual(['guidance.interp-3']);
  });

  it('is English throughout without a table', () => {
    const en = localizeSources(tiny, undefined);
    expect(en.lang).toBe('en');
    expect(en.guidance.map((g) => [g.lang, g.sectionLang])).toEqual([
      ['en', 'en'],
      ['en', 'en'],
    ]);
  });
});

describe('sourceStrings', () => {
  it('lists each section heading once, then each guidance item, with the hash of its English', () => {
    expect(sourceStrings(tiny).map((s) => [s.id, s.source])).toEqual([
      ['section.interpreters', sourceHash('Interpreters')],
      ['section.first-contact', sourceHash('First contact')],
      ['guidance.interp-3', sourceHash('Never ask another victim to interpret.')],
      ['guidance.screen-alone', sourceHash('Meet one to one.')],
    ]);
    expect(sectionId("The advocate's role")).toBe('section.the-advocate-s-role');
  });
});

describe('loadSourcesTable', () => {
  it('is undefined when there is no table for the language', () => {
    expect(loadSourcesTable('es', '/nonexistent/sources.es.yaml')).toEqual({ ok: true, value: undefined });
  });

  it('reports a bad id and a table for another language with their lines', () => {
    const badId = loadSourcesTable(
      'es',
      writeTable('lang: es\nstrings:\n  interp-3:\n    source: "0123abcd"\n    text: x\n'),
    );
    expect(badId.ok).toBe(false);
    if (!badId.ok)
      expect(badId.error.map((p) => [p.line, p.message])).toEqual([
        [3, '"interp-3" is not an id of the Sources page'],
      ]);
    const other = loadSourcesTable('es', writeTable('lang: fr\nstrings: {}\n'));
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.map((p) => [p.line, p.fix])).toEqual([[1, 'set lang: es']]);
  });
});
