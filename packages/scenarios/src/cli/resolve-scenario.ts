import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CompiledScenario, compileScenario, type Rubric } from '@doorway/engine';
import { type LoadedScenarioFile, loadScenarioFile } from '../load/load-scenario-file';
import { formatProblem } from '../problems/format-problem';
import { createRegistry } from '../registry/create-registry';
import type { Sources } from '../sources/sources-schema';
import type { CliIo } from './cli-io';
import { loadShared } from './load-shared';

/** A scenario a command works on: compiled, with its loaded file (to locate problems) and the shared content. */
export interface ResolvedScenario {
  compiled: CompiledScenario;
  loaded: LoadedScenarioFile;
  rubric: Rubric;
  sources: Sources;
}

/**
 * The scenario a command names: a file path (anything that exists or ends in .yaml), or the id of a
 * bundled scenario (its latest version). Prints the problems and returns undefined when it does not load.
 *
 * @example
 * const resolved = resolveScenario('first-contact', io); if (!resolved) return 1;
 */
export function resolveScenario(target: string, io: CliIo): ResolvedScenario | undefined {
  const shared = loadShared(io);
  if (!shared) return undefined;
  let file = resolve(io.cwd, target);
  if (!/\.ya?ml$/.test(target) && !existsSync(file)) {
    const registry = createRegistry();
    const entry = registry.get(target);
    if (!entry) {
      const ids = registry.list().map((e) => e.id);
      io.err(`doorway: no scenario "${target}"${ids.length > 0 ? ` (known: ${ids.join(', ')})` : ''}`);
      if (registry.problems.some((p) => p.severity === 'error')) {
        io.err('Some scenario files do not load; run `pnpm doorway lint` to see why.');
      }
      return undefined;
    }
    file = entry.file;
  }
  const loaded = loadScenarioFile(file, shared.rubric);
  if (!loaded.ok) {
    for (const p of loaded.error) io.err(formatProblem(p, { relativeTo: io.cwd }));
    return undefined;
  }
  return { compiled: compileScenario(loaded.value.scenario, shared.rubric), loaded: loaded.value, ...shared };
}
