import { relative } from 'node:path';
import { GOLDEN_DIR } from '../../content-paths';
import { checkGolden } from '../../golden/check-golden';
import { formatProblem } from '../../problems/format-problem';
import { createRegistry } from '../../registry/create-registry';
import type { Command } from '../cli-io';
import { parseOptions } from '../parse-options';

export const goldenCommand: Command = {
  summary: 'compare (or --update) the golden transcripts of every best path',
  usage: [
    'Usage: doorway golden [--update] [ids...]',
    '',
    'Plays the best path of each bundled scenario (always the best option, seed 1) and compares its',
    'transcript with tests/content/golden/<id>.txt. Exits 1 when one differs or is missing.',
    '',
    'Options:',
    '  --update   rewrite the files instead (review the diff before committing)',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, { update: { type: 'boolean' } });
    if (!parsed.ok) {
      io.err(`doorway golden: ${parsed.error}`);
      return 2;
    }
    const registry = createRegistry();
    for (const p of registry.problems)
      if (p.severity === 'error') io.err(formatProblem(p, { relativeTo: io.cwd }));
    const wanted = parsed.value.positionals;
    const entries = registry.list().filter((e) => wanted.length === 0 || wanted.includes(e.id));
    let failed = 0;
    for (const entry of entries) {
      const result = checkGolden(entry.compiled, { update: parsed.value.values.update === true });
      const file = relative(io.cwd, `${GOLDEN_DIR}/${entry.id}.txt`);
      if (result.status === 'different') {
        failed++;
        io.out(`${file}:${result.line}  differs`);
        io.out(`  expected: ${result.expected}`);
        io.out(`  actual:   ${result.actual}`);
      } else if (result.status === 'missing') {
        failed++;
        io.out(`${file}  missing (run \`pnpm doorway golden --update\`)`);
      } else {
        io.out(`${file}  ${result.status}`);
      }
    }
    return failed > 0 ? 1 : 0;
  },
};
