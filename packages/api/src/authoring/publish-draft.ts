import { compareVersions, contentHash, type LocatedProblem } from '@doorway/scenarios';
import type { Logger } from 'pino';
import type { Result } from '../runs/engine';
import type { Storage } from '../storage/storage';
import { getDraft } from './draft-store';
import { lintDraft, sourcesOf } from './lint-draft';
import type { LiveCatalog } from './live-catalog';
import type { PublicationFeed } from './publication-feed';
import { type PublicationView, recordPublication } from './publications';

/** Why a publish did not happen; the version served before stays live in every case. */
export type PublishRefusal =
  | { code: 'draft_not_found' }
  | { code: 'draft_changed'; revision: number }
  | { code: 'draft_has_errors'; problems: LocatedProblem[] }
  | { code: 'version_not_newer'; message: string };

/**
 * Publishes a draft's saved text as a new scenario version: it must be the revision the author saw, lint
 * without errors, and carry a version above the newest one served (by any process: `feed.sync` loads what
 * others published first). The version is stored (so runs can pin it, and so it is loaded again at the next
 * start) before the catalog serves it; then `feed.announce` tells the other processes.
 *
 * @example
 * const out = await publishDraft(deps, { organisationId, draftId, revision: 4, by: user, at: now });
 * if (out.ok) out.value.version // '1.1.0'
 */
export async function publishDraft(
  deps: {
    storage: Storage;
    catalog: LiveCatalog;
    logger: Pick<Logger, 'info' | 'warn'>;
    /** Other processes' publications (loaded before the version check) and telling them of this one. */
    feed?: Pick<PublicationFeed, 'sync' | 'announce'>;
  },
  input: {
    organisationId: string;
    draftId: string;
    revision: number;
    by: { id: string; name: string };
    at: string;
  },
): Promise<Result<PublicationView, PublishRefusal>> {
  const { storage, catalog } = deps;
  const draft = await getDraft(storage.db, input.organisationId, input.draftId);
  if (!draft) return { ok: false, error: { code: 'draft_not_found' } };
  if (draft.revision !== input.revision)
    return { ok: false, error: { code: 'draft_changed', revision: draft.revision } };
  const lint = lintDraft(draft.yaml, `${draft.scenarioId}.yaml`, catalog.rubric, sourcesOf(catalog));
  if (lint.errors > 0 || !lint.scenario)
    return {
      ok: false,
      error: { code: 'draft_has_errors', problems: lint.problems.filter((p) => p.severity === 'error') },
    };
  const scenario = lint.scenario;
  // Another process may have published a newer version that this one has not heard of yet.
  await deps.feed?.sync();
  const latest = catalog.get(scenario.id);
  if (latest && compareVersions(scenario.version, latest.scenario.version) <= 0)
    return {
      ok: false,
      error: {
        code: 'version_not_newer',
        message: `"${scenario.id}" is already served at version ${latest.scenario.version}. Raise \`version:\` above it (for example the next minor version) and publish again.`,
      },
    };
  const hash = contentHash(scenario, catalog.rubric);
  await storage.saveScenarioVersion(
    {
      scenarioId: scenario.id,
      version: scenario.version,
      contentHash: hash,
      scenarioJson: JSON.stringify(scenario),
      rubricJson: JSON.stringify(catalog.rubric),
    },
    input.at,
  );
  const recorded = await recordPublication(storage.db, {
    scenario_id: scenario.id,
    version: scenario.version,
    content_hash: hash,
    yaml: draft.yaml,
    organisation_id: input.organisationId,
    draft_id: draft.id,
    draft_revision: draft.revision,
    published_by: input.by.id,
    published_by_name: input.by.name,
    published_at: input.at,
  });
  if (!recorded.ok)
    return {
      ok: false,
      error: {
        code: 'version_not_newer',
        message: `Version ${scenario.version} of "${scenario.id}" was already published. Raise \`version:\` and publish again.`,
      },
    };
  // Only now, with the row stored, does the catalog serve it: a failure above leaves the old version live.
  catalog.publish({ scenario, contentHash: hash }, draft.yaml);
  await deps.feed?.announce(scenario.id, scenario.version).catch((err: unknown) =>
    // Stored and served here; the other processes' poll of published_scenarios still finds it.
    deps.logger.warn({ err: String(err) }, 'could not tell the other processes about a publication'),
  );
  deps.logger.info(
    { scenarioId: scenario.id, version: scenario.version, by: input.by.id, at: input.at, draftId: draft.id },
    'scenario published',
  );
  return recorded;
}
