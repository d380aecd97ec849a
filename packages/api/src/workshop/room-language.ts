import type { CompiledScenario } from '@doorway/engine';
import { createLocalisation, type Localisation, type StringTable } from '@doorway/scenarios';
import { Lru } from '../runs/lru';

/** A room answer in one language: its texts, that language, and the dot paths of texts still in English. */
export type InLanguage<T> = T & { lang: string; inEnglish?: string[] };

/** How rooms show their scenario in a language (the presenter's, each phone's, the debrief's). */
export interface RoomLanguages {
  /** The languages a room on this scenario can show: 'en' and each one it has a string table for. */
  offered(scenarioId: string): string[];
  /**
   * `build(compiled)` in `lang`: `build` gets the compiled scenario to run the engine on (the room's own
   * for English, else the same scenario with each text marked by its string id), and every marker in its
   * result is replaced by the current translation, or the English, whose path is then listed in
   * `inEnglish` (from the root of the result). Ids, option order and counts are the same in every
   * language: only texts differ.
   */
  present<T extends object>(
    room: { scenarioId: string; contentHash: string },
    compiled: CompiledScenario,
    lang: string,
    build: (compiled: CompiledScenario) => T,
  ): InLanguage<T>;
}

/**
 * The room languages over the catalog's string tables, with each scenario version's localisation made
 * once per language (a room of 300 phones in two languages builds two views per change, not 300).
 *
 * @example
 * const languages = roomLanguages((id) => catalog.tables?.(id) ?? new Map());
 * languages.present(room, compiled, 'es', (c) => roomView({ ...input, compiled: c, view: viewOf(c, state) }));
 */
export function roomLanguages(
  tables: (scenarioId: string) => ReadonlyMap<string, StringTable>,
): RoomLanguages {
  const localisations = new Lru<string, Localisation>(64);

  function localisationFor(
    room: { scenarioId: string; contentHash: string },
    compiled: CompiledScenario,
    lang: string,
  ): Localisation | undefined {
    const table = tables(room.scenarioId).get(lang);
    if (!table) return undefined;
    const key = `${room.contentHash}|${lang}`;
    const cached = localisations.get(key);
    if (cached) return cached;
    // A room on an older version uses today's table: entries whose English changed are stale and fall
    // back to the English of the version the room is on, exactly as for runs.
    const made = createLocalisation(compiled.scenario, table);
    localisations.set(key, made);
    return made;
  }

  return {
    offered: (scenarioId) => ['en', ...[...tables(scenarioId).keys()].filter((l) => l !== 'en').sort()],
    present(room, compiled, lang, build) {
      const loc = lang === 'en' ? undefined : localisationFor(room, compiled, lang);
      // English, or a language whose table is gone since the room opened: the scenario as written.
      if (!loc) return { ...build(compiled), lang: 'en' };
      const { value, inEnglish } = loc.apply(build({ ...compiled, ...loc.marked }));
      return { ...value, lang: loc.lang, ...(inEnglish.length > 0 ? { inEnglish } : {}) };
    },
  };
}
