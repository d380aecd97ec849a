import type { Problem } from '../runtime/types';
import type { Rubric } from '../schema/rubric';
import type { Beat, Scenario } from '../schema/scenario';
import { leafChecks } from './leaf-checks';

type Path = (string | number)[];

interface Where {
  path: Path;
  phaseId: string;
  interruptionId?: string | undefined;
}

/**
 * Every cross-reference check zod cannot do: ids of beats, endings, meters, flags, affect states,
 * choices, competencies, cast members and sessions; unique beat ids; `return` only in interruptions;
 * guarded `next` lists end with a fallback; line shapes; meter ranges. Paths point into the raw document.
 *
 * @example
 * checkReferences(scenario, rubric) // => [] when every reference resolves
 */
export function checkReferences(scenario: Scenario, rubric: Rubric): Problem[] {
  const problems: Problem[] = [];
  const beats = new Map<string, Where>();
  const choiceIds = new Set<string>();
  const competencies = new Set(rubric.competencies.map((c) => c.id));
  const cast = Object.keys(scenario.cast);
  const endings = Object.keys(scenario.endings);
  const sessions = Object.keys(scenario.sessions ?? {});

  const { unknown, condition, effects, line } = leafChecks(scenario, problems, beats, choiceIds);
  // Pass 1: collect beats (unique across phases and interruptions) and choice ids.
  const eachBeat = (fn: (id: string, beat: Beat, where: Where) => void) => {
    for (const [phaseId, phase] of Object.entries(scenario.phases)) {
      for (const [id, beat] of Object.entries(phase.beats))
        fn(id, beat, { path: ['phases', phaseId, 'beats', id], phaseId });
      for (const [intId, int] of Object.entries(phase.interruptions ?? {})) {
        for (const [id, beat] of Object.entries(int.beats)) {
          fn(id, beat, {
            path: ['phases', phaseId, 'interruptions', intId, 'beats', id],
            phaseId,
            interruptionId: intId,
          });
        }
      }
    }
  };
  eachBeat((id, beat, where) => {
    const first = beats.get(id);
    if (first) {
      problems.push({
        severity: 'error',
        rule: 'duplicate-beat',
        path: where.path,
        message: `beat id \`${id}\` is already used at ${first.path.join('.')}`,
        fix: 'beat ids are unique across all phases and interruptions: rename one of them',
      });
    } else beats.set(id, where);
    for (const c of beat.choices) choiceIds.add(c.id);
  });
  const beatIds = [...beats.keys()];
  for (const e of endings) {
    if (beats.has(e)) {
      problems.push({
        severity: 'error',
        rule: 'beat-ending-clash',
        path: ['endings', e],
        message: `\`${e}\` is both a beat and an ending`,
        fix: 'rename the ending or the beat so that `next` is unambiguous',
      });
    }
    if (scenario.phases[e]) {
      problems.push({
        severity: 'error',
        rule: 'phase-ending-clash',
        path: ['endings', e],
        message: `\`${e}\` is both a phase and an ending`,
        fix: 'rename the ending or the phase',
      });
    }
  }

  const start = beats.get(scenario.start);
  if (!start)
    unknown('unknown-beat', ['start'], 'start beat', scenario.start, beatIds, 'name a beat of a phase');
  else if (start.interruptionId !== undefined) {
    problems.push({
      severity: 'error',
      rule: 'start-in-interruption',
      path: ['start'],
      message: `the start beat \`${scenario.start}\` is inside an interruption`,
      fix: 'start at a beat of a phase; interruptions begin by their `when`',
    });
  }

  const target = (to: string, path: Path, where: Where) => {
    if (to === 'return') {
      if (where.interruptionId === undefined) {
        problems.push({
          severity: 'error',
          rule: 'return-outside-interruption',
          path,
          message: '`return` only makes sense inside an interruption',
          fix: 'name the beat or ending to go to',
        });
      }
      return;
    }
    if (scenario.endings[to]) return;
    const dest = beats.get(to);
    if (!dest) {
      unknown(
        'unknown-target',
        path,
        'beat or ending',
        to,
        [...beatIds, ...endings],
        'name a beat id, an ending id, or `return` inside an interruption',
      );
      return;
    }
    if (dest.interruptionId !== undefined && dest.interruptionId !== where.interruptionId) {
      problems.push({
        severity: 'error',
        rule: 'next-into-interruption',
        path,
        message: `\`${to}\` is inside the interruption \`${dest.interruptionId}\`, which starts only by its \`when\``,
        fix: 'go to a beat of a phase; the interruption fires by itself when its condition holds',
      });
    }
  };

  eachBeat((_id, beat, where) => {
    beat.lines.forEach((l, i) => {
      line(l, [...where.path, 'lines', i]);
    });
    effects(beat.onEnter, [...where.path, 'onEnter']);
    const seen = new Set<string>();
    beat.choices.forEach((c, i) => {
      const cp = [...where.path, 'choices', i];
      if (seen.has(c.id)) {
        problems.push({
          severity: 'error',
          rule: 'duplicate-choice',
          path: [...cp, 'id'],
          message: `choice id \`${c.id}\` appears twice in this beat`,
          fix: 'give each choice of a beat its own id',
        });
      }
      seen.add(c.id);
      if (c.when) condition(c.when, [...cp, 'when']);
      effects(c.effects, [...cp, 'effects']);
      c.reactions?.forEach((l, j) => {
        line(l, [...cp, 'reactions', j]);
      });
      for (const k of Object.keys(c.evidence)) {
        if (!competencies.has(k))
          unknown(
            'unknown-competency',
            [...cp, 'evidence', k],
            'competency',
            k,
            [...competencies],
            'use an id from the rubric',
          );
      }
      if (typeof c.next === 'string') target(c.next, [...cp, 'next'], where);
      else {
        c.next.forEach((b, k) => {
          if (b.when) condition(b.when, [...cp, 'next', k, 'when']);
          target(b.to, [...cp, 'next', k, 'to'], where);
        });
        const last = c.next[c.next.length - 1];
        if (last?.when) {
          problems.push({
            severity: 'error',
            rule: 'next-no-fallback',
            path: [...cp, 'next', c.next.length - 1],
            message: 'the last branch of a guarded `next` has a condition, so the run could get stuck',
            fix: 'end the list with a branch without `when`, for example `- { to: rosa-translates }`',
          });
        }
      }
    });
  });

  if (Object.keys(scenario.phases).length === 0) {
    problems.push({
      severity: 'error',
      rule: 'empty-phase',
      path: ['phases'],
      message: 'the scenario has no phases',
      fix: 'add a phase with at least one beat',
    });
  }
  for (const [phaseId, phase] of Object.entries(scenario.phases)) {
    if (Object.keys(phase.beats).length === 0) {
      problems.push({
        severity: 'error',
        rule: 'empty-phase',
        path: ['phases', phaseId, 'beats'],
        message: `phase \`${phaseId}\` has no beats`,
        fix: 'add a beat to the phase, or remove the phase',
      });
    }
    for (const intId of Object.keys(phase.interruptions ?? {})) {
      if (intId === 'main') {
        problems.push({
          severity: 'error',
          rule: 'reserved-id',
          path: ['phases', phaseId, 'interruptions', intId],
          message: "`main` is reserved (it names the phase's own beats in the statechart)",
          fix: 'rename the interruption',
        });
      }
    }
    if (phase.session !== undefined && !sessions.includes(phase.session)) {
      unknown(
        'unknown-session',
        ['phases', phaseId, 'session'],
        'session',
        phase.session,
        sessions,
        'declare it under `sessions`',
      );
    }
    for (const [intId, int] of Object.entries(phase.interruptions ?? {})) {
      const ip = ['phases', phaseId, 'interruptions', intId];
      condition(int.when, [...ip, 'when']);
      if (!int.beats[int.start]) {
        unknown(
          'unknown-beat',
          [...ip, 'start'],
          'interruption start beat',
          int.start,
          Object.keys(int.beats),
          'name a beat of this interruption',
        );
      }
    }
  }
  for (const [id, m] of Object.entries(scenario.meters)) {
    if (m.min >= m.max || m.initial < m.min || m.initial > m.max) {
      problems.push({
        severity: 'error',
        rule: 'meter-range',
        path: ['meters', id, m.min >= m.max ? 'min' : 'initial'],
        message:
          m.min >= m.max
            ? `min (${m.min}) must be below max (${m.max})`
            : `initial ${m.initial} is outside [${m.min}, ${m.max}]`,
        fix: m.min >= m.max ? 'lower min or raise max' : `set initial between ${m.min} and ${m.max}`,
      });
    }
  }
  for (const k of Object.keys(scenario.weights)) {
    if (!competencies.has(k))
      unknown(
        'unknown-competency',
        ['weights', k],
        'competency',
        k,
        [...competencies],
        'use an id from the rubric',
      );
  }
  if (scenario.affect) {
    if (!scenario.cast[scenario.affect.of])
      unknown(
        'unknown-speaker',
        ['affect', 'of'],
        'cast member',
        scenario.affect.of,
        cast,
        'name the survivor from `cast`',
      );
    const seenAffect = new Set<string>();
    scenario.affect.states.forEach((s, i) => {
      if (seenAffect.has(s.id)) {
        problems.push({
          severity: 'error',
          rule: 'duplicate-affect',
          path: ['affect', 'states', i, 'id'],
          message: `affect state \`${s.id}\` is declared twice`,
          fix: 'give each affect state its own id',
        });
      }
      seenAffect.add(s.id);
      if (s.when) condition(s.when, ['affect', 'states', i, 'when'], true);
    });
  }
  return problems;
}
