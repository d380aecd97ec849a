import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TALK_ES_FILE, TALK_FILE } from '../fixtures/talk';
import { loadRubric } from '../load/load-rubric';
import { loadScenarioText } from '../load/load-scenario-text';
import { formatProblem } from '../problems/format-problem';
import { checkStringTable, placeholders } from './check-string-table';
import { loadStringTableText } from './load-string-table';
import { tableSkeleton } from './table-skeleton';
import { translatableStrings } from './translatable-strings';

function loadTalk(edit: (text: string) => string = (t) => t) {
  const rubric = loadRubric();
  if (!rubric.ok) throw new Error('rubric');
  const loaded = loadScenarioText(edit(readFileSync(TALK_FILE, 'utf8')), 'talk.yaml', rubric.value);
  if (!loaded.ok) throw new Error('talk.yaml does not load');
  return loaded.value;
}

function table(text: string) {
  const loaded = loadStringTableText(text, 'talk.es.yaml');
  if (!loaded.ok) throw new Error(loaded.error.map((p) => p.message).join('\n'));
  return loaded.value;
}

// A table with every text of talk.yaml translated (each Spanish text is "es: " + the English).
function completeTable(): string {
  const strings = translatableStrings(loadTalk().scenario);
  const done = {
    scenario: 'talk',
    lang: 'es',
    strings: Object.fromEntries(strings.map((s) => [s.id, { source: s.source, text: `es: ${s.text}` }])),
  };
  return tableSkeleton('talk', 'es', strings, done);
}

describe('checkStringTable', () => {
  it('passes a complete, current table', () => {
    const talk = loadTalk();
    const check = checkStringTable({
      scenario: talk.scenario,
      scenarioParsed: talk.parsed,
      table: table(completeTable()),
      lang: 'es',
    });
    expect(check.problems).toEqual([]);
    expect(check).toMatchObject({ texts: 35, current: 35, stale: 0, missing: 0, extra: 0 });
  });

  it('reports missing, stale and extra ids of the fixture table with file:line:col', () => {
    const talk = loadTalk();
    const fixture = loadStringTableText(readFileSync(TALK_ES_FILE, 'utf8'), 'talk.es.yaml');
    if (!fixture.ok) throw new Error('fixture');
    const check = checkStringTable({
      scenario: talk.scenario,
      scenarioParsed: talk.parsed,
      table: fixture.value,
      lang: 'es',
    });
    expect(check).toMatchObject({ texts: 35, current: 6, stale: 1, missing: 28, extra: 1 });
    const lines = check.problems.map((p) => formatProblem(p));
    expect(lines).toContain(
      'talk.es.yaml:28:13  strings.ending.done.debrief.source  the English of ending.done.debrief changed since it was translated (source 0badc0de, English now b546f066: "The conversation ended with the door open.")  (review the text against the English now, then set source: "b546f066")',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^talk\.es\.yaml:30:3 {2}strings\.beat\.gone\.line\.0 {2}`beat\.gone\.line\.0` is not a text of talk/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^talk\.es\.yaml:26:11 .*no es text for beat\.hello\.choice\.introduce\.feedback yet/,
      ),
    );
    // A text with no entry at all is reported at its English in the scenario file.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^talk\.yaml:76:35 {2}phases\.closing\.beats\.bye\.lines\[0\]\.text {2}no es text for beat\.bye\.line\.0 yet/,
      ),
    );
    expect(new Set(check.problems.map((p) => p.rule))).toEqual(
      new Set(['i18n-missing', 'i18n-stale', 'i18n-extra']),
    );
  });

  it('regression: an English line that changes marks its translation stale', () => {
    const text = completeTable();
    const changed = loadTalk((t) => t.replace('"He keeps texting me."', '"He texts me every hour."'));
    const check = checkStringTable({
      scenario: changed.scenario,
      scenarioParsed: changed.parsed,
      table: table(text),
      lang: 'es',
    });
    expect(check.problems.map((p) => `${p.rule} ${p.path.join('.')}`)).toEqual([
      'i18n-stale strings.beat.bye.line.0.source',
    ]);
    expect(check).toMatchObject({ current: 34, stale: 1 });
  });

  it('reports placeholders that differ from the English, and a table for another scenario or language', () => {
    const withName = loadTalk((t) => t.replace('"He keeps texting me."', '"He keeps texting {{name}}."'));
    const strings = translatableStrings(withName.scenario);
    const line = strings.find((s) => s.id === 'beat.bye.line.0');
    const text = [
      'scenario: other',
      'lang: pt',
      'strings:',
      '  beat.bye.line.0:',
      `    source: "${line?.source}"`,
      '    text: Me sigue escribiendo.',
      '',
    ].join('\n');
    const check = checkStringTable({ scenario: withName.scenario, table: table(text), lang: 'es' });
    const found = check.problems.map((p) => `${p.line}:${p.col} ${p.rule} ${p.message}`);
    expect(found).toContain(
      '1:11 i18n-table this table says it translates "other", but its file belongs to "talk"',
    );
    expect(found).toContain('2:7 i18n-table this table says lang: pt, but its file name says es');
    expect(found).toContain(
      '6:11 i18n-placeholders placeholders differ from the English: English has {{name}}, this text has none',
    );
    expect(placeholders('{{ b }} y {{a}}')).toEqual(['{{a}}', '{{b}}']);
  });
});
