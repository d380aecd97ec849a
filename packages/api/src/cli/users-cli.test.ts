import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwords';
import { openSqliteStorage } from '../storage/open-storage';
import { runUsersCli, type UsersCliIo } from './users-cli';

function io(dir: string, password: string | undefined) {
  const out: string[] = [];
  const err: string[] = [];
  const value: UsersCliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readPassword: async () => password,
    openStorage: () => openSqliteStorage(join(dir, 'doorway.sqlite')),
    random: (n) => randomBytes(n),
    now: () => new Date('2026-03-04T05:06:07Z'),
  };
  return { value, out, err };
}

describe('doorway users', () => {
  it('adds an account to the server database with an argon2id hash, and lists it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-users-'));
    const add = io(dir, 'a long pass phrase');
    expect(
      await runUsersCli(
        ['add', '--email', 'Ana@Example.org', '--name', 'Ana Ruiz', '--password-stdin'],
        add.value,
      ),
    ).toBe(0);
    expect(add.out).toEqual(['Created facilitator account for ana@example.org (Ana Ruiz).']);
    const list = io(dir, undefined);
    expect(await runUsersCli(['list'], list.value)).toBe(0);
    expect(list.out).toEqual(['ana@example.org\tAna Ruiz\t(created 2026-03-04)']);
    const storage = openSqliteStorage(join(dir, 'doorway.sqlite'));
    const row = await storage.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
    expect(await verifyPassword(row.password_hash, 'a long pass phrase')).toBe(true);
    await storage.close();
  });

  it('refuses a duplicate e-mail, a weak password, a missing password and unknown commands with a sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-users-'));
    await runUsersCli(['add', '--email', 'a@b.org', '--name', 'A'], io(dir, 'a long pass phrase').value);
    const cases: [string[], string | undefined, number, RegExp][] = [
      [['add', '--email', 'a@b.org', '--name', 'A'], 'a long pass phrase', 1, /already exists/],
      [['add', '--email', 'c@d.org', '--name', 'C'], 'short', 1, /at least 10 characters/],
      [['add', '--email', 'c@d.org', '--name', 'C'], undefined, 2, /no password given/],
      [['add', '--name', 'C'], 'a long pass phrase', 2, /give --email and --name/],
      [['remove'], undefined, 2, /unknown command "remove"/],
      [['add', '--bogus'], undefined, 2, /Unknown option/],
    ];
    for (const [args, password, code, message] of cases) {
      const run = io(dir, password);
      expect(await runUsersCli(args, run.value), args.join(' ')).toBe(code);
      expect(run.err.join('\n')).toMatch(message);
    }
  });
});
