import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peopleWorld } from '../testing/people-world';

describe('GET /api/orgs/:orgId/courses/:courseId/package', () => {
  it('says to build the player when it is missing, as JSON with a code', async () => {
    const w = await peopleWorld({ lmsPlayerDir: join(tmpdir(), 'doorway-no-player-here') });
    const res = await w.mia.send('GET', `/api/orgs/org_default/courses/${w.courseId}/package?format=scorm12`);
    const body = await res.json();
    expect([res.status, body.error.code]).toEqual([409, 'lms_player_not_built']);
    expect(body.error.message).toContain('pnpm --filter @doorway/web build');
  });

  it('admins and managers of the organisation only; bad formats and workshop-only courses refused', async () => {
    // A stand-in player: the real one's two markers, enough for the route to get past the build check.
    const dir = mkdtempSync(join(tmpdir(), 'doorway-player-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><!--doorway:csp--></head><body><!--doorway:data--></body></html>',
    );
    writeFileSync(join(dir, 'assets', 'player.js'), '');
    const w = await peopleWorld({ lmsPlayerDir: dir });
    const path = `/api/orgs/org_default/courses/${w.courseId}/package`;
    expect((await w.anon().send('GET', path)).status).toBe(401);
    const ben = await w.ben.send('GET', path);
    expect([ben.status, (await ben.json()).error.code]).toEqual([403, 'role_required']);
    expect((await w.cara.send('GET', path)).status).toBe(404);
    const foreign = await w.cara.send('GET', path.replace('org_default', 'other'));
    expect([foreign.status, (await foreign.json()).error.code]).toEqual([404, 'course_not_found']);
    const format = await w.mia.send('GET', `${path}?format=zip`);
    expect([format.status, (await format.json()).error.code]).toEqual([400, 'bad_request']);
    const odd = await w.mia.send('GET', '/api/orgs/org_default/courses/a%00b/package');
    expect([odd.status, (await odd.json()).error.code]).toEqual([404, 'course_not_found']);
    // The fixture scenario is stored without a sha-256 content hash: refused with what to do, never a 500.
    const unpinned = await w.mia.send('GET', path);
    const unpinnedError = (await unpinned.json()).error;
    expect([unpinned.status, unpinnedError.code]).toEqual([409, 'course_not_packageable']);
    expect(unpinnedError.message).toContain('Move the course to the newest versions');
    const workshopOnly = await w.ana.send('POST', '/api/orgs/org_default/courses', {
      title: 'Only a workshop',
      steps: [{ kind: 'workshop', title: 'Role-play day' }],
    });
    const id = (await workshopOnly.json()).course.id;
    const none = await w.mia.send('GET', `/api/orgs/org_default/courses/${id}/package`);
    expect([none.status, (await none.json()).error.code]).toEqual([409, 'course_not_packageable']);
  });
});
