import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/format-problem';
import { loadRubric } from './load-rubric';
import { loadScenarioFile } from './load-scenario-file';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const fixturesDir = fileURLToPath(new URL('../fixtures', import.meta.url));

function rubric() {
  const r = loadRubric();
  if (!r.ok) throw new Error('the bundled rubric must load');
  return r.value;
}

function lines(name: string): string[] {
  const loaded = loadScenarioFile(fixture(name), rubric());
  if (loaded.ok) return [];
  return loaded.error.map((p) => formatProblem(p, { relativeTo: fixturesDir }));
}

describe('loadScenarioFile', () => {
  it('reports every schema problem at once with file:line:col, path, message and fix', () => {
    expect(lines('broken/typos.yaml')).toEqual([
      'broken/typos.yaml:18:13  phases.opening.beats.hello.choices[0].verdict  missing required field "verdict"  (add `verdict:`; use one of: best, acceptable, harmful)',
      'broken/typos.yaml:20:13  phases.opening.beats.hello.choices[0].verdit  unknown key `verdit`  (did you mean `verdict`? allowed keys here: id, text, action, when, effects, evidence, verdict, feedback, sources, critical, reactions, next)',
      'broken/typos.yaml:23:17  phases.opening.beats.hello.choices[1].id  "Bad_Id": ids are lower-case words joined by hyphens, for example `private-room`  (follow the format named in the message)',
      'broken/typos.yaml:25:22  phases.opening.beats.hello.choices[1].verdict  string "great" is not allowed here  (use one of: best, acceptable, harmful)',
      'broken/typos.yaml:27:22  phases.opening.beats.hello.choices[1].next[0].when  a meter condition needs `atLeast`, `below` or both (for example `{ meter: trust, atLeast: 40 }`)  (correct the value as the message says)',
      'broken/typos.yaml:29:3  endings.done.debrief  missing required field "debrief"  (add `debrief:` (string))',
    ]);
  });

  it('reports broken references with the position of the value or key and a likely spelling', () => {
    expect(lines('broken/references.yaml')).toEqual([
      'broken/references.yaml:30:19  phases.opening.beats.hello.choices[0].next  unknown beat or ending `privte-room`  (did you mean `private-room`? `next` names a beat, an ending, or `return` inside an interruption)',
      'broken/references.yaml:37:19  phases.opening.beats.hello.choices[1].next  unknown beat or ending `privte-room`  (did you mean `private-room`? `next` names a beat, an ending, or `return` inside an interruption)',
      'broken/references.yaml:40:24  phases.opening.beats.private-room.lines[0].speaker  unknown cast member `sammy`  (did you mean `sam`?)',
      'broken/references.yaml:45:25  phases.opening.beats.private-room.choices[0].evidence.choise  unknown competency `choise`  (did you mean `choice`?)',
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their position instead of throwing', () => {
    expect(lines('broken/syntax.yaml')).toEqual([
      'broken/syntax.yaml:4:1  (top level)  duplicate key "title"  (each key may appear only once in the same mapping: rename or remove one of them)',
      'broken/syntax.yaml:8:1  (top level)  Flow sequence in block collection must be sufficiently indented and end with a ]  (indent with spaces so that sibling keys line up exactly)',
    ]);
  });

  it('reports a missing file as a problem', () => {
    expect(lines('broken/does-not-exist.yaml')).toEqual([
      'broken/does-not-exist.yaml:1:1  (top level)  file not found  (check the path)',
    ]);
  });

  it('loads a valid file with its defaults applied', () => {
    const loaded = loadScenarioFile(fixture('valid/scenarios/mini.yaml'), rubric());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.scenario.id).toBe('mini');
    expect(loaded.value.scenario.passThreshold).toBe(80);
    expect(loaded.value.warnings).toEqual([]);
  });
});
