import { createHash } from 'node:crypto';
import type { Rubric, Scenario } from '@doorway/engine';
import { canonicalJson } from './canonical-json';

/**
 * The identity of what a run is scored against: sha256 (hex) of the canonical JSON of the validated
 * scenario together with the rubric. Formatting and comments in the YAML do not change it.
 *
 * @example
 * contentHash(scenario, rubric) // 'a3f1...' (64 hex characters)
 */
export function contentHash(scenario: Scenario, rubric: Rubric): string {
  return createHash('sha256').update(canonicalJson({ scenario, rubric })).digest('hex');
}
