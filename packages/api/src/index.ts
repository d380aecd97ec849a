/**
 * @doorway/api: the HTTP service. This file is the curated public entry: export by name, never `export *`.
 */

export type { AppDeps } from './app';
export { createApp } from './app';
export { ApiError } from './errors/api-error';
export { migrationProvider, migrations } from './storage/migrations/index';
export type { SqliteSync } from './storage/open-storage';
export { dropPostgresSchema, openPostgresStorage, openSqliteStorage } from './storage/open-storage';
export type { Database } from './storage/schema';
export type {
  AppendResult,
  NewStep,
  RunRecord,
  StepRecord,
  Storage,
  StoredScenarioVersion,
} from './storage/storage';
