import type { Command } from '../cli-io';
import { loadShared } from '../load-shared';
import { parseOptions } from '../parse-options';

export const sourcesCommand: Command = {
  summary: 'list the source ids a choice may cite (filter by words)',
  usage: [
    'Usage: doorway sources [words...]',
    '',
    'Lists the guidance ids of the seed documents and the reference keys of content/sources.yaml, with',
    'their text, so you can find what to put in a choice`s `sources`. With words, only the entries whose',
    'id, section or text contains every word (case-insensitive).',
    '',
    'Example: doorway sources interpreter dialect',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, {});
    if (!parsed.ok) {
      io.err(`doorway sources: ${parsed.error}`);
      return 2;
    }
    const shared = loadShared(io);
    if (!shared) return 1;
    const words = parsed.value.positionals.map((w) => w.toLowerCase());
    const matches = (text: string) => words.every((w) => text.toLowerCase().includes(w));
    const guidance = shared.sources.guidance.filter((g) => matches(`${g.id} ${g.section} ${g.text}`));
    const references = shared.sources.references.filter((r) => matches(`${r.key} ${r.citation}`));
    const width = Math.max(0, ...guidance.map((g) => g.id.length), ...references.map((r) => r.key.length));
    if (guidance.length > 0) io.out('Guidance (seed documents):');
    for (const g of guidance) io.out(`  ${g.id.padEnd(width)}  ${g.text}  [${g.document}, ${g.section}]`);
    if (references.length > 0) io.out('References:');
    for (const r of references) io.out(`  ${r.key.padEnd(width)}  ${r.citation}`);
    if (guidance.length + references.length === 0) {
      io.out('No source matches; try fewer words.');
      return 1;
    }
    return 0;
  },
};
