import type { Rubric } from '@doorway/engine';
import { loadRubric } from '../load/load-rubric';
import { formatProblem } from '../problems/format-problem';
import { loadSources } from '../sources/load-sources';
import type { Sources } from '../sources/sources-schema';
import type { CliIo } from './cli-io';

/**
 * Loads the bundled rubric and sources for a command, printing their problems if they are broken.
 *
 * @example
 * const shared = loadShared(io); if (!shared) return 1;
 */
export function loadShared(io: CliIo): { rubric: Rubric; sources: Sources } | undefined {
  const rubric = loadRubric();
  const sources = loadSources();
  if (rubric.ok && sources.ok) return { rubric: rubric.value, sources: sources.value };
  for (const p of [...(rubric.ok ? [] : rubric.error), ...(sources.ok ? [] : sources.error)]) {
    io.err(formatProblem(p, { relativeTo: io.cwd }));
  }
  return undefined;
}
