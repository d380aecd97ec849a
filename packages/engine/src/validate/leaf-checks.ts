import type { Problem } from '../runtime/types';
import type { Condition } from '../schema/condition';
import type { Effects, Line, Scenario } from '../schema/scenario';
import { didYouMean } from '../util/did-you-mean';

type Path = (string | number)[];

/**
 * The checks for the leaves of a scenario (conditions, effects, lines) and the "unknown id" problem
 * with its did-you-mean fix. They push into `problems`; `beats` and `choiceIds` are read when called,
 * so they may still be filling when the checkers are made.
 *
 * @example
 * const { condition } = leafChecks(scenario, problems, beats, choiceIds);
 * condition({ meter: 'trsut', atLeast: 3 }, ['start']); // pushes unknown-meter with "did you mean `trust`?"
 */
export function leafChecks(
  scenario: Scenario,
  problems: Problem[],
  beats: Map<string, unknown>,
  choiceIds: Set<string>,
) {
  const meters = Object.keys(scenario.meters);
  const flags = Object.keys(scenario.flags);
  const cast = Object.keys(scenario.cast);
  const affects = scenario.affect?.states.map((s) => s.id) ?? [];
  const unknown = (rule: string, path: Path, what: string, id: string, known: string[], how: string) => {
    const guess = didYouMean(id, known);
    problems.push({
      severity: 'error',
      rule,
      path,
      message: `unknown ${what} \`${id}\``,
      fix: guess
        ? `did you mean \`${guess}\`?`
        : known.length > 0
          ? `${how}; known: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', ...' : ''}`
          : how,
    });
  };

  const condition = (c: Condition, path: Path, metersOnly = false) => {
    if (metersOnly && !('meter' in c || 'all' in c || 'any' in c || 'not' in c)) {
      problems.push({
        severity: 'error',
        rule: 'affect-condition',
        path,
        message: 'affect states can only test meters',
        fix: 'use `meter` tests (combined with all/any/not) in affect states',
      });
      return;
    }
    if ('meter' in c) {
      if (!scenario.meters[c.meter])
        unknown('unknown-meter', [...path, 'meter'], 'meter', c.meter, meters, 'declare it under `meters`');
    } else if ('flag' in c) {
      if (!(c.flag in scenario.flags))
        unknown('unknown-flag', [...path, 'flag'], 'flag', c.flag, flags, 'declare it under `flags`');
    } else if ('affect' in c) {
      if (!scenario.affect) {
        problems.push({
          severity: 'error',
          rule: 'unknown-affect',
          path: [...path, 'affect'],
          message: `the scenario declares no affect, so \`${c.affect}\` cannot be tested`,
          fix: 'declare `affect: { of: <cast id>, states: [...] }` or test a meter instead',
        });
      } else if (!affects.includes(c.affect)) {
        unknown(
          'unknown-affect',
          [...path, 'affect'],
          'affect state',
          c.affect,
          affects,
          'use an id from `affect.states`',
        );
      }
    } else if ('chose' in c) {
      if (!choiceIds.has(c.chose))
        unknown('unknown-choice', [...path, 'chose'], 'choice', c.chose, [...choiceIds], 'name a choice id');
    } else if ('visited' in c) {
      if (!beats.has(c.visited))
        unknown('unknown-beat', [...path, 'visited'], 'beat', c.visited, [...beats.keys()], 'name a beat id');
    } else if ('all' in c)
      c.all.forEach((x, i) => {
        condition(x, [...path, 'all', i], metersOnly);
      });
    else if ('any' in c)
      c.any.forEach((x, i) => {
        condition(x, [...path, 'any', i], metersOnly);
      });
    else if ('not' in c) condition(c.not, [...path, 'not'], metersOnly);
  };

  const effects = (e: Effects | undefined, path: Path) => {
    for (const m of Object.keys(e?.meters ?? {})) {
      if (!scenario.meters[m])
        unknown('unknown-meter', [...path, 'meters', m], 'meter', m, meters, 'declare it under `meters`');
    }
    for (const f of Object.keys(e?.flags ?? {})) {
      if (!(f in scenario.flags))
        unknown('unknown-flag', [...path, 'flags', f], 'flag', f, flags, 'declare it under `flags`');
    }
  };

  const line = (l: Line, path: Path) => {
    const kinds = [l.text, l.cue, l.narration].filter((x) => x !== undefined).length;
    if (kinds !== 1) {
      problems.push({
        severity: 'error',
        rule: 'line-kind',
        path,
        message:
          kinds === 0 ? 'this line says nothing' : 'a line has exactly one of `text`, `cue` or `narration`',
        fix: 'keep one of text (speech), cue (non-verbal) or narration; split the rest into separate lines',
      });
    }
    if (l.text !== undefined && l.speaker === undefined) {
      problems.push({
        severity: 'error',
        rule: 'line-speaker',
        path,
        message: 'speech (`text`) needs a `speaker`',
        fix: `add \`speaker:\` with a cast id (${cast.join(', ')}), or use \`narration\``,
      });
    }
    if (l.speaker !== undefined && !scenario.cast[l.speaker]) {
      unknown(
        'unknown-speaker',
        [...path, 'speaker'],
        'cast member',
        l.speaker,
        cast,
        'declare them under `cast`',
      );
    }
    if (l.when) condition(l.when, [...path, 'when']);
  };

  return { unknown, condition, effects, line };
}
