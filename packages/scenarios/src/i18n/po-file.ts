import type { TableRow } from './table-rows';

/** What a PO file says about itself, and where each text is in the scenario file (for `#:` lines). */
export interface PoHeader {
  scenarioId: string;
  version: string;
  lang: string;
  /** `file:line` of a row's English text, when known. */
  reference?: (row: TableRow) => string | undefined;
}

/**
 * A gettext PO file of a scenario's texts for translators (Poedit, Weblate, Crowdin, OmegaT): `msgctxt`
 * is the string id, `msgid` the English, `msgstr` the translation (empty when missing), `#.` says who
 * speaks where and the source hash, and a stale translation is `#, fuzzy`.
 *
 * @example
 * toPo(rows, { scenarioId: 'first-contact', version: '1.2.0', lang: 'es' })
 * // '...msgctxt "meta.title"\nmsgid "First contact"\nmsgstr "Primer contacto"\n...'
 */
export function toPo(rows: readonly TableRow[], header: PoHeader): string {
  const head = [
    `# ${header.scenarioId} ${header.version}: scenario texts for translation into "${header.lang}".`,
    '# The YAML table beside the scenario is the source of truth (docs/i18n.md); msgctxt is the string id.',
    'msgid ""',
    `msgstr ${poString(
      [
        `Project-Id-Version: doorway ${header.scenarioId} ${header.version}\n`,
        `Language: ${header.lang}\n`,
        'MIME-Version: 1.0\n',
        'Content-Type: text/plain; charset=UTF-8\n',
        'Content-Transfer-Encoding: 8bit\n',
        `X-Doorway-Scenario: ${header.scenarioId}\n`,
      ].join(''),
    )}`,
  ].join('\n');
  const entries = rows.map((row) => {
    const lines = [`#. ${row.string.note}`, `#. source: ${row.string.source}`];
    const ref = header.reference?.(row);
    if (ref !== undefined) lines.push(`#: ${ref}`);
    if (row.status === 'stale') lines.push('#, fuzzy');
    lines.push(`msgctxt ${poString(row.string.id)}`);
    lines.push(`msgid ${poString(row.string.text)}`);
    lines.push(`msgstr ${poString(row.status === 'missing' ? '' : (row.entry?.text ?? ''))}`);
    return lines.join('\n');
  });
  return `${[head, ...entries].join('\n\n')}\n`;
}

/**
 * A PO string literal: escaped, and split after each line break into `""` + one quoted line each.
 *
 * @example
 * poString('a "b"') // '"a \\"b\\""'
 */
export function poString(text: string): string {
  const esc = (s: string) =>
    s
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/\t/g, '\\t')
      .replace(/\r/g, '\\r')
      .replace(/\n/g, '\\n');
  if (!text.includes('\n')) return `"${esc(text)}"`;
  const parts = text.split(/(?<=\n)/);
  return ['""', ...parts.map((p) => `"${esc(p)}"`)].join('\n');
}
