import { describe, expect, it } from 'vitest';
import { SCENARIOS_DIR } from '../content-paths';
import { miniScenario } from '../fixtures/mini';
import { loadRubric } from '../load/load-rubric';
import { loadScenarioFile } from '../load/load-scenario-file';
import { lintTablePhrases } from './lint-table-phrases';
import { SPANISH_PHRASES } from './spanish-phrases';

// mini.yaml, beat `hello`: `introduce` is best, `small-talk` acceptable, `demand` harmful.
const BEST = 'beat.hello.choice.introduce.text';
const ACCEPTABLE = 'beat.hello.choice.small-talk.text';
const HARMFUL = 'beat.hello.choice.demand.text';

function lint(strings: Record<string, string>) {
  const table = Object.fromEntries(Object.entries(strings).map(([id, text]) => [id, { text }]));
  return lintTablePhrases(miniScenario(), table);
}

describe('lintTablePhrases', () => {
  it('finds nothing in a sound translation', () => {
    expect(
      lint({
        [BEST]: 'Me llamo Alex. Usted decide de qué hablamos, y no tiene que contestar nada.',
        [ACCEPTABLE]: 'Hola. ¿Cómo está?',
      }),
    ).toEqual([]);
  });

  it('is an error in a choice scored best, pointing at the entry', () => {
    expect(lint({ [BEST]: 'Puede confiar en mí. Usted decide de qué hablamos.' })).toEqual([
      {
        severity: 'error',
        rule: 'phrase-lint',
        path: ['strings', BEST, 'text'],
        message:
          '"puede confiar en mí" in the translation of a choice scored best: trust is earned through transparency, not asked for',
        fix: 'reword it (say who you are and are not, what you can and cannot do, and the limits of confidentiality); the English choice is best, so its translation must not undo that',
      },
    ]);
  });

  it('is a warning in an acceptable choice, and expected in a harmful one', () => {
    const problems = lint({
      [ACCEPTABLE]: 'Hola. Ya está a salvo.',
      [HARMFUL]: 'Ya está a salvo, se lo prometo.',
    });
    expect(problems.map((p) => [p.severity, p.path[1]])).toEqual([['warning', ACCEPTABLE]]);
  });

  it('ignores case and accents, and matches whole words only', () => {
    expect(lint({ [BEST]: 'PUEDE CONFIAR EN MI.' }).map((p) => p.severity)).toEqual(['error']);
    expect(lint({ [BEST]: '¿Por que no lo dejo antes?' }).map((p) => p.message)).toEqual([
      '"por qué no lo dejó" in the translation of a choice scored best: a "why" question about leaving blames the survivor',
    ]);
    expect(lint({ [BEST]: 'Usted tiene quemaduras en la mano; ¿quiere que la vea un médico?' })).toEqual([]);
  });

  it('lets a negation or a question mark before a phrase make it harmless', () => {
    expect(lint({ [BEST]: 'No le prometo cómo va a salir, pero puedo acompañarla.' })).toEqual([]);
    expect(lint({ [BEST]: 'Le prometo que todo sale como usted quiera.' }).map((p) => p.message)).toEqual([
      '"le prometo" in the translation of a choice scored best: a promise; make only the ones you can keep',
    ]);
    expect(lint({ [BEST]: 'Nadie tiene que saberlo, y usted no tiene que dejarlo hoy.' })).toEqual([]);
    expect(lint({ [BEST]: 'Usted tiene que dejarlo hoy.' }).map((p) => p.severity)).toEqual(['error']);
    expect(lint({ [ACCEPTABLE]: '¿Está a salvo ahora?' })).toEqual([]);
    expect(lint({ [ACCEPTABLE]: 'Está a salvo ahora.' }).map((p) => p.severity)).toEqual(['warning']);
    // "bueno" ends in "no" but is not a negation.
    expect(lint({ [BEST]: 'Bueno le prometo una cosa.' }).map((p) => p.severity)).toEqual(['error']);
  });

  it('skips ids that are missing or not translated yet', () => {
    expect(lint({ [BEST]: '' })).toEqual([]);
    expect(lint({})).toEqual([]);
  });

  it('reads choices inside interruptions too', () => {
    const rubric = loadRubric();
    if (!rubric.ok) throw new Error('rubric');
    const loaded = loadScenarioFile(`${SCENARIOS_DIR}/first-contact.yaml`, rubric.value);
    if (!loaded.ok) throw new Error('first-contact');
    // `her-call-routine` (best) is in the `he-wants-her-back` interruption.
    const id = 'beat.texts-escalate.choice.her-call-routine.text';
    expect(
      lintTablePhrases(loaded.value.scenario, { [id]: { text: 'Cálmese y dígame qué hacemos.' } }),
    ).toEqual([expect.objectContaining({ severity: 'error', path: ['strings', id, 'text'] })]);
  });

  it('has a reason and an alternative for every phrase, and each one fires on its own words', () => {
    const mini = miniScenario();
    for (const rule of SPANISH_PHRASES) {
      expect(rule.why.length, rule.phrase).toBeGreaterThan(10);
      expect(rule.instead.length, rule.phrase).toBeGreaterThan(10);
      const hits = lintTablePhrases(mini, { [BEST]: { text: `Mire: ${rule.phrase}.` } }, [rule]);
      expect(hits.length, rule.phrase).toBe(1);
      for (const word of rule.notAfter ?? []) {
        const after = lintTablePhrases(mini, { [BEST]: { text: `Mire: ${word} ${rule.phrase}.` } }, [rule]);
        expect(after, `${word} ${rule.phrase}`).toEqual([]);
      }
    }
    expect(new Set(SPANISH_PHRASES.map((r) => r.phrase)).size).toBe(SPANISH_PHRASES.length);
  });
});
