import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { ScenarioCatalog } from '../runs/catalog';
import { createRunService } from '../runs/run-service';
import type { RandomBytes } from '../security/tokens';
import type { Storage } from '../storage/storage';
import { cohortReport } from './cohort-report';
import { ID_PATTERN } from './path-ids';

/**
 * The context variable the run write routes set to the run's status after a step they appended: the
 * middleware below looks for a course link only when a write left the run no longer active.
 */
export const RUN_STATUS_AFTER_WRITE = 'runStatusAfterWrite';

declare module 'hono' {
  interface ContextVariableMap {
    [RUN_STATUS_AFTER_WRITE]: 'active' | 'ended' | 'exited';
  }
}

/**
 * Middleware on the run write routes: after a write that ends a run linked to a course step, writes the
 * trainee's completion record if that completed the course. It never changes the run's answer: a failure
 * here is logged (the next read of the course writes the record anyway).
 *
 * @example
 * app.use('/api/runs/:id/*', courseRunSync(deps));
 */
export function courseRunSync(deps: {
  storage: Storage;
  catalog: ScenarioCatalog;
  random: RandomBytes;
  now: () => Date;
  logger: Logger;
}): MiddlewareHandler {
  const service = createRunService({ storage: deps.storage, catalog: deps.catalog });
  const db = deps.storage.db;
  return async (c, next) => {
    await next();
    const runId = c.req.param('id') ?? '';
    if (c.req.method !== 'POST' || c.res.status !== 200 || !ID_PATTERN.test(runId)) return;
    // Most writes leave the run active: nothing to complete, so no query (one per choice otherwise).
    const after = c.get(RUN_STATUS_AFTER_WRITE);
    if (after === undefined || after === 'active') return;
    try {
      const link = await db
        .selectFrom('course_attempts')
        .innerJoin('enrolments', 'enrolments.id', 'course_attempts.enrolment_id')
        .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
        .innerJoin('runs', 'runs.id', 'course_attempts.run_id')
        .select([
          'cohorts.organisation_id as orgId',
          'cohorts.id as cohortId',
          'enrolments.user_id as userId',
          'runs.status',
        ])
        .where('course_attempts.run_id', '=', runId)
        .executeTakeFirst();
      if (!link || link.status === 'active') return;
      const report = await cohortReport(
        { db, random: deps.random, now: deps.now },
        service,
        link.orgId,
        link.cohortId,
        link.userId,
      );
      if (!report.ok)
        deps.logger.error(
          { runId, code: report.error.code },
          'completion record not written after a course run ended',
        );
    } catch (error) {
      deps.logger.error({ runId, err: error }, 'completion record not written after a course run ended');
    }
  };
}
