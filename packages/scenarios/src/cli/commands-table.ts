import type { Command } from './cli-io';
import { coverageCommand } from './commands/coverage';
import { goldenCommand } from './commands/golden';
import { lintCommand } from './commands/lint';
import { newCommand } from './commands/new';
import { playCommand } from './commands/play';

/**
 * Every `doorway` command by name. Adding a command is one line here (and its import).
 * Reserved: `users` (workshop accounts, src/cli/users.ts).
 */
export const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  play: playCommand,
  new: newCommand,
  coverage: coverageCommand,
  golden: goldenCommand,
};
