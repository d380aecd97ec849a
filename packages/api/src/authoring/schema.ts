/** Tables for scenario drafts, their revisions and published versions (migration 006). */

export interface ScenarioDraftsTable {
  id: string;
  organisation_id: string;
  /** The `id:` of the draft's text when last saved (best effort). */
  scenario_id: string;
  title: string;
  yaml: string;
  /** 1 when created; each save adds one. */
  revision: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

/** Every saved text of a draft: its history. */
export interface ScenarioDraftRevisionsTable {
  draft_id: string;
  revision: number;
  yaml: string;
  saved_by: string | null;
  saved_at: string;
}

/** A published scenario version: its YAML, and who published it and when (the publish log). */
export interface PublishedScenariosTable {
  scenario_id: string;
  version: string;
  content_hash: string;
  yaml: string;
  organisation_id: string | null;
  draft_id: string | null;
  draft_revision: number | null;
  published_by: string | null;
  published_by_name: string | null;
  published_at: string;
}

export interface AuthoringTables {
  scenario_drafts: ScenarioDraftsTable;
  scenario_draft_revisions: ScenarioDraftRevisionsTable;
  published_scenarios: PublishedScenariosTable;
}
