import { readFileSync } from 'node:fs';
import { contentHash, TEMPLATE_FILE } from '@doorway/scenarios';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { type AccountDeps, checkOrigin } from '../auth/auth-context';
import { requireOrgRole } from '../courses/org-access';
import { ApiError } from '../errors/api-error';
import { createRunService, runInfo } from '../runs/run-service';
import { setRunCookie } from '../security/run-cookie';
import { hashToken, newId, newSeed, newToken } from '../security/tokens';
import type { Storage } from '../storage/storage';
import {
  getOrgsDrafts,
  getOrgsDraftsOne,
  getOrgsDraftsRevisions,
  getOrgsDraftsYaml,
  getOrgsPublications,
  postOrgsDrafts,
  postOrgsDraftsLint,
  postOrgsDraftsPreview,
  postOrgsDraftsPublish,
  postOrgsDraftsRevisions,
  postOrgsLint,
} from './authoring-declarations';
import { createDraft, draftHistory, draftRevisionText, getDraft, listDrafts, saveDraft } from './draft-store';
import { lintDraft, sourcesOf } from './lint-draft';
import type { LiveCatalog } from './live-catalog';
import { previewScenario } from './preview-scenario';
import type { PublicationFeed } from './publication-feed';
import { listPublications } from './publications';
import { publishDraft } from './publish-draft';

/** Who may author: authors, and admins (who can do everything in their organisation). */
const AUTHORING = ['author', 'admin'] as const;
const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type AuthoringDeps = AccountDeps & {
  storage: Storage;
  catalog: LiveCatalog;
  logger: Logger;
  publications?: PublicationFeed;
};

function templateText(id: string | undefined): string {
  const text = readFileSync(TEMPLATE_FILE, 'utf8');
  if (!id) return text;
  const title = id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
  return text.replace(/new-scenario/g, id).replace(/^title: New scenario$/m, `title: ${title}`);
}

/**
 * Authoring for the author role: drafts with history, lint, publish (a new version served without a
 * restart), upload and download of the YAML, and the publish log. Every route needs `author` or `admin`
 * in `:orgId`; anonymous 401, other roles 403, non-members 404.
 *
 * @example
 * app.route('/', authoringRoutes({ ...accountDeps, storage, catalog, logger }));
 */
export function authoringRoutes(deps: AuthoringDeps) {
  const { storage, catalog } = deps;
  const draftId = (raw: string | undefined) => {
    if (!raw || !DRAFT_ID.test(raw)) throw new ApiError('draft_not_found');
    return raw;
  };
  const lint = (yaml: string, scenarioId: string) =>
    lintDraft(yaml, `${scenarioId}.yaml`, catalog.rubric, sourcesOf(catalog));

  return new Hono()
    .get(getOrgsDrafts.path, getOrgsDrafts.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, AUTHORING);
      return c.json({ drafts: await listDrafts(storage.db, orgId) });
    })
    .post(postOrgsDrafts.path, postOrgsDrafts.validate, async (c) => {
      checkOrigin(c, deps);
      const { user, orgId } = await requireOrgRole(c, deps, AUTHORING);
      const body = c.req.valid('json');
      let yaml: string;
      if (body.from === 'template') yaml = templateText(body.id);
      else if (body.from === 'yaml') yaml = body.yaml;
      else {
        const text = catalog.sourceText?.(body.scenarioId);
        if (text === undefined)
          throw new ApiError('scenario_not_found', {
            message: `No scenario "${body.scenarioId}" to start from. See GET /api/scenarios.`,
          });
        yaml = text;
      }
      const draft = await createDraft(storage.db, {
        id: `drf_${newId(deps.random)}`,
        organisationId: orgId,
        yaml,
        by: user.id,
        at: deps.now().toISOString(),
      });
      return c.json({ draft }, 201);
    })
    .get(getOrgsDraftsOne.path, getOrgsDraftsOne.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, AUTHORING);
      const draft = await getDraft(storage.db, orgId, draftId(c.req.param('draftId')));
      if (!draft) throw new ApiError('draft_not_found');
      return c.json({ draft });
    })
    .get(getOrgsDraftsRevisions.path, getOrgsDraftsRevisions.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, AUTHORING);
      const draft = await getDraft(storage.db, orgId, draftId(c.req.param('draftId')));
      if (!draft) throw new ApiError('draft_not_found');
      return c.json({ revisions: await draftHistory(storage.db, draft.id) });
    })
    .post(postOrgsDraftsRevisions.path, postOrgsDraftsRevisions.validate, async (c) => {
      checkOrigin(c, deps);
      const { user, orgId } = await requireOrgRole(c, deps, AUTHORING);
      const { yaml, baseRevision } = c.req.valid('json');
      const saved = await saveDraft(storage.db, {
        organisationId: orgId,
        draftId: draftId(c.req.param('draftId')),
        baseRevision,
        yaml,
        by: user.id,
        at: deps.now().toISOString(),
      });
      if (!saved.ok) {
        if (saved.error.code === 'draft_not_found') throw new ApiError('draft_not_found');
        throw new ApiError('draft_changed', {
          message: `This draft is at revision ${saved.error.current.revision} now, not ${baseRevision}: it was saved again since you opened it. Reload it, bring your changes across, and save again.`,
          details: { revision: saved.error.current.revision },
        });
      }
      return c.json({ draft: saved.value }, 201);
    })
    .get(getOrgsDraftsYaml.path, getOrgsDraftsYaml.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, AUTHORING);
      const draft = await getDraft(storage.db, orgId, draftId(c.req.param('draftId')));
      if (!draft) throw new ApiError('draft_not_found');
      const wanted = c.req.query('revision');
      let yaml = draft.yaml;
      if (wanted !== undefined) {
        const n = Number(wanted);
        const text = Number.isInteger(n) ? await draftRevisionText(storage.db, draft.id, n) : undefined;
        if (text === undefined)
          throw new ApiError('draft_not_found', {
            message: `This draft has no revision "${wanted}". See its revisions list.`,
          });
        yaml = text;
      }
      return c.body(yaml, 200, {
        'content-type': 'application/yaml; charset=utf-8',
        'content-disposition': `attachment; filename="${draft.scenarioId}.yaml"`,
      });
    })
    .post(postOrgsDraftsLint.path, postOrgsDraftsLint.validate, async (c) => {
      checkOrigin(c, deps);
      const { orgId } = await requireOrgRole(c, deps, AUTHORING);
      const draft = await getDraft(storage.db, orgId, draftId(c.req.param('draftId')));
      if (!draft) throw new ApiError('draft_not_found');
      const { problems, errors, warnings, analysis } = lint(draft.yaml, draft.scenarioId);
      return c.json({ revision: draft.revision, problems, errors, warnings, analysis: analysis ?? null });
    })
    .post(postOrgsLint.path, postOrgsLint.validate, async (c) => {
      checkOrigin(c, deps);
      await requireOrgRole(c, deps, AUTHORING);
      const { problems, errors, warnings, analysis } = lint(c.req.valid('json').yaml, 'draft');
      return c.json({ problems, errors, warnings, analysis: analysis ?? null });
    })
    .post(postOrgsDraftsPublish.path, postOrgsDraftsPublish.validate, async (c) => {
      checkOrigin(c, deps);
      const { user, orgId } = await requireOrgRole(c, deps, AUTHORING);
      const out = await publishDraft(
        {
          storage,
          catalog,
          logger: deps.logger,
          ...(deps.publications ? { feed: deps.publications } : {}),
        },
        {
          organisationId: orgId,
          draftId: draftId(c.req.param('draftId')),
          revision: c.req.valid('json').revision,
          by: { id: user.id, name: user.name },
          at: deps.now().toISOString(),
        },
      );
      if (!out.ok) {
        const e = out.error;
        if (e.code === 'draft_not_found') throw new ApiError('draft_not_found');
        if (e.code === 'draft_changed')
          throw new ApiError('draft_changed', {
            message: `This draft is at revision ${e.revision} now. Check that revision and publish it.`,
            details: { revision: e.revision },
          });
        if (e.code === 'draft_has_errors')
          throw new ApiError('draft_has_errors', {
            message: `This draft has ${e.problems.length} error${e.problems.length === 1 ? '' : 's'}, so it cannot be published. Fix every error in \`problems\` and publish again.`,
            details: { problems: e.problems },
          });
        throw new ApiError('version_not_newer', { message: e.message });
      }
      return c.json({ publication: out.value }, 201);
    })
    .post(postOrgsDraftsPreview.path, postOrgsDraftsPreview.validate, async (c) => {
      checkOrigin(c, deps);
      const { orgId } = await requireOrgRole(c, deps, AUTHORING);
      const draft = await getDraft(storage.db, orgId, draftId(c.req.param('draftId')));
      if (!draft) throw new ApiError('draft_not_found');
      const body = c.req.valid('json');
      // Analysis problems (an unreachable beat) do not stop a preview; a text that does not load does.
      const checked = lint(body.yaml, draft.scenarioId);
      if (!checked.scenario)
        throw new ApiError('draft_has_errors', {
          message:
            'This text does not load, so it cannot be previewed. Fix the format errors in `problems` first.',
          details: { problems: checked.problems.filter((p) => p.severity === 'error') },
        });
      const derived = previewScenario(checked.scenario, body);
      if (!derived.ok)
        throw new ApiError('invalid_body', { message: `${derived.error} Choose one the draft declares.` });
      const scenario = derived.value;
      const hash = contentHash(scenario, catalog.rubric);
      // A run like any other, pinned to the preview's content, so the real player plays it.
      const runs = createRunService({
        storage,
        catalog: { ...catalog, get: () => ({ scenario, contentHash: hash }) },
        cacheSize: 1,
      });
      const token = newToken(deps.random);
      const started = await runs.start({
        id: newId(deps.random),
        scenarioId: scenario.id,
        mode: 'coach',
        seed: newSeed(deps.random),
        tokenHash: hashToken(token),
        at: deps.now().toISOString(),
      });
      if (!started.ok) throw new ApiError('scenario_not_found');
      setRunCookie(c, started.value.record.id, token, deps.proxy);
      return c.json(
        { run: runInfo(started.value.record), view: runs.view(started.value), runToken: token },
        201,
      );
    })
    .get(getOrgsPublications.path, getOrgsPublications.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, AUTHORING);
      return c.json({ publications: await listPublications(storage.db, orgId) });
    });
}
