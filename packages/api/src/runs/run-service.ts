import type { Rubric, Scenario } from '@doorway/engine';
import { RubricSchema, ScenarioSchema } from '@doorway/engine';
import { createLocalisation, type Localisation } from '@doorway/scenarios';
import { type DomainError, failure } from '../errors/domain-error';
import { type EngineRefusalCode, engineRefusal } from '../errors/engine-error-codes';
import type { LoggedStep, RunInfo } from '../schemas/runs';
import type { RunRecord, StepRecord, Storage } from '../storage/storage';
import type { StepOutbox } from '../xapi/step-outbox';
import type { ScenarioCatalog } from './catalog';
import {
  applyStep,
  type CompiledScenario,
  compileScenario,
  type DebriefReport,
  type Feedback,
  feedbackFor,
  type Mode,
  type Result,
  type RunState,
  replay,
  report,
  type Step,
  startRun,
  transcriptOf,
  type View,
  type ViewLine,
  viewOf,
} from './engine';
import { Lru } from './lru';
import { storedVersionOf } from './stored-version-of';

/** A run loaded and replayed: its record, its pinned compiled scenario and its current state. */
export interface LoadedRun {
  record: RunRecord;
  compiled: CompiledScenario;
  state: RunState;
  /**
   * True when it came from this process's memory (`cachedRun`), not from the database: an append then
   * lets the database confirm it (the run still at this seq) and answers `cache_behind` on any refusal.
   */
  fromCache?: boolean;
}

/** The run as clients see it; `status` defaults to the stored one (a write passes the status after it). */
export function runInfo(record: RunRecord, status: RunState['status'] = record.status): RunInfo {
  return {
    id: record.id,
    scenarioId: record.scenarioId,
    scenarioVersion: record.scenarioVersion,
    mode: record.mode,
    status,
    // English runs answer as before languages existed; another language is named.
    ...(record.lang !== undefined && record.lang !== 'en' ? { lang: record.lang } : {}),
    createdAt: record.createdAt,
  };
}

/** A response in the run's language: `lang` (absent for English runs), and the dot paths of texts shown in English for want of a translation. */
export type Presented<T> = T & { lang?: string; inEnglish?: string[] };

/** Why a step was not appended: the engine refused it, or another request got there first (with the view now). */
export type StepRefusal = DomainError<EngineRefusalCode> & { view: View };

/**
 * The outcome of `append`: `request_taken` means this request id is already in the log (a retry);
 * `cache_behind` (only from a run given by `cachedRun`) means the log decides: load the run and append again.
 * `responseJson` is the response as JSON text, serialized once for the log and the answer.
 */
export type AppendOutcome<R> = Result<
  { response: R; responseJson: string; state: RunState },
  StepRefusal | { code: 'request_taken' } | { code: 'cache_behind' }
>;

/** An append decided on the log: appended, refused by the engine or a race, or a retried request id. */
export type WriteOutcome<R> = Result<
  { response: R; responseJson: string; state: RunState },
  StepRefusal | { code: 'request_taken' }
>;

/**
 * Runs as the server sees them: the step log in storage is the truth; states are replayed from it through the
 * engine (with a small cache keyed by run id and last seq), checked, and appended in one transaction.
 *
 * @example
 * const service = createRunService({ storage, catalog, rubric });
 * const loaded = await service.load(runId);
 */
export function createRunService(deps: {
  storage: Storage;
  catalog: ScenarioCatalog;
  cacheSize?: number;
  /** The xAPI statements a step produces, stored in the step's transaction (none without it). */
  outbox?: StepOutbox | undefined;
}) {
  const { storage, catalog } = deps;
  const compiledByHash = new Lru<string, CompiledScenario>(64);
  // The state after each run's last step this process replayed or wrote, with the record it belongs to
  // (record.lastSeq is that step's seq). The log stays the truth: a hit is used only for a record read from
  // the database at the same seq, or for an append the database accepts only at that seq.
  const states = new Lru<string, { record: RunRecord; compiled: CompiledScenario; state: RunState }>(
    deps.cacheSize ?? 5000,
  );
  const localisations = new Lru<string, Localisation>(64);

  /** How a run's content is shown in its language: undefined for English or a scenario with no such table. */
  function localisationFor(loaded: LoadedRun): Localisation | undefined {
    const lang = loaded.record.lang ?? 'en';
    if (lang === 'en') return undefined;
    const table = catalog.tables?.(loaded.record.scenarioId).get(lang);
    if (!table) return undefined;
    const key = `${loaded.record.contentHash}|${lang}`;
    const cached = localisations.get(key);
    if (cached) return cached;
    // A run pinned to an older version uses today's table: entries whose English changed are stale and
    // fall back to the English of the version the run is on.
    const made = createLocalisation(loaded.compiled.scenario, table);
    localisations.set(key, made);
    return made;
  }

  function compile(scenario: Scenario, rubric: Rubric, contentHash: string): CompiledScenario {
    const cached = compiledByHash.get(contentHash);
    if (cached) return cached;
    // The registry validated it (or it was validated when first stored): a throw here is a bug.
    const compiled = compileScenario(scenario, rubric);
    compiledByHash.set(contentHash, compiled);
    return compiled;
  }

  /** The compiled scenario a run is pinned to: the catalog's when the hash matches, else the stored JSON. */
  async function compiledFor(
    record: Pick<RunRecord, 'id' | 'scenarioId' | 'contentHash'>,
  ): Promise<CompiledScenario> {
    const cached = compiledByHash.get(record.contentHash);
    if (cached) return cached;
    const latest = catalog.get(record.scenarioId);
    if (latest && latest.contentHash === record.contentHash)
      return compile(latest.scenario, catalog.rubric, record.contentHash);
    const stored = await storage.getScenarioVersion(record.scenarioId, record.contentHash);
    if (!stored) throw new Error(`run ${record.id} references a scenario version that was never stored`);
    const scenario = ScenarioSchema.parse(JSON.parse(stored.scenarioJson));
    const rubric = stored.rubricJson ? RubricSchema.parse(JSON.parse(stored.rubricJson)) : catalog.rubric;
    return compile(scenario, rubric, record.contentHash);
  }

  function replayLog(record: RunRecord, compiled: CompiledScenario, steps: StepRecord[]): RunState {
    const result = replay(compiled, {
      seed: record.seed,
      mode: record.mode,
      steps: steps.map((s) => JSON.parse(s.stepJson) as Step),
    });
    // The log only holds steps the engine accepted; a refusal here is a bug or a broken engine change.
    if (!result.ok) throw new Error(`run ${record.id} no longer replays: ${JSON.stringify(result.error)}`);
    return result.value;
  }

  async function load(record: RunRecord): Promise<LoadedRun> {
    const compiled = await compiledFor(record);
    const hit = states.get(record.id);
    if (hit && hit.record.lastSeq === record.lastSeq) return { record, compiled, state: hit.state };
    const state = replayLog(record, compiled, await storage.listSteps(record.id));
    states.set(record.id, { record, compiled, state });
    return { record, compiled, state };
  }

  /** The feedback for the last decision on the effective path (what coach mode shows after a reload). */
  function lastFeedback(
    loaded: LoadedRun,
    compiled: CompiledScenario = loaded.compiled,
  ): Feedback | undefined {
    if (loaded.record.mode !== 'coach' || loaded.state.path.length === 0) return undefined;
    // The report knows the state each decision was made in, so its best alternative is one that was
    // actually offered then (a choice hidden by its condition is never suggested).
    const last = report(compiled, loaded.state).decisions.at(-1);
    if (!last) return undefined;
    return {
      beatId: last.beatId,
      choiceId: last.choice.id,
      verdict: last.verdict,
      critical: last.critical,
      text: last.feedback,
      sources: last.sources,
      best: last.best ? { choiceId: last.best.id, text: last.best.text } : undefined,
    };
  }

  /** `language_not_available` when a run of this scenario cannot be shown in `lang` (no string table for it). */
  function languageRefusal(scenarioId: string, lang: string) {
    const tables = catalog.tables?.(scenarioId) ?? new Map();
    if (lang === 'en' || tables.has(lang)) return undefined;
    const offered = ['en', ...tables.keys()].join(', ');
    return failure('language_not_available', {
      message: `"${scenarioId}" is not translated into "${lang}". Start it with lang one of: ${offered} (see "languages" in GET /api/scenarios).`,
    });
  }

  return {
    compiledFor,
    load,
    lastFeedback,
    languageRefusal,

    /**
     * The run as this process last wrote or replayed it, without asking the database: for a write only,
     * whose append the database accepts only if the run is still at that seq (so another process's step,
     * a deleted run or anything else the cache missed turns into `cache_behind`, never a wrong answer).
     * A run's id, token hash, scenario pin, mode, seed and language never change once created.
     *
     * @example
     * const loaded = service.cachedRun(runId) ?? (await service.load(record));
     */
    cachedRun(id: string): LoadedRun | undefined {
      const hit = states.get(id);
      return hit && { ...hit, fromCache: true };
    },

    /**
     * Builds a response in the run's language. `build` gets the compiled scenario to pass to the engine
     * (`viewOf`, `transcriptOf`, `report`, `feedbackFor`, `lastFeedback`): the run's own for English, else
     * the same scenario with each text marked by its string id, which the result's texts are then looked
     * up from. The engine and the scores never see the language: only the texts differ.
     *
     * @example
     * c.json(service.present(loaded, (compiled) => ({ view: viewOf(compiled, loaded.state) })));
     */
    present<T extends object>(loaded: LoadedRun, build: (compiled: CompiledScenario) => T): Presented<T> {
      // English runs answer exactly as before languages existed (no `lang`, the engine's output as is).
      if ((loaded.record.lang ?? 'en') === 'en') return build(loaded.compiled);
      const loc = localisationFor(loaded);
      if (!loc) return { ...build(loaded.compiled), lang: 'en' };
      const { value, inEnglish } = loc.apply(build({ ...loaded.compiled, ...loc.marked }));
      return { ...value, lang: loc.lang, ...(inEnglish.length > 0 ? { inEnglish } : {}) };
    },

    /** Starts a run on the latest version of a scenario, storing that version once. */
    async start(input: {
      id: string;
      scenarioId: string;
      mode: Mode;
      seed: number;
      tokenHash: string;
      at: string;
      /** The language to show the run in: 'en', or one the scenario has a string table for. */
      lang?: string;
    }): Promise<Result<LoadedRun, DomainError<'scenario_not_found' | 'language_not_available'>>> {
      const entry = catalog.get(input.scenarioId);
      if (!entry)
        return failure('scenario_not_found', {
          message: `No scenario "${input.scenarioId}". See GET /api/scenarios.`,
        });
      const lang = input.lang ?? 'en';
      const refused = languageRefusal(entry.scenario.id, lang);
      if (refused) return refused;
      const compiled = compile(entry.scenario, catalog.rubric, entry.contentHash);
      await storage.saveScenarioVersion(storedVersionOf(entry, catalog.rubric), input.at);
      const record: RunRecord = {
        id: input.id,
        scenarioId: entry.scenario.id,
        scenarioVersion: entry.scenario.version,
        contentHash: entry.contentHash,
        mode: input.mode,
        seed: input.seed,
        status: 'active',
        tokenHash: input.tokenHash,
        lastSeq: 0,
        lang,
        createdAt: input.at,
        updatedAt: input.at,
      };
      await storage.createRun(record);
      const state = startRun(compiled, { seed: input.seed, mode: input.mode });
      states.set(record.id, { record, compiled, state });
      return { ok: true, value: { record, compiled, state } };
    },

    /**
     * Applies a step through the engine and appends it. An engine refusal comes back with the current
     * view; losing a race for the same seq is a `stale_beat` with the view after the winner's step.
     */
    async append<R>(
      loaded: LoadedRun,
      step: Step,
      requestId: string | null,
      respond: (next: RunState, logged: LoggedStep) => R,
      at: string,
    ): Promise<AppendOutcome<R>> {
      const { record, compiled, state } = loaded;
      const behind = () => {
        states.delete(record.id);
        return { ok: false as const, error: { code: 'cache_behind' as const } };
      };
      const result = applyStep(compiled, state, step);
      if (!result.ok) {
        // A state from memory may be behind the log (another process took a step): the log decides.
        if (loaded.fromCache) return behind();
        return engineRefusal(result.error, { view: viewOf(compiled, state) });
      }
      const seq = record.lastSeq + 1;
      const response = respond(result.value, { ...step, seq });
      const responseJson = JSON.stringify(response);
      const outbox = deps.outbox
        ? await deps.outbox({
            record,
            compiled,
            before: state,
            after: result.value,
            step,
            seq,
            at,
          })
        : [];
      const appended = await storage.appendStep({
        runId: record.id,
        seq,
        requestId,
        stepJson: JSON.stringify(step),
        responseJson: requestId === null ? null : responseJson,
        status: result.value.status,
        at,
        outbox,
      });
      if (!appended.ok) {
        if (appended.error === 'request_taken') return { ok: false, error: { code: 'request_taken' } };
        if (loaded.fromCache) return behind();
        const fresh = await storage.getRun(record.id);
        const current = fresh ? await load(fresh) : loaded;
        return failure('stale_beat', {
          message: 'Another decision for this run was recorded first. Use the current view and choose again.',
          view: viewOf(current.compiled, current.state),
        });
      }
      states.set(record.id, {
        record: { ...record, lastSeq: seq, status: result.value.status, updatedAt: at },
        compiled,
        state: result.value,
      });
      return { ok: true, value: { response, responseJson, state: result.value } };
    },

    view: (loaded: LoadedRun): View => viewOf(loaded.compiled, loaded.state),
    transcript: (loaded: LoadedRun): ViewLine[] => transcriptOf(loaded.compiled, loaded.state),
    debrief: (loaded: LoadedRun): DebriefReport => report(loaded.compiled, loaded.state),
    /** Feedback on a choice made in `loaded` (the state before it), so the best alternative was on offer. */
    feedback: (loaded: LoadedRun, beatId: string, choiceId: string): Feedback =>
      feedbackFor(loaded.compiled, beatId, choiceId, loaded.state),
  };
}

export type RunService = ReturnType<typeof createRunService>;
