import type { Command } from './cli-io';
import { analyzeCommand } from './commands/analyze';
import { coverageCommand } from './commands/coverage';
import { goldenCommand } from './commands/golden';
import { graphCommand } from './commands/graph';
import { lintCommand } from './commands/lint';
import { newCommand } from './commands/new';
import { playCommand } from './commands/play';

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
};
