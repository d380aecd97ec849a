import type { Command } from './cli-io';
import { analyzeCommand } from './commands/analyze';
import { coverageCommand } from './commands/coverage';
import { goldenCommand } from './commands/golden';
import { graphCommand } from './commands/graph';
import { i18nCommand } from './commands/i18n';
import { lintCommand } from './commands/lint';
import { newCommand } from './commands/new';
import { playCommand } from './commands/play';
import { sourcesCommand } from './commands/sources';

/**
 * Every `doorway` command by name. Adding a command is one line here (and its import).
 * `pnpm doorway users ...` (facilitator accounts) is dispatched before this CLI by scripts/doorway.ts.
 */
export const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  analyze: analyzeCommand,
  graph: graphCommand,
  play: playCommand,
  new: newCommand,
  coverage: coverageCommand,
  golden: goldenCommand,
  sources: sourcesCommand,
  i18n: i18nCommand,
  // Accounts need the API's database, so scripts/doorway.ts runs `users` before this CLI is reached;
  // this entry lists it in the help and explains itself when the CLI is started another way.
  users: {
    summary: 'facilitator accounts for workshops (pnpm doorway users --help)',
    usage:
      'Usage: doorway users <add|list> ...   (run from the repository root as `pnpm doorway users`; handled by the API package)',
    async run(_args, io) {
      io.err(
        'doorway users: run it from the repository root as `pnpm doorway users ...` (it needs the API database)',
      );
      return 2;
    },
  },
};
