import { indexScenario, type Scenario, type ScenarioIndex } from '@doorway/engine';
import type { StringTable } from './string-table-schema';
import { tableRows } from './table-rows';
import { translatableStrings } from './translatable-strings';

// A text of the marked scenario is its string id between two private-use characters (U+E000, U+E001),
// which no authored text contains.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKED = /\uE000([^\uE001]+)\uE001/g;

/** A value with its texts in the table's language, and the paths of the texts still shown in English. */
export interface Localised<T> {
  value: T;
  /** Dot paths from the root of `value` (`lines.2.text`, `choices.0.text`) of texts shown in English. */
  inEnglish: string[];
}

/** How to show one scenario in one language without the engine or scoring ever seeing the language. */
export interface Localisation {
  lang: string;
  /**
   * The scenario with every translatable text replaced by a marker of its string id, and its index: run
   * the engine's `viewOf`, `transcriptOf`, `feedbackFor` or `report` on it (with the same run state: the
   * structure, conditions, option order and variant picks are the same), then `apply` to the result.
   */
  marked: { scenario: Scenario; index: ScenarioIndex };
  /** Replaces every marker by the current translation, or by the English (and notes its path in `inEnglish`). */
  apply<T>(value: T): Localised<T>;
}

/**
 * The localisation of a scenario with a string table: a translation is used only when its entry is
 * current (its `source` is the hash of the English now); a missing, empty or stale one falls back to the
 * English, per text, and is listed in `inEnglish` so the web can mark it `lang="en"`.
 *
 * @example
 * const loc = createLocalisation(scenario, table);
 * const { value: view, inEnglish } = loc.apply(viewOf({ ...compiled, ...loc.marked }, state));
 */
export function createLocalisation(scenario: Scenario, table: StringTable): Localisation {
  const strings = translatableStrings(scenario);
  const texts = new Map<string, { text: string; english: boolean }>();
  for (const row of tableRows(strings, table).rows) {
    const current = row.status === 'current' && row.entry !== undefined;
    texts.set(
      row.string.id,
      current ? { text: row.entry?.text ?? '', english: false } : { text: row.string.text, english: true },
    );
  }
  const copy = structuredClone(scenario);
  for (const s of strings) setAt(copy, s.path, `${OPEN}${s.id}${CLOSE}`);
  const marked = { scenario: copy, index: indexScenario(copy) };
  return {
    lang: table.lang,
    marked,
    apply<T>(value: T): Localised<T> {
      const inEnglish: string[] = [];
      const walk = (node: unknown, path: string): unknown => {
        if (typeof node === 'string') {
          if (!node.includes(OPEN)) return node;
          let english = false;
          const out = node.replace(MARKED, (_, id: string) => {
            const found = texts.get(id);
            if (!found || found.english) english = true;
            return found?.text ?? id;
          });
          if (english) inEnglish.push(path);
          return out;
        }
        if (Array.isArray(node)) return node.map((item, i) => walk(item, join(path, String(i))));
        if (node !== null && typeof node === 'object') {
          return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, join(path, k))]));
        }
        return node;
      };
      return { value: walk(value, '') as T, inEnglish };
    },
  };
}

/**
 * How much of a scenario a table translates (current entries only).
 *
 * @example
 * tableCoverage(scenario, table) // { lang: 'es', translated: 300, texts: 309, complete: false }
 */
export function tableCoverage(
  scenario: Scenario,
  table: StringTable,
): { lang: string; translated: number; texts: number; complete: boolean } {
  const { rows } = tableRows(translatableStrings(scenario), table);
  const translated = rows.filter((r) => r.status === 'current').length;
  return { lang: table.lang, translated, texts: rows.length, complete: translated === rows.length };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function setAt(root: unknown, path: readonly (string | number)[], value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}
