import type { CliIo } from './cli-io';

/**
 * An in-memory CliIo for tests: collects output lines and answers prompts from a list.
 *
 * @example
 * const io = captureIo('/repo', ['1', '2']); await runCli(['play', 'mini'], io); io.stdout.join('\n');
 */
export function captureIo(
  cwd: string,
  answers: string[] = [],
): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const queue = [...answers];
  return {
    cwd,
    stdout,
    stderr,
    out: (line) => stdout.push(...line.split('\n')),
    err: (line) => stderr.push(...line.split('\n')),
    ask: async (prompt) => {
      stdout.push(prompt);
      return queue.shift();
    },
  };
}
