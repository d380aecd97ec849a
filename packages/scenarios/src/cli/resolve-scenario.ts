import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CompiledScenario, compileScenario } from '@doorway/engine';
import { loadScenarioFile } from '../load/load-scenario-file';
import { formatProblem } from '../problems/format-problem';
import { createRegistry } from '../registry/create-registry';
import { listYamlFiles } from '../registry/list-yaml-files';
import type { CliIo } from './cli-io';
import { loadShared } from './load-shared';

/**
 * The compiled scenario a command names: a file path (anything that exists or ends in .yaml), or the id
 * of a bundled scenario. Prints the problems and returns undefined when it does not load.
 *
 * @example
 * const compiled = resolveScenario('first-contact', io); if (!compiled) return 1;
 */
export function resolveScenario(target: string, io: CliIo): CompiledScenario | undefined {
  const path = resolve(io.cwd, target);
  if (/\.ya?ml$/.test(target) || existsSync(path)) {
    const shared = loadShared(io);
    if (!shared) return undefined;
    const loaded = loadScenarioFile(path, shared.rubric);
    if (!loaded.ok) {
      for (const p of loaded.error) io.err(formatProblem(p, { relativeTo: io.cwd }));
      return undefined;
    }
    return compileScenario(loaded.value.scenario, shared.rubric);
  }
  const registry = createRegistry();
  const entry = registry.get(target);
  if (entry) return entry.compiled;
  const broken = registry.problems.filter((p) => p.severity === 'error' && listYamlFiles(p.file).length > 0);
  const ids = registry.list().map((e) => e.id);
  io.err(`doorway: no scenario "${target}"${ids.length > 0 ? ` (known: ${ids.join(', ')})` : ''}`);
  if (broken.length > 0) io.err('Some scenario files do not load; run `pnpm doorway lint` to see why.');
  return undefined;
}
