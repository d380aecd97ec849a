import { parseArgs } from 'node:util';
import { createUser } from '../auth/users';
import { newId } from '../security/tokens';
import { runUsersPeopleCli } from './org-cli';
import type { UsersCliIo } from './users-cli-io';

export type { UsersCliIo };

const HELP = [
  'doorway users: facilitator accounts for workshop mode',
  '',
  '  doorway users add --email EMAIL --name NAME [--password-stdin]',
  '      Creates an account. The password is asked for (hidden), or read from standard input',
  '      with --password-stdin (for scripts: printf "%s" "$PW" | pnpm doorway users add ...).',
  '  doorway users list',
  '      Lists accounts (e-mail and name).',
  '  doorway users roles --email EMAIL [--org ORG_ID] [--role ROLE ...]',
  '      Shows, or with --role sets, the roles in an organisation (admin, manager, facilitator, author, trainee).',
  '  doorway users sign-in-link --email EMAIL [--org ORG_ID] [--days D]',
  '      Prints a one-time sign-in link (a path: put the server address in front).',
  '',
  'The database is the one the server uses: DATABASE_URL, or DATA_DIR/doorway.sqlite (default ./data).',
];

/**
 * `doorway users …`: returns the exit code. Expected failures print a sentence, never a stack trace.
 *
 * @example
 * await runUsersCli(['add', '--email', 'ana@example.org', '--name', 'Ana', '--password-stdin'], io); // 0
 */
export async function runUsersCli(args: string[], io: UsersCliIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === 'help' || rest.includes('--help')) {
    for (const line of HELP) io.out(line);
    return command ? 0 : 1;
  }
  if (command === 'roles' || command === 'sign-in-link') return runUsersPeopleCli(command, rest, io);
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { email: { type: 'string' }; name: { type: 'string' }; 'password-stdin': { type: 'boolean' } };
    }>
  >;
  try {
    parsed = parseArgs({
      args: rest,
      options: { email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
      allowPositionals: false,
    });
  } catch (error) {
    io.err(`doorway users ${command}: ${(error as Error).message}. See "doorway users --help".`);
    return 2;
  }
  if (command !== 'add' && command !== 'list') {
    io.err(
      `doorway users: unknown command "${command}". Use add, list, roles or sign-in-link (see "doorway users --help").`,
    );
    return 2;
  }
  const storage = io.openStorage();
  try {
    await storage.migrate();
    const { db } = storage;
    if (command === 'list') {
      const users = await db
        .selectFrom('users')
        .select(['email', 'name', 'created_at'])
        .orderBy('created_at')
        .execute();
      if (users.length === 0) io.out('No facilitator accounts yet. Add one with "doorway users add".');
      for (const u of users) io.out(`${u.email}\t${u.name}\t(created ${u.created_at.slice(0, 10)})`);
      return 0;
    }
    const { email, name } = parsed.values;
    if (!email || !name) {
      io.err(
        'doorway users add: give --email and --name, for example: doorway users add --email ana@example.org --name "Ana Ruiz"',
      );
      return 2;
    }
    const password = await io.readPassword(parsed.values['password-stdin'] ?? false);
    if (!password) {
      io.err(
        'doorway users add: no password given. Type one at the prompt, or pipe it in with --password-stdin.',
      );
      return 2;
    }
    const created = await createUser(db, { id: newId(io.random), email, name, password }, io.now());
    if (!created.ok) {
      io.err(`doorway users add: ${created.error.message}`);
      return 1;
    }
    io.out(`Created facilitator account for ${created.value.email} (${created.value.name}).`);
    return 0;
  } finally {
    await storage.close();
  }
}
