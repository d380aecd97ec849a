import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SCENARIOS_DIR, TEMPLATE_FILE } from '../../content-paths';
import { lintFiles, summaryLine } from '../../lint/lint-files';
import { formatProblem } from '../../problems/format-problem';
import type { Command } from '../cli-io';
import { loadShared } from '../load-shared';
import { parseOptions } from '../parse-options';

export const newCommand: Command = {
  summary: 'write a new scenario file from the commented template',
  usage: [
    'Usage: doorway new <id> [--dir folder] [--force]',
    '',
    'Writes <id>.yaml (default folder: the bundled content/scenarios) from the commented template in',
    'content/templates/scenario.yaml, with its id and title filled in, then lints it.',
    '',
    'Options:',
    '  --dir <folder>   where to write the file',
    '  --force          overwrite an existing file',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, { dir: { type: 'string' }, force: { type: 'boolean' } });
    if (!parsed.ok) {
      io.err(`doorway new: ${parsed.error}`);
      return 2;
    }
    const [id] = parsed.value.positionals;
    if (id === undefined || !/^[a-z][a-z0-9-]*$/.test(id)) {
      io.err(
        'doorway new: give an id of lower-case words joined by hyphens, for example `doorway new street-outreach`',
      );
      return 2;
    }
    const dir =
      typeof parsed.value.values.dir === 'string' ? resolve(io.cwd, parsed.value.values.dir) : SCENARIOS_DIR;
    const file = join(dir, `${id}.yaml`);
    if (existsSync(file) && !parsed.value.values.force) {
      io.err(`doorway new: ${file} already exists (use --force to overwrite it)`);
      return 1;
    }
    const title = id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
    const text = readFileSync(TEMPLATE_FILE, 'utf8')
      .replace(/new-scenario/g, id)
      .replace(/^title: New scenario$/m, `title: ${title}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
    io.out(`wrote ${file}`);
    const shared = loadShared(io);
    if (!shared) return 1;
    const report = lintFiles([file], shared.rubric, shared.sources);
    for (const p of report.problems) io.out(formatProblem(p, { relativeTo: io.cwd }));
    io.out(summaryLine(report));
    return report.errors > 0 ? 1 : 0;
  },
};
