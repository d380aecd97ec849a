import { toDot, toMermaid } from '@doorway/engine';
import type { Command } from '../cli-io';
import { parseOptions } from '../parse-options';
import { resolveScenario } from '../resolve-scenario';

export const graphCommand: Command = {
  summary: 'the map of a scenario as Mermaid or Graphviz DOT',
  usage: [
    'Usage: doorway graph <id or file> [--format mermaid|dot]',
    '',
    'Prints the beats, choices and endings of the scenario as a graph: Mermaid (default; paste into a',
    'Markdown file or mermaid.live) or DOT (for Graphviz: `dot -Tsvg`).',
    '',
    'Options:',
    '  --format <f>   mermaid (default) or dot',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, { format: { type: 'string' } });
    if (!parsed.ok) {
      io.err(`doorway graph: ${parsed.error}`);
      return 2;
    }
    const format = parsed.value.values.format ?? 'mermaid';
    if (format !== 'mermaid' && format !== 'dot') {
      io.err('doorway graph: --format must be mermaid or dot');
      return 2;
    }
    const [target] = parsed.value.positionals;
    if (target === undefined) {
      io.err('doorway graph: name a scenario id or file');
      return 2;
    }
    const resolved = resolveScenario(target, io);
    if (!resolved) return 1;
    io.out(format === 'dot' ? toDot(resolved.compiled) : toMermaid(resolved.compiled));
    return 0;
  },
};
