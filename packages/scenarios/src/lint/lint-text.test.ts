import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../load/load-rubric';
import { formatProblem } from '../problems/format-problem';
import { loadSources } from '../sources/load-sources';
import { lintText } from './lint-text';

const mini = readFileSync(
  fileURLToPath(new URL('../fixtures/valid/scenarios/mini.yaml', import.meta.url)),
  'utf8',
);

function shared() {
  const rubric = loadRubric();
  const sources = loadSources();
  if (!rubric.ok || !sources.ok) throw new Error('shared content');
  return { rubric: rubric.value, sources: sources.value };
}

describe('lintText', () => {
  it('finds nothing wrong in a sound scenario and returns it compiled', () => {
    const { rubric, sources } = shared();
    const result = lintText(mini, 'mini.yaml', rubric, sources);
    expect(result.problems).toEqual([]);
    expect(result.compiled?.scenario.id).toBe('mini');
  });

  it('reports analysis, source and phrase problems at their line in the text', () => {
    const { rubric, sources } = shared();
    const text = mini
      .replace(
        '"My name is Alex. You decide what we talk about."',
        '"You can trust me. You decide what we talk about."',
      )
      .replace('sources: [prac-trauma-informed]', 'sources: [prac-trauma-informd]')
      .replace(
        'endings:\n',
        'endings:\n  never: { title: Never, outcome: negative, debrief: "Nobody gets here." }\n',
      );
    expect(lintText(text, 'mini.yaml', rubric, sources).problems.map((p) => formatProblem(p))).toEqual([
      'mini.yaml:29:23  phases.opening.beats.hello.choices[0].sources[0]  unknown source `prac-trauma-informd`  (did you mean `prac-trauma-informed`? content/sources.yaml lists the guidance ids (like `interp-3`) and reference keys (like `OVC-INT`))',
      'mini.yaml:32:19  phases.opening.beats.hello.choices[1].text  "you can trust me" in a choice scored best: trust is earned through transparency, not asked for  (reword it (explain your role, what you can and cannot do, and confidentiality limits), or score the choice harmful if that is the point)',
      'mini.yaml:46:3  endings.never  no run can reach the ending `never`  (lead a choice to it, or remove it)',
    ]);
  });

  it('stops at YAML and format problems without analysing', () => {
    const { rubric, sources } = shared();
    const result = lintText(mini.replace('verdict: best', 'verdict: great'), 'mini.yaml', rubric, sources);
    expect(result.compiled).toBeUndefined();
    expect(result.problems.map((p) => p.rule)).toEqual(['schema']);
  });
});
