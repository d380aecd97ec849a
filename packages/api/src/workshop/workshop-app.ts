import { Hono } from 'hono';
import type { AccountDeps } from '../auth/auth-context';
import { authRoutes } from '../auth/auth-routes';
import { authoringRoutes } from '../authoring/authoring-routes';
import { liveCatalog } from '../authoring/live-catalog';
import { adminPeopleRoutes } from '../courses/admin-people-routes';
import { cohortRoutes } from '../courses/cohort-routes';
import { courseEditRoutes } from '../courses/course-edit-routes';
import { courseRoutes } from '../courses/course-routes';
import { inviteRoutes } from '../courses/invite-routes';
import { joinRoutes } from '../courses/join-routes';
import { meRoutes } from '../courses/me-routes';
import { myCourseRoutes } from '../courses/my-course-routes';
import { orgRoutes } from '../courses/org-routes';
import { progressRoutes } from '../courses/progress-routes';
import { signInLinkRoutes } from '../courses/sign-in-link-routes';
import { stepAdminRoutes } from '../courses/step-admin-routes';
import type { AppDeps } from '../deps';
import { coursePackageRoutes, defaultLmsPlayerDir } from '../lms/course-package-routes';
import { createRunService } from '../runs/run-service';
import { clientAddress } from '../security/origin';
import { rateLimitStoreFor } from '../security/rate-limit-store';
import { lrsRoutes } from '../xapi/lrs-routes';
import { inProcessBus } from './room-bus';
import { roomLanguages } from './room-language';
import { createWorkshopService } from './room-service';
import { workshopRoutes } from './workshop-routes';

/**
 * Accounts and workshop rooms as one sub-app, built from the app's dependencies.
 * Rooms pin scenario content exactly as runs do (same scenario_versions table, same compile cache logic).
 *
 * @example
 * app.route('/', workshopApp(deps));
 */
export function workshopApp(deps: AppDeps) {
  const proxy = { trustProxy: deps.trustProxy ?? false };
  const socket = deps.socketAddress ?? (() => undefined);
  const pinning = createRunService({ storage: deps.storage, catalog: deps.catalog });
  const bus = deps.roomBus ?? inProcessBus();
  const accountDeps: AccountDeps = {
    db: deps.storage.db,
    now: deps.now,
    random: deps.random,
    proxy,
    allowedOrigins: deps.allowedOrigins ?? [],
    clientAddress: (c) => clientAddress(c, proxy, socket),
    limitStore: rateLimitStoreFor(deps.storage),
    limits: {
      login: deps.workshopLimits?.login ?? { max: 10, windowMs: 60_000 },
      join: deps.workshopLimits?.join ?? { max: 30, windowMs: 60_000 },
    },
  };
  const workshop = createWorkshopService({
    storage: deps.storage,
    latest: (scenarioId) => {
      const entry = deps.catalog.get(scenarioId);
      return entry
        ? {
            scenarioId: entry.scenario.id,
            version: entry.scenario.version,
            contentHash: entry.contentHash,
            scenarioJson: JSON.stringify(entry.scenario),
            rubricJson: JSON.stringify(deps.catalog.rubric),
          }
        : undefined;
    },
    compiledFor: (scenarioId, contentHash) =>
      pinning.compiledFor({ id: `room:${scenarioId}`, scenarioId, contentHash }),
    now: deps.now,
    random: deps.random,
    bus,
    languages: roomLanguages((scenarioId) => deps.catalog.tables?.(scenarioId) ?? new Map()),
  });
  const courseDeps = { ...accountDeps, storage: deps.storage, catalog: deps.catalog };
  return new Hono()
    .route('/', authRoutes(accountDeps))
    .route('/', orgRoutes(accountDeps))
    .route('/', lrsRoutes(accountDeps))
    .route('/', courseRoutes(courseDeps))
    .route('/', courseEditRoutes(courseDeps))
    .route(
      '/',
      coursePackageRoutes({ ...accountDeps, lmsPlayerDir: deps.lmsPlayerDir ?? defaultLmsPlayerDir }),
    )
    .route('/', cohortRoutes(courseDeps))
    .route(
      '/',
      inviteRoutes({ ...accountDeps, mailInvites: deps.mailInvites ?? false, publicUrl: deps.publicUrl }),
    )
    .route('/', joinRoutes(accountDeps))
    .route('/', signInLinkRoutes(accountDeps))
    .route('/', meRoutes(accountDeps))
    .route('/', adminPeopleRoutes(accountDeps))
    .route(
      '/',
      authoringRoutes({
        ...accountDeps,
        storage: deps.storage,
        catalog: liveCatalog(deps.catalog),
        logger: deps.logger,
        ...(deps.publications ? { publications: deps.publications } : {}),
      }),
    )
    .route('/', myCourseRoutes(courseDeps))
    .route('/', progressRoutes(courseDeps))
    .route('/', stepAdminRoutes(courseDeps))
    .route('/', workshopRoutes({ ...accountDeps, workshop, bus }));
}
