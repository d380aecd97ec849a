import { compareVersions } from '@doorway/scenarios';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import type { PublicationView } from './authoring-responses';
import type { LiveCatalog } from './live-catalog';
import { publishedSync } from './publication-feed';
import type { PublishedScenariosTable } from './schema';

export type { PublicationView };

function toView(row: PublishedScenariosTable): PublicationView {
  return {
    scenarioId: row.scenario_id,
    version: row.version,
    contentHash: row.content_hash,
    draftId: row.draft_id,
    draftRevision: row.draft_revision,
    publishedAt: row.published_at,
    publishedBy:
      row.published_by === null ? null : { id: row.published_by, name: row.published_by_name ?? '' },
  };
}

/**
 * Records a publication. The primary key (scenario id, version) refuses a second publish of one version,
 * also when two authors race: `version_taken` comes back and nothing is written.
 *
 * @example
 * await recordPublication(db, row);
 */
export async function recordPublication(
  db: Kysely<Database>,
  row: PublishedScenariosTable,
): Promise<{ ok: true; value: PublicationView } | { ok: false; error: 'version_taken' }> {
  const taken = await db
    .selectFrom('published_scenarios')
    .select('version')
    .where('scenario_id', '=', row.scenario_id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (taken) return { ok: false, error: 'version_taken' };
  try {
    await db.insertInto('published_scenarios').values(row).execute();
  } catch (err) {
    // Lost a race on the primary key between the check and the insert.
    const again = await db
      .selectFrom('published_scenarios')
      .select('version')
      .where('scenario_id', '=', row.scenario_id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (again) return { ok: false, error: 'version_taken' };
    throw err;
  }
  return { ok: true, value: toView(row) };
}

/**
 * The publish log of an organisation, newest first.
 *
 * @example
 * const log = await listPublications(db, 'org_default');
 */
export async function listPublications(
  db: Kysely<Database>,
  organisationId: string,
): Promise<PublicationView[]> {
  const rows = await db
    .selectFrom('published_scenarios')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .execute();
  // Newest first; versions published in the same instant by version, which SQL cannot order.
  return rows
    .sort(
      (a, b) =>
        b.published_at.localeCompare(a.published_at) ||
        a.scenario_id.localeCompare(b.scenario_id) ||
        compareVersions(b.version, a.version),
    )
    .map(toView);
}

/**
 * Puts every published version from the database into the live catalog (at start, so publications survive
 * a restart). Each is loaded again from its YAML against the current rubric; one that no longer loads is
 * logged and left out, and the server starts all the same. The server keeps loading new ones through a
 * publication feed (publication-feed.ts).
 *
 * @example
 * await loadPublished(storage.db, catalog, logger); // 3
 */
export function loadPublished(
  db: Kysely<Database>,
  catalog: LiveCatalog,
  logger: { warn: (facts: object, message: string) => void },
): Promise<number> {
  return publishedSync(db, catalog, logger)();
}
