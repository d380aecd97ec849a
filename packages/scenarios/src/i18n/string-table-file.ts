import { basename, dirname, join } from 'node:path';

/**
 * Where the string table of a scenario file for a language lives: beside it, `<id>.<lang>.yaml`.
 *
 * @example
 * stringTableFile('content/scenarios/first-contact.yaml', 'first-contact', 'es')
 * // 'content/scenarios/first-contact.es.yaml'
 */
export function stringTableFile(scenarioFile: string, scenarioId: string, lang: string): string {
  return join(dirname(scenarioFile), `${scenarioId}.${lang}.yaml`);
}

/**
 * Whether a file name is a string table (`<id>.<lang>.yaml`) rather than a scenario, and for which language.
 *
 * @example
 * tableLangOf('first-contact.es.yaml') // 'es'
 * tableLangOf('first-contact.yaml') // undefined
 */
export function tableLangOf(file: string): string | undefined {
  return /^[a-z][a-z0-9-]*\.([a-z]{2,3}(?:-[A-Z]{2})?)\.ya?ml$/.exec(basename(file))?.[1];
}
