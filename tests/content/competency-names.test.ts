import { loadRubric } from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';
import { en } from '../../packages/web/src/i18n/en';
import { es } from '../../packages/web/src/i18n/es';

// The web shows competency names from its catalog's `competencies` table, keyed by competency id
// (docs/i18n.md); the API sends the rubric's English name. The English table must say exactly what the
// rubric says, and every competency must have a Spanish name, or a page would show a stale or English name.
describe('competency names in the interface catalogs', () => {
  const rubric = loadRubric();

  it('has every rubric competency, with the rubric’s English name and a Spanish one, and no other id', () => {
    if (!rubric.ok) throw new Error('the rubric does not load: run `pnpm doorway lint`');
    const names = Object.fromEntries(rubric.value.competencies.map((c) => [c.id, c.name]));
    expect(en.competencies).toEqual(names);
    expect(Object.keys(es.competencies).sort()).toEqual(Object.keys(names).sort());
    for (const [id, name] of Object.entries(es.competencies)) {
      expect(name.trim(), id).not.toBe('');
      expect(name, id).not.toBe(names[id]);
    }
  });
});
