/** Tables for xAPI delivery (migration 007): an organisation's LRS and the statement outbox. */

export interface OrganisationLrsTable {
  organisation_id: string;
  /** The LRS's xAPI base URL; statements go to `<endpoint>/statements`. */
  endpoint: string;
  /** HTTP Basic user name (an LRS "key"). */
  lrs_key: string;
  /** HTTP Basic password (an LRS "secret"); never returned by the API. */
  lrs_secret: string;
  /** 1 sends statements, 0 keeps the settings but writes none. */
  enabled: number;
  /** HMAC key for the pseudonymous actor name; kept across updates so actors stay stable. */
  actor_salt: string;
  updated_at: string;
}

/** One statement waiting for (or acknowledged by) an organisation's LRS. */
export interface XapiOutboxTable {
  id: string;
  organisation_id: string;
  run_id: string;
  seq: number;
  statement_json: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  sent_at: string | null;
  last_error: string | null;
}

export interface XapiTables {
  organisation_lrs: OrganisationLrsTable;
  xapi_outbox: XapiOutboxTable;
}
