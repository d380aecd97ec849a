import type { Context } from 'hono';
import { Hono } from 'hono';
import type { TypedResponse } from 'hono/types';
import type { JSONParsed } from 'hono/utils/types';
import { RUN_STATUS_AFTER_WRITE } from '../courses/course-run-sync';
import type { AppDeps } from '../deps';
import { ApiError } from '../errors/api-error';
import { orFail, toApiError } from '../errors/domain-error';
import { enforceRateLimit } from '../http/rate-limit';
import {
  type Feedback,
  feedbackFor,
  type RunState,
  report,
  type Step,
  transcriptOf,
  type View,
  viewOf,
} from '../runs/engine';
import {
  type AppendOutcome,
  createRunService,
  type LoadedRun,
  type Presented,
  runInfo,
  type WriteOutcome,
} from '../runs/run-service';
import type { LoggedStep } from '../schemas/runs';
import { clientAddress, originAllowed } from '../security/origin';
import { rateLimitStoreFor } from '../security/rate-limit-store';
import { createRateLimiter } from '../security/rate-limiter';
import { presentedToken, setRunCookie } from '../security/run-cookie';
import { hashToken, newId, newSeed, newToken, tokenMatches } from '../security/tokens';
import type { RunRecord } from '../storage/storage';
import { xapiStepOutbox } from '../xapi/step-outbox';
import {
  createRun,
  exitRun,
  getDebrief,
  getRun,
  makeChoice,
  rewindRun,
  runNotFound,
} from './run-declarations';

/** The choice route's answer; stored with the step so a retried requestId gets it back unchanged. */
type ChoiceAnswer = Presented<{
  view: View;
  step: LoggedStep;
  feedback?: Feedback | undefined;
}>;

/** A write without a request id either appends or is refused: the refusal becomes the HTTP error. */
function appended<R>(outcome: WriteOutcome<R>): R {
  if (outcome.ok) return outcome.value.response;
  if (outcome.error.code === 'request_taken') throw new Error('a write without a request id hit one');
  throw toApiError(outcome.error);
}

/**
 * The run routes: create, read, choose, rewind, exit, debrief. The step log is the truth; every write
 * replays it through the engine, checks, and appends one step in one transaction.
 *
 * @example
 * app.route('/', runRoutes(deps));
 */
export function runRoutes(deps: AppDeps) {
  const proxy = { trustProxy: deps.trustProxy ?? false };
  const allowedOrigins = deps.allowedOrigins ?? [];
  const service = createRunService({
    storage: deps.storage,
    catalog: deps.catalog,
    ...(deps.stateCacheSize === undefined ? {} : { cacheSize: deps.stateCacheSize }),
    outbox: deps.publicUrl
      ? xapiStepOutbox({ db: deps.storage.db, homePage: deps.publicUrl, nowMs: () => deps.now().getTime() })
      : undefined,
  });
  const limitStore = rateLimitStoreFor(deps.storage);
  const limiter = createRateLimiter(
    deps.rateLimit ?? { max: 30, windowMs: 60_000 },
    () => deps.now().getTime(),
    limitStore && { store: limitStore, scope: 'runs' },
  );
  const socket = deps.socketAddress ?? (() => undefined);
  const at = () => deps.now().toISOString();

  /** The caller holds the run's token; a write checks Origin when the cookie is the credential. */
  function authorized(c: Context, record: RunRecord, write: boolean): boolean {
    const presented = presentedToken(c, record.id);
    if (!presented || !tokenMatches(presented.token, record.tokenHash)) return false;
    if (write && presented.via === 'cookie' && !originAllowed(c, proxy, allowedOrigins))
      throw new ApiError('bad_origin', {
        message:
          'This request came from another site. Use Doorway from its own address, or send Authorization: Bearer <runToken>.',
      });
    return true;
  }

  /** Loads a run the caller holds the token for, from the database (the log is the truth). */
  async function access(c: Context, id: string, write: boolean): Promise<LoadedRun> {
    if (!presentedToken(c, id)) throw runNotFound();
    const record = await deps.storage.getRun(id);
    if (!record || !authorized(c, record, write)) throw runNotFound();
    return service.load(record);
  }

  /**
   * Appends a step to a run the caller holds the token for. The run this process last wrote is tried
   * first without reading it back: the append's own seq check in the database confirms it (one statement
   * per choice on PostgreSQL). Any refusal there means the memory may be behind the log (another process's
   * step, say), so the run is read from the database and the step applied again, and that answer stands.
   * A run the ending of which this write caused is marked for the course-completion middleware.
   */
  async function write<R>(
    c: Context,
    id: string,
    step: Step,
    requestId: string | null,
    respond: (loaded: LoadedRun, next: RunState, logged: LoggedStep) => R,
  ): Promise<WriteOutcome<R>> {
    const cached = service.cachedRun(id);
    let outcome: AppendOutcome<R> | undefined;
    if (cached && authorized(c, cached.record, true))
      outcome = await service.append(cached, step, requestId, (n, l) => respond(cached, n, l), at());
    if (!outcome || (!outcome.ok && outcome.error.code === 'cache_behind')) {
      const loaded = await access(c, id, true);
      outcome = await service.append(loaded, step, requestId, (n, l) => respond(loaded, n, l), at());
    }
    if (outcome.ok) {
      c.set(RUN_STATUS_AFTER_WRITE, outcome.value.state.status);
      return outcome;
    }
    const error = outcome.error;
    if (error.code === 'cache_behind') throw new Error('a run read from the database came back as behind');
    return { ok: false, error };
  }

  return new Hono()
    .post(createRun.path, createRun.validate, async (c) => {
      await enforceRateLimit(
        c,
        limiter,
        clientAddress(c, proxy, socket),
        (s) => `Too many runs started from this address. Wait ${s} s and try again.`,
      );
      const body = c.req.valid('json');
      const token = newToken(deps.random);
      const started = await service.start({
        id: newId(deps.random),
        scenarioId: body.scenarioId,
        mode: body.mode,
        seed: newSeed(deps.random),
        tokenHash: hashToken(token),
        at: at(),
        ...(body.lang === undefined ? {} : { lang: body.lang }),
      });
      const loaded = orFail(started);
      setRunCookie(c, loaded.record.id, token, proxy);
      deps.logger.info(
        { runId: loaded.record.id, scenarioId: body.scenarioId, mode: body.mode, lang: loaded.record.lang },
        'run started',
      );
      return c.json(
        {
          run: runInfo(loaded.record),
          ...service.present(loaded, (compiled) => ({ view: viewOf(compiled, loaded.state) })),
          runToken: token,
        },
        201,
      );
    })
    .get(getRun.path, getRun.validate, async (c) => {
      const loaded = await access(c, c.req.valid('param').id, false);
      return c.json({
        run: runInfo(loaded.record, loaded.state.status),
        ...service.present(loaded, (compiled) => ({
          view: viewOf(compiled, loaded.state),
          transcript: transcriptOf(compiled, loaded.state),
          feedback: service.lastFeedback(loaded, compiled),
          decisions: loaded.state.path.length,
        })),
      });
    })
    .post(makeChoice.path, makeChoice.validate, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const step = { kind: 'choice' as const, beatId: body.beatId, choiceId: body.choiceId };
      const result = await write(
        c,
        id,
        step,
        body.requestId,
        (loaded, next, logged): ChoiceAnswer =>
          service.present(loaded, (compiled) => ({
            view: viewOf(compiled, next),
            step: logged,
            feedback:
              loaded.record.mode === 'coach'
                ? feedbackFor(compiled, body.beatId, body.choiceId, loaded.state)
                : undefined,
          })),
      );
      // The answer as stored with the step, serialized once.
      if (result.ok) return jsonText<ChoiceAnswer>(c, result.value.responseJson);
      // The happy path writes first and looks for a stored answer only when something refuses:
      // a retried requestId either fails the engine's checks (the run moved on) or the unique index.
      const first = await storedAnswer(id, body);
      if (first) return jsonText<ChoiceAnswer>(c, first);
      if (result.error.code === 'request_taken') throw new Error('request id taken but no stored step found');
      throw toApiError(result.error);
    })
    .post(rewindRun.path, rewindRun.validate, async (c) => {
      const step = { kind: 'rewind' as const, toDecision: c.req.valid('json').toDecision };
      const result = await write(c, c.req.valid('param').id, step, null, (loaded, next, logged) =>
        service.present(loaded, (compiled) => ({ view: viewOf(compiled, next), step: logged })),
      );
      return c.json(appended(result));
    })
    .post(exitRun.path, exitRun.validate, async (c) => {
      const result = await write(
        c,
        c.req.valid('param').id,
        { kind: 'exit' },
        null,
        (loaded, next, logged) => ({
          run: runInfo(loaded.record, next.status),
          ...service.present(loaded, (compiled) => ({ view: viewOf(compiled, next), step: logged })),
        }),
      );
      return c.json(appended(result));
    })
    .get(getDebrief.path, getDebrief.validate, async (c) => {
      const loaded = await access(c, c.req.valid('param').id, false);
      if (loaded.state.status === 'active' && loaded.record.mode !== 'coach')
        throw new ApiError('run_not_ended', { details: { view: service.view(loaded) } });
      return c.json(service.present(loaded, (compiled) => report(compiled, loaded.state)));
    });

  /** The first answer to a request id (its JSON text), if it was already applied (the idempotent retry). */
  async function storedAnswer(
    runId: string,
    body: { beatId: string; choiceId: string; requestId: string },
  ): Promise<string | undefined> {
    const existing = await deps.storage.findStepByRequest(runId, body.requestId);
    if (!existing) return undefined;
    const step = JSON.parse(existing.stepJson) as { kind: string; beatId?: string; choiceId?: string };
    if (
      step.kind !== 'choice' ||
      step.beatId !== body.beatId ||
      step.choiceId !== body.choiceId ||
      !existing.responseJson
    )
      throw new ApiError('request_id_reused');
    return existing.responseJson;
  }
}

/** A JSON answer already serialized (as `c.json` would send it), typed as its object for the typed client. */
function jsonText<T>(c: Context, text: string): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  return c.body(text, 200, { 'Content-Type': 'application/json' }) as unknown as Response &
    TypedResponse<JSONParsed<T>, 200, 'json'>;
}
