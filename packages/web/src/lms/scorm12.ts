import type { DebriefReport, Verdict } from '@doorway/engine';
import { type LmsAdapter, noLms } from './adapter';

/** The SCORM 1.2 run-time API an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/**
 * Finds the SCORM 1.2 API the way the spec's sample does: this window, then up its parents (at most
 * seven levels), then the opener's chain. A cross-origin parent throws on access: treated as absent.
 *
 * @example
 * const api = findScorm12Api(window);
 */
export function findScorm12Api(start: Window): Scorm12Api | undefined {
  const climb = (w: Window | null): Scorm12Api | undefined => {
    for (let n = 0; w && n < 8; n++) {
      try {
        const api = (w as Window & { API?: Scorm12Api }).API;
        if (api && typeof api.LMSInitialize === 'function') return api;
      } catch {
        return undefined;
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return undefined;
  };
  return climb(start) ?? climb(start.opener as Window | null);
}

/** SCORM 1.2's interaction results for the engine's verdicts. */
const RESULT: Record<Verdict, string> = { best: 'correct', acceptable: 'neutral', harmful: 'wrong' };

/** CMITimespan: HHHH:MM:SS.SS. */
function timespan(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = (s % 60).toFixed(2).padStart(5, '0');
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${sec}`;
}

/**
 * The SCORM 1.2 adapter: LMSInitialize, resume from `cmi.suspend_data`, one `cmi.interactions.n` per
 * decision, score and lesson status at the end, LMSCommit after each write and LMSFinish on exit.
 * Without an API it falls back to `noLms` (the package still plays).
 *
 * @example
 * const adapter = scorm12Adapter(window, () => Date.now());
 */
export function scorm12Adapter(
  win: Window,
  now: () => number,
  options: { completionOnly?: boolean | undefined } = {},
): LmsAdapter {
  const api = findScorm12Api(win);
  if (!api)
    return noLms('This package found no LMS (SCORM 1.2 API) around it: your progress is not recorded.');
  const startedAt = now();
  let open = false;
  let done = false;
  const set = (element: string, value: string) => {
    if (open) api.LMSSetValue(element, value);
  };
  const commit = () => {
    if (open) api.LMSCommit('');
  };
  return {
    problem: undefined,
    async start() {
      open = api.LMSInitialize('') === 'true';
      if (!open) return { resume: undefined };
      const status = api.LMSGetValue('cmi.core.lesson_status');
      done = status === 'passed' || status === 'failed' || status === 'completed';
      if (status === 'not attempted' || status === '') set('cmi.core.lesson_status', 'incomplete');
      const resume = api.LMSGetValue('cmi.suspend_data');
      commit();
      return { resume: resume === '' ? undefined : resume };
    },
    async save(progress) {
      set('cmi.suspend_data', progress);
      // Not finished yet: ask the LMS to keep the attempt (and the suspend data) for next time.
      if (!done) set('cmi.core.exit', 'suspend');
      commit();
    },
    async decision(d) {
      const n = Number(api.LMSGetValue('cmi.interactions._count')) || 0;
      const at = `cmi.interactions.${n}`;
      set(`${at}.id`, `d${d.index + 1}-${d.beatId}`.slice(0, 255));
      set(`${at}.type`, 'choice');
      set(`${at}.student_response`, d.choiceId.slice(0, 255));
      set(`${at}.result`, RESULT[d.verdict]);
      commit();
    },
    async finish(report: DebriefReport) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(Math.round(report.overall)));
      if (report.status === 'ended') {
        done = true;
        // A course step whose rule is completion: finishing is enough, so it is never "failed".
        set(
          'cmi.core.lesson_status',
          options.completionOnly ? 'completed' : report.passed ? 'passed' : 'failed',
        );
        set('cmi.core.exit', '');
      }
      commit();
    },
    terminate() {
      if (!open) return;
      set('cmi.core.session_time', timespan(now() - startedAt));
      commit();
      api.LMSFinish('');
      open = false;
    },
  };
}
