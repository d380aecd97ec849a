import type { CliIo, Command } from './cli-io';
import { COMMANDS } from './commands-table';

/**
 * Runs the doorway CLI in-process: `doorway <command> [args]`, `--help` on every command.
 * Returns the exit code (0 ok, 1 problems found, 2 usage error).
 *
 * @example
 * await runCli(['lint', 'content/scenarios'], { out: console.log, err: console.error, cwd: process.cwd() });
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  commands: Record<string, Command> = COMMANDS,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const about = args[0] !== undefined ? commands[args[0]] : undefined;
    if (about) io.out(about.usage);
    else io.out(overview(commands));
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`doorway: unknown command "${name}"`);
    io.err(overview(commands));
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    // Content problems are values; reaching here is a bug in the tools, not in the author's file.
    io.err(`doorway ${name}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    io.err(
      'This is a bug in the engine or the CLI, not in your file: please report it with the command you ran.',
    );
    return 70;
  }
}

function overview(commands: Record<string, Command>): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const rows = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: doorway <command> [options]   (doorway <command> --help for details)',
    '',
    'Commands:',
    ...rows,
  ].join('\n');
}
