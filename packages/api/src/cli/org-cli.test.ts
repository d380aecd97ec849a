import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../security/tokens';
import { openSqliteStorage } from '../storage/open-storage';
import { type OrgCliIo, runOrgCli } from './org-cli';
import { runUsersCli } from './users-cli';

function io(dir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: OrgCliIo & { readPassword: () => Promise<string> } = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readPassword: async () => 'a long pass phrase',
    openStorage: () => openSqliteStorage(join(dir, 'doorway.sqlite')),
    random: (n) => randomBytes(n),
    now: () => new Date('2026-03-04T05:06:07Z'),
  };
  return { value, out, err };
}

describe('doorway org and users roles / sign-in-link', () => {
  it('creates an organisation with an admin, invites to it, sets roles and prints a sign-in link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-org-'));
    expect(await runUsersCli(['add', '--email', 'ana@example.org', '--name', 'Ana'], io(dir).value)).toBe(0);
    expect(await runUsersCli(['add', '--email', 'tess@example.org', '--name', 'Tess'], io(dir).value)).toBe(
      0,
    );
    const create = io(dir);
    expect(
      await runOrgCli(
        ['create', 'Harbor', 'Advocacy', '--id', 'harbor', '--admin', 'ana@example.org'],
        create.value,
      ),
    ).toBe(0);
    expect(create.out).toEqual([
      'Created organisation harbor (Harbor Advocacy); ana@example.org is its admin.',
    ]);
    const list = io(dir);
    expect(await runOrgCli(['list'], list.value)).toBe(0);
    expect(list.out).toContain('harbor\tHarbor Advocacy\t1 people\tcourse data kept until deleted');
    const invite = io(dir);
    expect(await runOrgCli(['invite', 'harbor', '--role', 'trainee', '--max-uses', '3'], invite.value)).toBe(
      0,
    );
    const token = invite.out[0]?.replace('/join/', '') ?? '';
    const storage = openSqliteStorage(join(dir, 'doorway.sqlite'));
    const row = await storage.db.selectFrom('invites').selectAll().executeTakeFirstOrThrow();
    expect([row.token_hash, row.organisation_id, row.max_uses]).toEqual([hashToken(token), 'harbor', 3]);
    const roles = io(dir);
    expect(
      await runUsersCli(
        ['roles', '--email', 'tess@example.org', '--org', 'harbor', '--role', 'trainee'],
        roles.value,
      ),
    ).toBe(0);
    expect(roles.out).toEqual(['tess@example.org in harbor: trainee']);
    const link = io(dir);
    expect(
      await runUsersCli(['sign-in-link', '--email', 'tess@example.org', '--org', 'harbor'], link.value),
    ).toBe(0);
    const linkToken = link.out[0]?.replace('/sign-in/', '') ?? '';
    const stored = await storage.db.selectFrom('sign_in_links').selectAll().executeTakeFirstOrThrow();
    expect([stored.token_hash, stored.expires_at]).toEqual([
      hashToken(linkToken),
      '2026-03-11T05:06:07.000Z',
    ]);
    await storage.close();
  });

  it('refuses unknown organisations, roles, cohorts and commands with a sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-org-'));
    const cases: [string[], number, RegExp][] = [
      [['invite', 'nope', '--role', 'trainee'], 1, /no organisation "nope"/],
      [['invite', 'org_default', '--role', 'boss'], 2, /give --role/],
      [['invite', 'org_default', '--role', 'trainee', '--cohort', 'c1'], 1, /no cohort "c1"/],
      [['invite', 'org_default', '--role', 'trainee', '--days', '400'], 2, /--days/],
      [['create'], 2, /give a name/],
      [['create', 'X', '--id', 'bad id'], 2, /--id may use/],
      [['create', 'X', '--admin', 'who@example.org'], 1, /no account for/],
      [['remove'], 2, /unknown command "remove"/],
    ];
    for (const [args, code, message] of cases) {
      const run = io(dir);
      expect(await runOrgCli(args, run.value), args.join(' ')).toBe(code);
      expect(run.err.join('\n')).toMatch(message);
    }
    const bad = io(dir);
    expect(await runUsersCli(['sign-in-link', '--email', 'x@example.org'], bad.value)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/no account for x@example.org/);
  });
});
