import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tableLangOf } from '../i18n/string-table-file';

/**
 * Every `.yaml`/`.yml` file under a folder (recursively), sorted, so loading order is stable.
 * A single file path is returned as is.
 *
 * @example
 * listYamlFiles('content/scenarios') // ['content/scenarios/first-contact.yaml', ...]
 */
export function listYamlFiles(path: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return listYamlFiles(full);
      return /\.ya?ml$/.test(entry.name) ? [full] : [];
    });
}

/**
 * Whether a YAML file found in a content folder is a scenario (not the rubric, the sources, the
 * out-of-scope list, a template or a string table `<id>.<lang>.yaml`).
 *
 * @example
 * isScenarioFile('content/rubric.yaml') // false
 * isScenarioFile('content/scenarios/first-contact.es.yaml') // false
 */
export function isScenarioFile(file: string): boolean {
  return (
    !/(^|[/\\])(rubric|sources|out-of-scope)\.ya?ml$/.test(file) &&
    !/(^|[/\\])templates[/\\]/.test(file) &&
    tableLangOf(file) === undefined
  );
}
