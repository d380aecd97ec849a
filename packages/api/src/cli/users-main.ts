import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseEnv } from '../env';
import { openStorageFromConfig } from '../storage/open-from-config';
import { runOrgCli } from './org-cli';
import { runUsersCli } from './users-cli';

// The process edge of `doorway users`: environment, terminal, exit code.

async function readAll(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

function promptHidden(question: string): Promise<string> {
  return new Promise((done) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      done(answer);
    });
  });
}

/** Runs `doorway users …` with the real environment and returns the exit code. */
export async function usersMain(args: string[]): Promise<number> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const env = parseEnv(process.env, repoRoot);
  if (!env.ok) {
    process.stderr.write(`doorway users: the environment has bad values.\n  ${env.error.join('\n  ')}\n`);
    return 2;
  }
  return runUsersCli(args, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readPassword: async (fromStdin) => {
      if (fromStdin) return readAll();
      if (!process.stdin.isTTY) return undefined;
      const first = await promptHidden('Password (at least 10 characters): ');
      const again = await promptHidden('Type it again: ');
      if (first !== again) {
        process.stderr.write('The two passwords differ; nothing was created.\n');
        return undefined;
      }
      return first;
    },
    openStorage: () => openStorageFromConfig(env.value),
    random: (n) => randomBytes(n),
    now: () => new Date(),
  });
}

/** Runs `doorway org …` with the real environment and returns the exit code. */
export async function orgMain(args: string[]): Promise<number> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const env = parseEnv(process.env, repoRoot);
  if (!env.ok) {
    process.stderr.write(`doorway org: the environment has bad values.\n  ${env.error.join('\n  ')}\n`);
    return 2;
  }
  return runOrgCli(args, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    openStorage: () => openStorageFromConfig(env.value),
    random: (n) => randomBytes(n),
    now: () => new Date(),
  });
}
