import { createInterface } from 'node:readline/promises';
import { runCli } from './run-cli';

// The only file that touches the process: arguments, streams, exit code.
const rl = process.stdin.isTTY
  ? createInterface({ input: process.stdin, output: process.stdout })
  : undefined;
const lines = rl ? undefined : readPipedLines();

async function* readPipedLines(): AsyncGenerator<string> {
  const reader = createInterface({ input: process.stdin });
  for await (const line of reader) yield line;
}

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  ask: async (prompt) => {
    if (rl) return rl.question(prompt);
    process.stdout.write(prompt);
    const next = await lines?.next();
    return next && !next.done ? next.value : undefined;
  },
});
rl?.close();
process.exitCode = code;
