import type { Command } from './cli-io';
import { coverageCommand } from './commands/coverage';
import { lintCommand } from './commands/lint';
import { newCommand } from './commands/new';

/**
 * Every `doorway` command by name. Adding a command is one line here (and its import).
 * Reserved: `users` (workshop accounts, src/cli/users.ts).
 */
export const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  new: newCommand,
  coverage: coverageCommand,
};
