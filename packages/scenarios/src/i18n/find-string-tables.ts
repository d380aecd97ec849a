import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tableLangOf } from './string-table-file';

/**
 * The string tables beside a scenario file (`<id>.<lang>.yaml`), sorted by language.
 *
 * @example
 * findStringTables('content/scenarios/first-contact.yaml', 'first-contact')
 * // [{ lang: 'es', file: 'content/scenarios/first-contact.es.yaml' }]
 */
export function findStringTables(scenarioFile: string, scenarioId: string): { lang: string; file: string }[] {
  const dir = dirname(scenarioFile);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(`${scenarioId}.`))
    .flatMap((name) => {
      const lang = tableLangOf(name);
      return lang !== undefined && basename(name).slice(0, -`.${lang}.yaml`.length) === scenarioId
        ? [{ lang, file: join(dir, name) }]
        : [];
    })
    .sort((a, b) => a.lang.localeCompare(b.lang));
}
