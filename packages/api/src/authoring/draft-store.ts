import type { Kysely } from 'kysely';
import type { Result } from '../runs/engine';
import type { Database } from '../storage/schema';
import type { DraftView } from './authoring-responses';
import type { ScenarioDraftsTable } from './schema';

export type { DraftView };

/** A draft without its text, for lists. */
export type DraftSummary = Omit<DraftView, 'yaml'>;

function toView(row: ScenarioDraftsTable): DraftView {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    title: row.title,
    yaml: row.yaml,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/**
 * The scenario id and title a draft's text declares, read from its top-level lines without parsing the
 * whole file (a draft may not parse at all); `fallback` when a line is missing.
 *
 * @example
 * draftLabels('id: street\ntitle: On the street\n', { scenarioId: 'x', title: 'x' }) // { scenarioId: 'street', title: 'On the street' }
 */
export function draftLabels(yaml: string, fallback: { scenarioId: string; title: string }) {
  const id = /^id:\s*["']?([a-z][a-z0-9-]*)["']?\s*(#.*)?$/m.exec(yaml)?.[1];
  const title = /^title:\s*(.+?)\s*$/m.exec(yaml)?.[1]?.replace(/^["']|["']$/g, '');
  return { scenarioId: id ?? fallback.scenarioId, title: title?.slice(0, 200) || fallback.title };
}

/**
 * Creates a draft at revision 1 and stores that revision in its history.
 *
 * @example
 * await createDraft(db, { id: 'drf_1', organisationId: 'org_default', yaml, by: user.id, at: now });
 */
export async function createDraft(
  db: Kysely<Database>,
  input: { id: string; organisationId: string; yaml: string; by: string | null; at: string },
): Promise<DraftView> {
  const labels = draftLabels(input.yaml, { scenarioId: 'untitled', title: 'Untitled draft' });
  const row: ScenarioDraftsTable = {
    id: input.id,
    organisation_id: input.organisationId,
    scenario_id: labels.scenarioId,
    title: labels.title,
    yaml: input.yaml,
    revision: 1,
    created_by: input.by,
    created_at: input.at,
    updated_by: input.by,
    updated_at: input.at,
  };
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('scenario_drafts').values(row).execute();
    await tx
      .insertInto('scenario_draft_revisions')
      .values({ draft_id: row.id, revision: 1, yaml: row.yaml, saved_by: input.by, saved_at: input.at })
      .execute();
  });
  return toView(row);
}

/**
 * The drafts of an organisation, most recently changed first.
 *
 * @example
 * const drafts = await listDrafts(db, 'org_default');
 */
export async function listDrafts(db: Kysely<Database>, organisationId: string): Promise<DraftSummary[]> {
  const rows = await db
    .selectFrom('scenario_drafts')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const { yaml: _yaml, ...summary } = toView(r);
    return summary;
  });
}

/**
 * One draft of an organisation, or undefined (another organisation's draft is not found either).
 *
 * @example
 * const draft = await getDraft(db, 'org_default', 'drf_1');
 */
export async function getDraft(
  db: Kysely<Database>,
  organisationId: string,
  draftId: string,
): Promise<DraftView | undefined> {
  const row = await db
    .selectFrom('scenario_drafts')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', draftId)
    .executeTakeFirst();
  return row ? toView(row) : undefined;
}

/**
 * Saves a new text on top of `baseRevision`. When someone saved since (the draft's revision is no longer
 * `baseRevision`), nothing is written and `stale_revision` comes back with the current draft.
 *
 * @example
 * const saved = await saveDraft(db, { organisationId, draftId, baseRevision: 3, yaml, by, at });
 * if (!saved.ok && saved.error.code === 'stale_revision') saved.error.current.revision // 4
 */
export async function saveDraft(
  db: Kysely<Database>,
  input: {
    organisationId: string;
    draftId: string;
    baseRevision: number;
    yaml: string;
    by: string | null;
    at: string;
  },
): Promise<Result<DraftView, { code: 'draft_not_found' } | { code: 'stale_revision'; current: DraftView }>> {
  return db.transaction().execute(async (tx) => {
    const current = await getDraft(tx, input.organisationId, input.draftId);
    if (!current) return { ok: false, error: { code: 'draft_not_found' } } as const;
    if (current.revision !== input.baseRevision)
      return { ok: false, error: { code: 'stale_revision', current } } as const;
    const revision = current.revision + 1;
    const labels = draftLabels(input.yaml, current);
    // The revision in the WHERE clause makes a concurrent save of the same base update nothing.
    const updated = await tx
      .updateTable('scenario_drafts')
      .set({
        yaml: input.yaml,
        revision,
        scenario_id: labels.scenarioId,
        title: labels.title,
        updated_by: input.by,
        updated_at: input.at,
      })
      .where('id', '=', input.draftId)
      .where('revision', '=', input.baseRevision)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      const fresh = (await getDraft(tx, input.organisationId, input.draftId)) ?? current;
      return { ok: false, error: { code: 'stale_revision', current: fresh } } as const;
    }
    await tx
      .insertInto('scenario_draft_revisions')
      .values({ draft_id: input.draftId, revision, yaml: input.yaml, saved_by: input.by, saved_at: input.at })
      .execute();
    return {
      ok: true,
      value: {
        ...current,
        ...labels,
        yaml: input.yaml,
        revision,
        updatedAt: input.at,
        updatedBy: input.by,
      },
    } as const;
  });
}

/**
 * A draft's saved revisions, newest first (with `withText`, each revision's YAML too).
 *
 * @example
 * const history = await draftHistory(db, 'drf_1');
 */
export async function draftHistory(db: Kysely<Database>, draftId: string) {
  const rows = await db
    .selectFrom('scenario_draft_revisions')
    .leftJoin('users', 'users.id', 'scenario_draft_revisions.saved_by')
    .select([
      'scenario_draft_revisions.revision',
      'scenario_draft_revisions.saved_at',
      'scenario_draft_revisions.saved_by',
      'users.name',
    ])
    .where('draft_id', '=', draftId)
    .orderBy('revision', 'desc')
    .execute();
  return rows.map((r) => ({
    revision: r.revision,
    savedAt: r.saved_at,
    savedBy: r.saved_by === null ? null : { id: r.saved_by, name: r.name ?? '' },
  }));
}

/**
 * The YAML of one saved revision of a draft, or undefined.
 *
 * @example
 * await draftRevisionText(db, 'drf_1', 2);
 */
export async function draftRevisionText(
  db: Kysely<Database>,
  draftId: string,
  revision: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('scenario_draft_revisions')
    .select('yaml')
    .where('draft_id', '=', draftId)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return row?.yaml;
}
