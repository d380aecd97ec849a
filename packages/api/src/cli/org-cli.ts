import { parseArgs } from 'node:util';
import { findUserByEmail } from '../auth/users';
import { createInvite } from '../courses/invite-store';
import { rolesOf, setRoles } from '../courses/memberships';
import { ROLES, type Role } from '../courses/schema';
import { createSignInLink } from '../courses/sign-in-link-store';
import { newId } from '../security/tokens';
import type { UsersCliIo } from './users-cli-io';

export type OrgCliIo = Omit<UsersCliIo, 'readPassword'>;

const HELP = [
  'doorway org: organisations, for set-up on a server without a browser',
  '',
  '  doorway org list',
  '      Lists organisations: id, name, number of people, course data retention.',
  '  doorway org create NAME [--id ID] [--admin EMAIL]',
  '      Creates an organisation; with --admin, that existing account becomes its admin and manager.',
  '  doorway org invite ORG_ID --role ROLE [--cohort COHORT_ID] [--email EMAIL] [--max-uses N] [--days D]',
  '      Prints an invite link (shown once). With --cohort it is a cohort join link for trainees.',
  '',
  'Links are paths: put your server address in front (https://doorway.example.org/join/...).',
  'The database is the one the server uses: DATABASE_URL, or DATA_DIR/doorway.sqlite (default ./data).',
];

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function isRole(value: string | undefined): value is Role {
  return (ROLES as readonly string[]).includes(value ?? '');
}

/**
 * `doorway org …`: returns the exit code. Expected failures print a sentence, never a stack trace.
 *
 * @example
 * await runOrgCli(['invite', 'org_default', '--role', 'trainee', '--cohort', cohortId], io); // prints /join/…
 */
export async function runOrgCli(args: string[], io: OrgCliIo): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === 'help' || rest.includes('--help')) {
    for (const line of HELP) io.out(line);
    return command ? 0 : 1;
  }
  if (!['list', 'create', 'invite'].includes(command)) {
    io.err(
      `doorway org: unknown command "${command}". Use list, create or invite (see "doorway org --help").`,
    );
    return 2;
  }
  const options = {
    id: { type: 'string' },
    admin: { type: 'string' },
    role: { type: 'string' },
    cohort: { type: 'string' },
    email: { type: 'string' },
    'max-uses': { type: 'string' },
    days: { type: 'string' },
  } as const;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true });
  } catch (error) {
    io.err(`doorway org ${command}: ${(error as Error).message}. See "doorway org --help".`);
    return 2;
  }
  const { values, positionals } = parsed;
  const storage = io.openStorage();
  try {
    await storage.migrate();
    const { db } = storage;
    if (command === 'list') {
      const orgs = await db.selectFrom('organisations').selectAll().orderBy('name').execute();
      for (const o of orgs) {
        const people = await db
          .selectFrom('memberships')
          .select('user_id')
          .distinct()
          .where('organisation_id', '=', o.id)
          .execute();
        const kept =
          o.retention_days === null
            ? 'course data kept until deleted'
            : `course data kept ${o.retention_days} days`;
        io.out(`${o.id}\t${o.name}\t${people.length} people\t${kept}`);
      }
      return 0;
    }
    if (command === 'create') {
      const name = positionals.join(' ').trim();
      if (!name) {
        io.err('doorway org create: give a name, for example: doorway org create "Harbor Advocacy"');
        return 2;
      }
      const id = values.id ?? newId(io.random);
      if (!ID.test(id)) {
        io.err('doorway org create: --id may use letters, digits, "_" and "-" only (at most 64).');
        return 2;
      }
      if (await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst()) {
        io.err(`doorway org create: an organisation with id ${id} already exists. Choose another --id.`);
        return 1;
      }
      const admin = values.admin ? await findUserByEmail(db, values.admin) : undefined;
      if (values.admin && !admin) {
        io.err(`doorway org create: no account for ${values.admin}. Add it first with "doorway users add".`);
        return 1;
      }
      const now = io.now();
      await db
        .insertInto('organisations')
        .values({ id, name, retention_days: null, created_at: now.toISOString() })
        .execute();
      if (admin) await setRoles(db, id, admin.id, ['admin', 'manager'], now);
      io.out(`Created organisation ${id} (${name})${admin ? `; ${admin.email} is its admin` : ''}.`);
      return 0;
    }
    const orgId = positionals[0];
    const org = orgId
      ? await db.selectFrom('organisations').select(['id', 'name']).where('id', '=', orgId).executeTakeFirst()
      : undefined;
    if (!org) {
      io.err(`doorway org invite: no organisation "${orgId ?? ''}". See "doorway org list".`);
      return orgId ? 1 : 2;
    }
    if (!isRole(values.role)) {
      io.err(`doorway org invite: give --role, one of ${ROLES.join(', ')}.`);
      return 2;
    }
    if (values.cohort) {
      const cohort = await db
        .selectFrom('cohorts')
        .select('id')
        .where('organisation_id', '=', org.id)
        .where('id', '=', values.cohort)
        .executeTakeFirst();
      if (!cohort) {
        io.err(`doorway org invite: no cohort "${values.cohort}" in ${org.id}.`);
        return 1;
      }
      if (values.role !== 'trainee') {
        io.err('doorway org invite: a cohort join link is for trainees: use --role trainee with --cohort.');
        return 2;
      }
    }
    const maxUses = values['max-uses'] === undefined ? null : Number(values['max-uses']);
    const days = values.days === undefined ? undefined : Number(values.days);
    if (
      (maxUses !== null && !(Number.isInteger(maxUses) && maxUses >= 1)) ||
      (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 90))
    ) {
      io.err('doorway org invite: --max-uses is a whole number from 1, --days from 1 to 90.');
      return 2;
    }
    const { invite, token } = await createInvite(
      db,
      {
        organisationId: org.id,
        role: values.role,
        cohortId: values.cohort,
        email: values.email,
        maxUses,
        expiresInDays: days,
      },
      io.now(),
      io.random,
    );
    io.out(`/join/${token}`);
    io.out(
      `Invite to ${org.name} as ${invite.role}${invite.cohortId ? ` (cohort ${invite.cohortId})` : ''}, open until ${invite.expiresAt}. It is shown only now.`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}

/**
 * `doorway users roles|sign-in-link …`: roles of an account in an organisation, and a one-time sign-in link.
 *
 * @example
 * await runUsersPeopleCli('sign-in-link', ['--email', 'tess@example.org'], io); // prints /sign-in/…
 */
export async function runUsersPeopleCli(
  command: 'roles' | 'sign-in-link',
  args: string[],
  io: OrgCliIo,
): Promise<number> {
  const options = {
    email: { type: 'string' },
    org: { type: 'string' },
    role: { type: 'string', multiple: true },
    days: { type: 'string' },
  } as const;
  let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
  try {
    values = parseArgs({ args, options, allowPositionals: false }).values;
  } catch (error) {
    io.err(`doorway users ${command}: ${(error as Error).message}. See "doorway users --help".`);
    return 2;
  }
  if (!values.email) {
    io.err(
      `doorway users ${command}: give --email, for example: doorway users ${command} --email tess@example.org`,
    );
    return 2;
  }
  const storage = io.openStorage();
  try {
    await storage.migrate();
    const { db } = storage;
    const user = await findUserByEmail(db, values.email);
    if (!user) {
      io.err(`doorway users ${command}: no account for ${values.email}. See "doorway users list".`);
      return 1;
    }
    const memberOf = await db
      .selectFrom('memberships')
      .select('organisation_id')
      .distinct()
      .where('user_id', '=', user.id)
      .execute();
    const orgId = values.org ?? (memberOf.length === 1 ? memberOf[0]?.organisation_id : undefined);
    if (
      !orgId ||
      !(await db.selectFrom('organisations').select('id').where('id', '=', orgId).executeTakeFirst())
    ) {
      io.err(`doorway users ${command}: give --org (an id from "doorway org list").`);
      return 2;
    }
    if (command === 'roles') {
      const roles = values.role ?? [];
      if (roles.length === 0) {
        io.out(`${user.email} in ${orgId}: ${(await rolesOf(db, orgId, user.id)).join(', ') || 'no roles'}`);
        return 0;
      }
      const bad = roles.find((r) => !isRole(r));
      if (bad) {
        io.err(`doorway users roles: "${bad}" is not a role. Use ${ROLES.join(', ')}.`);
        return 2;
      }
      await setRoles(db, orgId, user.id, roles as Role[], io.now());
      io.out(`${user.email} in ${orgId}: ${(await rolesOf(db, orgId, user.id)).join(', ')}`);
      return 0;
    }
    if ((await rolesOf(db, orgId, user.id)).length === 0) {
      io.err(`doorway users sign-in-link: ${user.email} is not a member of ${orgId}.`);
      return 1;
    }
    const days = values.days === undefined ? undefined : Number(values.days);
    if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 30)) {
      io.err('doorway users sign-in-link: --days is a whole number from 1 to 30.');
      return 2;
    }
    const link = await createSignInLink(
      db,
      { userId: user.id, organisationId: orgId, ...(days ? { expiresInDays: days } : {}) },
      io.now(),
      io.random,
    );
    io.out(`/sign-in/${link.token}`);
    io.out(`Signs ${user.email} in once, until ${link.expiresAt}. Hand it to them directly.`);
    return 0;
  } finally {
    await storage.close();
  }
}
