import type { Mode } from '@doorway/engine';

/** A run this browser started, remembered so the catalog can offer to continue it. */
export interface RememberedRun {
  runId: string;
  scenarioId: string;
  title: string;
  mode: Mode;
  startedAt: string;
}

const KEY = 'doorway.runs';
const LIMIT = 20;

/**
 * Runs remembered in this browser, newest first. The run cookie is what authorises a run;
 * this list only helps find them again, so damaged storage just means an empty list.
 *
 * @example
 * for (const run of rememberedRuns()) console.log(run.title);
 */
export function rememberedRuns(storage: Storage | undefined = safeStorage()): RememberedRun[] {
  if (!storage) return [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRememberedRun) : [];
  } catch {
    return [];
  }
}

/**
 * Remembers a run (replacing an older entry with the same id).
 *
 * @example
 * rememberRun({ runId, scenarioId, title, mode, startedAt: new Date().toISOString() });
 */
export function rememberRun(run: RememberedRun, storage: Storage | undefined = safeStorage()): void {
  if (!storage) return;
  const others = rememberedRuns(storage).filter((r) => r.runId !== run.runId);
  write(storage, [run, ...others].slice(0, LIMIT));
}

/**
 * Forgets a run (finished, or no longer visible to this browser).
 *
 * @example
 * forgetRun(runId);
 */
export function forgetRun(runId: string, storage: Storage | undefined = safeStorage()): void {
  if (!storage) return;
  write(
    storage,
    rememberedRuns(storage).filter((r) => r.runId !== runId),
  );
}

function write(storage: Storage, runs: RememberedRun[]): void {
  try {
    storage.setItem(KEY, JSON.stringify(runs));
  } catch {
    // Storage full or blocked (private mode): resuming still works from the URL.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function isRememberedRun(value: unknown): value is RememberedRun {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.runId === 'string' && typeof r.scenarioId === 'string' && typeof r.title === 'string';
}
