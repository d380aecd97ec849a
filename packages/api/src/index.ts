/**
 * @doorway/api: the HTTP service. This file is the curated public entry: export by name, never `export *`.
 */

export { createApp } from './app';
/** Accounts for set-up scripts and cross-package tests (the CLI's `doorway users add` uses it too). */
export { createUser } from './auth/users';
export type { LiveCatalog } from './authoring/live-catalog';
export { liveCatalog } from './authoring/live-catalog';
export { loadPublished } from './authoring/publications';
export type { AppDeps } from './deps';
export { ApiError } from './errors/api-error';
export type { CoursePackageInput } from './lms/build-course-package';
export { buildCoursePackage, loadCoursePackageInput } from './lms/build-course-package';
export type { LmsFormat, LmsPackageOptions } from './lms/build-lms-package';
export { buildLmsPackage, packageCsp } from './lms/build-lms-package';
export { createLogger } from './logger';
export { inviteMessage } from './mail/invite-message';
export { startMailWorker } from './mail/mail-worker';
export { smtpSender } from './mail/smtp-sender';
export type { CatalogEntry, ScenarioCatalog } from './runs/catalog';
export { catalogFromRegistry } from './runs/catalog-from-registry';
export { migrationProvider, migrations } from './storage/migrations/index';
export type { SqliteSync } from './storage/open-storage';
export { dropPostgresSchema, openPostgresStorage, openSqliteStorage } from './storage/open-storage';
export type { Database } from './storage/schema';
export type {
  AppendResult,
  NewStep,
  OutboxStatement,
  RunRecord,
  StepRecord,
  Storage,
  StoredScenarioVersion,
} from './storage/storage';
export { startOutboxWorker } from './xapi/outbox-worker';
export { statementId } from './xapi/statement-id';
