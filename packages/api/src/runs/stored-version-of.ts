import type { Rubric } from '@doorway/engine';
import type { StoredScenarioVersion } from '../storage/storage';
import type { CatalogEntry } from './catalog';

/**
 * The row that pins a served scenario version (with the rubric it is scored by), so a run or a course step
 * can be replayed against exactly this content later.
 *
 * @example
 * await storage.saveScenarioVersion(storedVersionOf(entry, catalog.rubric), at);
 */
export function storedVersionOf(entry: CatalogEntry, rubric: Rubric): StoredScenarioVersion {
  return {
    scenarioId: entry.scenario.id,
    version: entry.scenario.version,
    contentHash: entry.contentHash,
    scenarioJson: JSON.stringify(entry.scenario),
    rubricJson: JSON.stringify(rubric),
  };
}
