import { liveCatalog, loadPublished } from '@doorway/api';
import { authoringWorld, bundledCatalog, templateYaml } from '@doorway/api/testing/authoring';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';

// Drafts, revisions, concurrent saves, publishing and the restart that reads publications back, on both
// databases (PostgreSQL's pool makes the concurrent saves truly overlap).

const databases = await testDatabases('doorway_authoring', { sqlite: 'file' });

const D = '/api/orgs/org_default/drafts';

for (const [name, open] of databases) {
  describe(`authoring on ${name}`, () => {
    it('concurrent saves on one revision: exactly one wins, the others get 409', async () => {
      const { ava, storage } = await authoringWorld({ storage: open() });
      const draft = (await (await ava.send('POST', D, { from: 'template' })).json()).draft;
      const saves = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          ava.send('POST', `${D}/${draft.id}/revisions`, {
            yaml: `${draft.yaml}\n# ${i}\n`,
            baseRevision: 1,
          }),
        ),
      );
      expect(saves.map((r) => r.status).sort()).toEqual([201, ...Array(7).fill(409)]);
      const history = await (await ava.send('GET', `${D}/${draft.id}/revisions`)).json();
      expect(history.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
      await storage.close();
    });

    it('a published version is served, logged, and read back after a restart', async () => {
      const storage = open();
      const { ava, app } = await authoringWorld({ storage });
      const draft = (
        await (await ava.send('POST', D, { from: 'yaml', yaml: templateYaml('street-outreach') })).json()
      ).draft;
      const res = await ava.send('POST', `${D}/${draft.id}/publish`, { revision: 1 });
      expect(res.status).toBe(201);
      const list = await (await app.request('/api/scenarios')).json();
      expect(list.scenarios.map((s: { id: string }) => s.id)).toContain('street-outreach');
      const log = await (await ava.send('GET', '/api/orgs/org_default/publications')).json();
      expect(log.publications).toMatchObject([
        { scenarioId: 'street-outreach', publishedBy: { name: 'Ava' } },
      ]);

      const restarted = liveCatalog(bundledCatalog());
      expect(await loadPublished(storage.db, restarted, { warn: () => undefined })).toBe(1);
      expect(restarted.list().map((e) => e.scenario.id)).toContain('street-outreach');
      await storage.close();
    });
  });
}
