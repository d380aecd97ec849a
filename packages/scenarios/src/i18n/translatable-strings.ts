import type { Beat, Line, Scenario } from '@doorway/engine';
import { sourceHash } from './source-hash';

/** One English text of a scenario that a string table can translate. */
export interface TranslatableString {
  /** Stable id from the scenario's structure (see docs/i18n.md "String ids"), e.g. `beat.arrival.line.0`. */
  id: string;
  /** The English text. */
  text: string;
  /** `sourceHash(text)`: what a table entry's `source` must equal for the entry to be current. */
  source: string;
  /** Where the text is in the scenario file (for `file:line` references). */
  path: (string | number)[];
  /** For translators: who says it, where, and what kind of text it is. */
  note: string;
}

/**
 * Every translatable English text of a loaded scenario, in file order, with its stable id and hash:
 * what a trainee or facilitator sees (not ids, theme tags or meter labels, which the player never shows).
 * Ids follow the structure (beat, choice, ending, cast ids; positions only for lines, reactions, list
 * items and variants), so shuffling or reordering choices never changes them.
 *
 * @example
 * translatableStrings(scenario).find((s) => s.id === 'meta.title')?.text // 'First contact'
 */
export function translatableStrings(scenario: Scenario): TranslatableString[] {
  const out: TranslatableString[] = [];
  const add: Add = (id, text, path, note) => {
    out.push({ id, text, source: sourceHash(text), path, note });
  };

  add('meta.title', scenario.title, ['title'], 'scenario title (catalog, player heading)');
  add('meta.summary', scenario.summary, ['summary'], 'scenario summary (catalog)');
  add('meta.trainee', scenario.trainee, ['trainee'], "the trainee's role (catalog)");
  for (const [i, note] of scenario.contentNotes.entries()) {
    add(`meta.contentNote.${i}`, note, ['contentNotes', i], 'content note shown before the scenario');
  }
  for (const [i, objective] of scenario.objectives.entries()) {
    add(`meta.objective.${i}`, objective, ['objectives', i], 'learning objective');
  }
  for (const [id, member] of Object.entries(scenario.cast)) {
    add(`cast.${id}.name`, member.name, ['cast', id, 'name'], `name of a ${member.role} (shown as speaker)`);
    if (member.description !== undefined) {
      add(`cast.${id}.description`, member.description, ['cast', id, 'description'], `about ${member.name}`);
    }
  }
  scenario.affect?.states.forEach((state, i) => {
    const whose = scenario.cast[scenario.affect?.of ?? '']?.name ?? 'the survivor';
    add(
      `affect.${state.id}.describe`,
      state.describe,
      ['affect', 'states', i, 'describe'],
      `${whose}'s affect (coach panel)`,
    );
  });
  for (const [id, session] of Object.entries(scenario.sessions ?? {})) {
    add(`session.${id}.title`, session.title, ['sessions', id, 'title'], 'session title');
    if (session.timeSkip !== undefined) {
      add(
        `session.${id}.timeSkip`,
        session.timeSkip,
        ['sessions', id, 'timeSkip'],
        'time skip shown between sessions',
      );
    }
  }
  for (const [phaseId, phase] of Object.entries(scenario.phases)) {
    add(`phase.${phaseId}.title`, phase.title, ['phases', phaseId, 'title'], 'phase title');
    for (const [beatId, beat] of Object.entries(phase.beats)) {
      addBeat(add, scenario, beatId, beat, ['phases', phaseId, 'beats', beatId], `phase ${phaseId}`);
    }
    for (const [intId, interruption] of Object.entries(phase.interruptions ?? {})) {
      for (const [beatId, beat] of Object.entries(interruption.beats)) {
        const path = ['phases', phaseId, 'interruptions', intId, 'beats', beatId];
        addBeat(add, scenario, beatId, beat, path, `interruption ${intId} of phase ${phaseId}`);
      }
    }
  }
  for (const [id, ending] of Object.entries(scenario.endings)) {
    add(`ending.${id}.title`, ending.title, ['endings', id, 'title'], `ending title (${ending.outcome})`);
    add(
      `ending.${id}.debrief`,
      ending.debrief,
      ['endings', id, 'debrief'],
      'what the ending means (debrief)',
    );
  }
  return out;
}

type Add = (id: string, text: string, path: (string | number)[], note: string) => void;

function addBeat(
  add: Add,
  scenario: Scenario,
  beatId: string,
  beat: Beat,
  path: (string | number)[],
  where: string,
): void {
  const at = `beat ${beatId} (${where})`;
  if (beat.title !== undefined)
    add(`beat.${beatId}.title`, beat.title, [...path, 'title'], `beat title, ${at}`);
  if (beat.contentNote !== undefined) {
    add(`beat.${beatId}.contentNote`, beat.contentNote, [...path, 'contentNote'], `content note, ${at}`);
  }
  for (const [i, line] of beat.lines.entries()) {
    addLine(add, scenario, `beat.${beatId}.line.${i}`, line, [...path, 'lines', i], at);
  }
  beat.choices.forEach((choice, c) => {
    const base = `beat.${beatId}.choice.${choice.id}`;
    const cpath = [...path, 'choices', c];
    const kind = choice.action ? "the trainee's action" : "the trainee's words";
    add(`${base}.text`, choice.text, [...cpath, 'text'], `option ${choice.id}: ${kind}, ${at}`);
    add(
      `${base}.feedback`,
      choice.feedback,
      [...cpath, 'feedback'],
      `feedback on option ${choice.id} (${choice.verdict}), ${at}`,
    );
    for (const [i, line] of (choice.reactions ?? []).entries()) {
      addLine(
        add,
        scenario,
        `${base}.reaction.${i}`,
        line,
        [...cpath, 'reactions', i],
        `after option ${choice.id}, ${at}`,
      );
    }
  });
}

function addLine(
  add: Add,
  scenario: Scenario,
  id: string,
  line: Line,
  path: (string | number)[],
  at: string,
): void {
  const member = line.speaker !== undefined ? scenario.cast[line.speaker] : undefined;
  const who = member ? `${member.name} (${member.role})` : undefined;
  const [field, text, kind]: [string, Line['text'] | undefined, string] =
    line.text !== undefined
      ? ['text', line.text, `${who ?? 'someone'} says`]
      : line.cue !== undefined
        ? ['cue', line.cue, who ? `cue (what ${who} does)` : 'cue']
        : ['narration', line.narration, 'narration'];
  if (text === undefined) return;
  if (typeof text === 'string') {
    add(id, text, [...path, field], `${kind}, ${at}`);
    return;
  }
  for (const [v, variant] of text.entries()) {
    add(
      `${id}.variant.${v}`,
      variant,
      [...path, field, v],
      `${kind}, wording ${v + 1} of ${text.length}, ${at}`,
    );
  }
}
