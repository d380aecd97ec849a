import type { BeatInfo } from './scenario-index';

/**
 * The path of a beat in the raw scenario document (for Problems).
 *
 * @example
 * beatPath(info) // => ['phases', 'intake', 'beats', 'arrival']
 */
export function beatPath(info: BeatInfo): (string | number)[] {
  return info.interruptionId === undefined
    ? ['phases', info.phaseId, 'beats', info.id]
    : ['phases', info.phaseId, 'interruptions', info.interruptionId, 'beats', info.id];
}
