import type { Sources } from './sources-schema';

/**
 * Every id a scenario may cite: guidance ids and reference keys (the analysis' `knownSources`).
 *
 * @example
 * knownSourceIds(sources).has('OVC-INT') // true
 */
export function knownSourceIds(sources: Sources): Set<string> {
  return new Set([...sources.guidance.map((g) => g.id), ...sources.references.map((r) => r.key)]);
}
