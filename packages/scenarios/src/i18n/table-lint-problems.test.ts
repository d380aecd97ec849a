import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS_DIR } from '../content-paths';
import { createRegistry } from '../registry/create-registry';
import { tableLintProblems } from './table-lint-problems';

// `doorway lint` runs the Spanish phrase list on a Spanish table: a best option that promises trust it has
// not earned ("Puede confiar en mí") is an error at that entry's line, as it is in English.
describe('tableLintProblems', () => {
  const registry = createRegistry();
  const scenario = registry.get('first-contact')?.scenario;
  if (!scenario) throw new Error('first-contact is bundled');
  const source = join(SCENARIOS_DIR, 'first-contact.yaml');

  function withTable(edit: (text: string) => string) {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-table-lint-'));
    const file = join(dir, 'first-contact.yaml');
    copyFileSync(source, file);
    const table = readFileSync(source.replace(/\.yaml$/, '.es.yaml'), 'utf8');
    writeFileSync(join(dir, 'first-contact.es.yaml'), edit(table));
    return tableLintProblems([file], [scenario as NonNullable<typeof scenario>]);
  }

  it('the bundled Spanish table of first-contact has no phrase problems', () => {
    expect(withTable((t) => t).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('regression: a Spanish phrase to avoid in a best option is an error with file:line', () => {
    const best = 'beat.triage.choice.universal-policy.text:';
    const planted = withTable((t) => {
      const at = t.indexOf(best);
      const textAt = t.indexOf('text: ', at + best.length);
      return `${t.slice(0, textAt)}text: Puede confiar en mí. ${t.slice(textAt + 'text: '.length)}`;
    });
    const errors = planted.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]?.file).toMatch(/first-contact\.es\.yaml$/);
    expect(errors[0]?.line).toBeGreaterThan(1);
  });
});
