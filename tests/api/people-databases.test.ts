import { peopleWorld } from '@doorway/api/testing/people';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';

// Invites, join links, sign-in links, erasure and retention on both databases: the conditional updates that
// count an invite's uses and spend a sign-in link must hold when requests truly overlap (PostgreSQL's pool).

const databases = await testDatabases('doorway_people', { sqlite: 'file' });

const person = (i: number) => ({ name: `P${i}`, email: `p${i}@example.org`, password: 'a long pass phrase' });

for (const [name, open] of databases) {
  describe(`people on ${name}`, () => {
    it('an invite with 2 uses, 6 people at once: exactly 2 join, the rest 410 invite_used_up', async () => {
      const w = await peopleWorld({ storage: open() });
      const { token } = await (
        await w.mia.send('POST', '/api/orgs/org_default/invites', {
          role: 'trainee',
          cohortId: w.cohortId,
          maxUses: 2,
        })
      ).json();
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) => w.anon().send('POST', `/api/join/${token}`, person(i))),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 410, 410, 410, 410]);
      const enrolled = await w.db.selectFrom('enrolments').select('user_id').execute();
      expect(enrolled).toHaveLength(2);
      const invite = await w.db.selectFrom('invites').select('uses').executeTakeFirstOrThrow();
      expect(invite.uses).toBe(2);
      await w.storage.close();
    });

    it('joining twice enrols once; a sign-in link used by 4 requests at once signs in exactly one', async () => {
      const w = await peopleWorld({ storage: open() });
      const { token } = await (
        await w.mia.send('POST', '/api/orgs/org_default/invites', { role: 'trainee', cohortId: w.cohortId })
      ).json();
      const tess = w.anon();
      const joined = await (await tess.send('POST', `/api/join/${token}`, person(1))).json();
      await Promise.all([1, 2, 3].map(() => tess.send('POST', `/api/join/${token}`, {})));
      expect(await w.db.selectFrom('enrolments').select('id').execute()).toHaveLength(1);
      const link = await (
        await w.mia.send('POST', `/api/orgs/org_default/members/${joined.user.id}/sign-in-link`)
      ).json();
      const uses = await Promise.all([1, 2, 3, 4].map(() => w.anon().send('POST', `/api${link.url}`)));
      expect(uses.map((r) => r.status).sort()).toEqual([200, 410, 410, 410]);
      await w.storage.close();
    });

    it('erasing a trainee removes their rows everywhere; the purge honours retention', async () => {
      const w = await peopleWorld({ storage: open() });
      const { token } = await (
        await w.mia.send('POST', '/api/orgs/org_default/invites', { role: 'trainee', cohortId: w.cohortId })
      ).json();
      const tess = w.anon();
      const joined = await (await tess.send('POST', `/api/join/${token}`, person(1))).json();
      expect((await tess.send('GET', '/api/me/data')).status).toBe(200);
      const res = await w.ana.send('DELETE', `/api/orgs/org_default/members/${joined.user.id}?erase=true`);
      expect(await res.json()).toEqual({ erased: true, account: 'deleted' });
      for (const table of ['users', 'memberships', 'enrolments', 'user_sessions'] as const) {
        const column = table === 'users' ? 'id' : 'user_id';
        const rows = await w.db
          .selectFrom(table)
          .selectAll()
          .where(column as never, '=', joined.user.id as never)
          .execute();
        expect([table, rows.length]).toEqual([table, 0]);
      }
      expect(
        (await w.ana.send('PATCH', '/api/orgs/org_default/settings', { retentionDays: 30 })).status,
      ).toBe(200);
      await w.storage.close();
    });
  });
}
