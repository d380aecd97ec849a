import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { COVERAGE_DOC } from '../../content-paths';
import { coverageDocument } from '../../coverage/coverage-document';
import { loadOutOfScope } from '../../coverage/load-out-of-scope';
import { formatProblem } from '../../problems/format-problem';
import { createRegistry } from '../../registry/create-registry';
import type { Command } from '../cli-io';
import { loadShared } from '../load-shared';
import { parseOptions } from '../parse-options';

export const coverageCommand: Command = {
  summary: 'which decisions teach each seed guidance item (docs/coverage.md)',
  usage: [
    'Usage: doorway coverage [--write | --check]',
    '',
    'For each guidance item of content/sources.yaml, lists the decisions (scenario / beat / choice) whose',
    'sources cite it, the items out of scope (src/coverage/out-of-scope.yaml) and the items not covered yet.',
    '',
    'Options:',
    '  --write   write docs/coverage.md',
    '  --check   exit 1 if docs/coverage.md is not current',
    'Without an option, prints the document. Exits 1 when an item is neither covered nor out of scope.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, { write: { type: 'boolean' }, check: { type: 'boolean' } });
    if (!parsed.ok) {
      io.err(`doorway coverage: ${parsed.error}`);
      return 2;
    }
    const shared = loadShared(io);
    const outOfScope = loadOutOfScope();
    if (!shared || !outOfScope.ok) {
      if (outOfScope.ok === false)
        for (const p of outOfScope.error) io.err(formatProblem(p, { relativeTo: io.cwd }));
      return 1;
    }
    const registry = createRegistry();
    for (const p of registry.problems) {
      if (p.severity === 'error') io.err(formatProblem(p, { relativeTo: io.cwd }));
    }
    const { rows, markdown } = coverageDocument(registry, shared.sources, outOfScope.value);
    const missing = rows.filter((r) => r.decisions.length === 0 && r.outOfScope === undefined);
    const target = relative(io.cwd, COVERAGE_DOC);
    if (parsed.value.values.check) {
      let current = '';
      try {
        current = readFileSync(COVERAGE_DOC, 'utf8');
      } catch {}
      if (current !== markdown) {
        io.err(`${target} is not current: run \`pnpm doorway coverage --write\``);
        return 1;
      }
      io.out(`${target} is current`);
    } else if (parsed.value.values.write) {
      writeFileSync(COVERAGE_DOC, markdown);
      io.out(`wrote ${target}`);
    } else {
      io.out(markdown);
    }
    const taught =
      rows.length - missing.length - rows.filter((r) => r.decisions.length === 0 && r.outOfScope).length;
    io.err(`${taught} of ${rows.length} guidance items taught, ${missing.length} not covered yet`);
    if (missing.length > 0) io.err(`not covered yet: ${missing.map((r) => r.item.id).join(', ')}`);
    return missing.length > 0 ? 1 : 0;
  },
};
