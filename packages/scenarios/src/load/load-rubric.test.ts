import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/format-problem';
import { knownSourceIds } from '../sources/known-source-ids';
import { loadSources } from '../sources/load-sources';
import { loadRubric } from './load-rubric';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

describe('loadRubric', () => {
  it('loads the nine competencies of the bundled rubric with their codes', () => {
    const rubric = loadRubric();
    if (!rubric.ok) throw new Error(rubric.error.map((p) => formatProblem(p)).join('\n'));
    expect(rubric.value.competencies.map((c) => `${c.code} ${c.id}`)).toEqual([
      'C1 safety',
      'C2 transparency',
      'C3 choice',
      'C4 communication',
      'C5 language-access',
      'C6 screening',
      'C7 legal-knowledge',
      'C8 ambivalence',
      'C9 culture-boundaries',
    ]);
  });

  it('cites only sources listed in content/sources.yaml', () => {
    const rubric = loadRubric();
    const sources = loadSources();
    if (!rubric.ok || !sources.ok) throw new Error('bundled content must load');
    const known = knownSourceIds(sources.value);
    const unknown = rubric.value.competencies.flatMap((c) =>
      c.sources.filter((s) => !known.has(s)).map((s) => `${c.id}: ${s}`),
    );
    expect(unknown).toEqual([]);
  });

  it('reports a competency id used twice at the second one', () => {
    const rubric = loadRubric(`${fixtures}/broken/rubric.yaml`);
    expect(rubric.ok).toBe(false);
    if (rubric.ok) return;
    expect(rubric.error.map((p) => `${p.line}:${p.col} ${p.rule}`)).toEqual(['8:9 duplicate-competency']);
  });
});
