import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createRegistry,
  formatProblem,
  loadSources,
  loadSourcesTable,
  type SourcesTable,
  tableLintProblems,
} from '@doorway/scenarios';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app';
import { liveCatalog } from './authoring/live-catalog';
import { postgresFeed, singleProcessFeed } from './authoring/publication-feed';
import { runClusterPrimary } from './cluster-primary';
import { purgeCourseData } from './courses/retention';
import { hidePassword, parseEnv } from './env';
import { inFlightLimit } from './http/in-flight-limit';
import { createLogger } from './logger';
import { startMailWorker } from './mail/mail-worker';
import { smtpSender } from './mail/smtp-sender';
import { catalogFromRegistry } from './runs/catalog-from-registry';
import { mountWebApp } from './static';
import { openStorageFromConfig } from './storage/open-from-config';
import { inProcessBus, postgresBus } from './workshop/room-bus';
import { purgeExpiredRooms } from './workshop/room-retention';
import { startOutboxWorker } from './xapi/outbox-worker';

// The only file that reads the environment and opens a port.
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const parsed = parseEnv(process.env, repoRoot);
if (!parsed.ok) {
  console.error(
    `Doorway cannot start: the environment has bad values.\n  ${parsed.error.join('\n  ')}\nSee docs/api.md.`,
  );
  process.exit(1);
}
const config = parsed.value;
if (config.WORKERS > 1 && !config.DATABASE_URL) {
  console.error(
    `Doorway cannot start: WORKERS=${config.WORKERS} needs PostgreSQL (set DATABASE_URL). With SQLite the rate limiters and the workshop live feed are in one process's memory, so run one process (leave WORKERS unset). See docs/deploy.md.`,
  );
  process.exit(1);
}
if (config.WORKERS > 1 && cluster.isPrimary) {
  // The primary only forks and watches; each worker runs the rest of this file.
  runClusterPrimary(config.WORKERS, console);
  await new Promise<never>(() => undefined);
}
const logger = createLogger(config.LOG_LEVEL);

const storage = openStorageFromConfig(config);
try {
  await storage.migrate();
} catch (err) {
  console.error(`Doorway cannot start: the ${storage.dialect} database is not usable.\n  ${String(err)}`);
  process.exit(1);
}

// SCENARIOS_DIR points at another content folder (the benchmark's generated scenario); default: the bundled one.
const registry = config.SCENARIOS_DIR ? createRegistry(resolve(config.SCENARIOS_DIR)) : createRegistry();
for (const problem of [
  ...registry.problems,
  // String tables (<id>.<lang>.yaml): one that does not load is left out; an incomplete one shows English where it lacks.
  ...tableLintProblems(
    registry.list().map((e) => e.file),
    registry.list().map((e) => e.scenario),
  ),
])
  (problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
const sources = loadSources();
if (!sources.ok) {
  console.error(
    `Doorway cannot start: the sources file is broken.\n  ${sources.error.map((p) => formatProblem(p)).join('\n  ')}`,
  );
  process.exit(1);
}
// The Sources page in Spanish: a broken table is logged and the page stays English, like a broken scenario.
const sourceTables: SourcesTable[] = [];
const spanishSources = loadSourcesTable('es');
if (!spanishSources.ok) for (const problem of spanishSources.error) logger.error(formatProblem(problem));
else if (spanishSources.value) sourceTables.push(spanishSources.value.table);

// Workshop rooms: live updates cross processes through PostgreSQL LISTEN/NOTIFY; SQLite means one process.
const roomBus = config.DATABASE_URL ? await postgresBus(config.DATABASE_URL) : inProcessBus();
const purge = () =>
  Promise.all([
    purgeExpiredRooms(storage, new Date()).then(
      (n) => n > 0 && logger.info({ rooms: n }, 'deleted workshop rooms past their retention period'),
      (err) => logger.error({ err: String(err) }, 'could not purge old workshop rooms'),
    ),
    // Course data past each organisation's retention setting (docs/courses.md).
    purgeCourseData(storage, new Date()).then(
      (n) =>
        n.runs + n.marks + n.records > 0 && logger.info(n, 'deleted course data past its retention period'),
      (err) => logger.error({ err: String(err) }, 'could not purge old course data'),
    ),
  ]);
void purge();
setInterval(purge, 60 * 60 * 1000).unref();

// Scenario versions authors published through the API, read back from the database at every start; on
// PostgreSQL every process also hears other processes' publications (NOTIFY, and a poll as the fallback).
const catalog = liveCatalog(catalogFromRegistry(registry, sources.value, sourceTables));
const publications = config.DATABASE_URL
  ? await postgresFeed(config.DATABASE_URL, storage.db, catalog, logger, config.PUBLISH_POLL_MS)
  : singleProcessFeed(storage.db, catalog, logger);
try {
  const published = await publications.sync();
  if (published > 0) logger.info({ published }, 'loaded published scenario versions');
} catch (err) {
  logger.error({ err: String(err) }, 'could not read published scenario versions; serving the bundled ones');
}

const publicUrl =
  config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
// Sends the xAPI outbox to organisations' LRSs; every process runs one (PostgreSQL rows are claimed with skip locked).
const xapiWorker = startOutboxWorker({
  db: storage.db,
  dialect: storage.dialect,
  logger,
  leaseMs: config.XAPI_LEASE_MS,
  pollMs: config.XAPI_POLL_MS,
  backoffBaseMs: config.XAPI_RETRY_BASE_MS,
  backoffMaxMs: config.XAPI_RETRY_MAX_MS,
});
// Mails invites when SMTP settings are given (docs/courses.md); without them invite links are copied by hand.
const mailWorker =
  config.SMTP_URL && config.SMTP_FROM
    ? startMailWorker({
        db: storage.db,
        dialect: storage.dialect,
        logger,
        send: smtpSender(config.SMTP_URL, config.SMTP_FROM),
        maxAttempts: config.SMTP_MAX_ATTEMPTS,
        backoffBaseMs: config.SMTP_RETRY_BASE_MS,
        backoffMaxMs: config.SMTP_RETRY_MAX_MS,
      })
    : undefined;
if (mailWorker) logger.info({ smtp: hidePassword(config.SMTP_URL ?? '') }, 'invite mail is on');

const app = createApp({
  mailInvites: mailWorker !== undefined,
  publicUrl,
  roomBus,
  now: () => new Date(),
  version: '0.1.0',
  storage,
  catalog,
  publications,
  random: (size) => randomBytes(size),
  logger,
  rateLimit: { max: config.RATE_LIMIT_RUNS_PER_MINUTE, windowMs: 60_000 },
  trustProxy: config.TRUST_PROXY,
  allowedOrigins: config.ALLOWED_ORIGINS,
  benchHello: config.DOORWAY_BENCH,
  socketAddress: (c) => {
    try {
      return getConnInfo(c).remote.address;
    } catch {
      return undefined;
    }
  },
});
const webDist = config.WEB_DIST ?? resolve(here, '../../web/dist');
const hasWeb = mountWebApp(app, webDist);

const server = serve(
  { fetch: inFlightLimit(app.fetch, config.MAX_IN_FLIGHT), port: config.PORT, hostname: config.HOST },
  (info) => {
    const shown = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    console.log(`Doorway is running at http://${shown}:${info.port}/ (storage: ${storage.dialect})`);
    if (!hasWeb)
      console.log(
        `(web app not built: run "pnpm --filter @doorway/web build"; the API still answers under /api)`,
      );
  },
);

// Requests Node's HTTP parser rejects before the app sees them (unknown methods, broken request lines,
// oversized headers) still get the JSON error shape.
server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    error: tooLarge
      ? {
          code: 'headers_too_large',
          message: 'The request headers are too large. Send fewer or smaller headers.',
        }
      : {
          code: 'bad_request',
          message: 'The request is not valid HTTP. Check the method, path and headers.',
        },
  });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
});

// On SIGTERM/SIGINT: stop accepting, finish in-flight requests, close the database.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    server.close(() => {
      void Promise.allSettled([xapiWorker.stop(), mailWorker?.stop()])
        .finally(() => Promise.allSettled([roomBus.close(), publications.close(), storage.close()]))
        .finally(() => process.exit(0));
    });
    // Idle keep-alive sockets would hold close() open until they time out; busy ones finish their request.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
