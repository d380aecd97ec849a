import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001_core';
import * as m002 from './002_workshop';
import * as m003 from './003_scenario_rubric';
import * as m004 from './004_organisations_courses';
import * as m005 from './005_rate_limits';
import * as m006 from './006_authoring';
import * as m007 from './007_xapi_outbox';
import * as m008 from './008_run_lang';
import * as m009 from './009_room_lang';
import * as m010 from './010_mail_outbox';

/**
 * Every migration, in order. To add one: create `NNN_name.ts` beside this file exporting `up` (and `down`),
 * then add one line here. Names sort lexically, so keep the three-digit prefix. The migrator allows a lower
 * number landing after a higher one was applied (004 after 005): each runs once whatever the order.
 */
export const migrations: Record<string, Migration> = {
  '001_core': m001,
  '002_workshop': m002,
  '003_scenario_rubric': m003,
  '004_organisations_courses': m004,
  '005_rate_limits': m005,
  '006_authoring': m006,
  '007_xapi_outbox': m007,
  '008_run_lang': m008,
  '009_room_lang': m009,
  '010_mail_outbox': m010,
};

/** A Kysely migration provider over the static list above (no file-system scanning: works under any bundler). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
