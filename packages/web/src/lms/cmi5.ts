import { type LmsAdapter, noLms } from './adapter';

/**
 * The cmi5 adapter (not written yet: a cmi5 package plays without reporting).
 *
 * @example
 * const adapter = cmi5Adapter(window, () => Date.now());
 */
export function cmi5Adapter(_win: Window, _now: () => number): LmsAdapter {
  return noLms('cmi5 reporting is not available in this build: your progress is not recorded.');
}
