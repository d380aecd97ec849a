import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { testRubric } from '../fixtures/rubric';
import type { Problem } from '../runtime/types';
import { validateRubric } from './validate-rubric';
import { validateScenario } from './validate-scenario';

const clone = (): typeof kitchenSinkRaw => JSON.parse(JSON.stringify(kitchenSinkRaw));
// biome-ignore lint/suspicious/noExplicitAny: tests break the fixture on purpose
type Any = any;

function problems(raw: unknown): Problem[] {
  const r = validateScenario(raw, testRubric);
  if (r.ok) throw new Error('expected problems');
  return r.error;
}
function one(raw: unknown, rule: string): Problem {
  const p = problems(raw).find((x) => x.rule === rule);
  if (!p) throw new Error(`no ${rule} in ${JSON.stringify(problems(raw))}`);
  return p;
}
const beat = (raw: Any, id: string) => raw.phases.intake.beats[id];

describe('validateScenario', () => {
  it('accepts the kitchen sink and applies defaults', () => {
    const r = validateScenario(kitchenSinkRaw, testRubric);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.themes).toEqual([]);
  });
  it('unknown next target: path, rule and closest id', () => {
    const raw: Any = clone();
    beat(raw, 'arrival').choices[0].next = 'privte-room';
    const p = one(raw, 'unknown-target');
    expect(p.path).toEqual(['phases', 'intake', 'beats', 'arrival', 'choices', 0, 'next']);
    expect(p.fix).toContain('private-room');
  });
  it('reports many problems at once', () => {
    const raw: Any = clone();
    beat(raw, 'arrival').choices[0].effects.meters.trsut = 1;
    beat(raw, 'arrival').choices[0].evidence.saftey = 1;
    beat(raw, 'arrival').lines[0].speaker = 'rossa';
    beat(raw, 'plan').choices[0].when = { flag: 'askedPhon' };
    beat(raw, 'plan').choices[1].when = { affect: 'setled' };
    beat(raw, 'plan').choices[1].reactions = [{ narration: 'x', when: { chose: 'univrsal-policy' } }];
    beat(raw, 'plan').lines[0].when = { visited: 'nowhere-at-all' };
    raw.phases.later.session = 'secnd';
    raw.weights.voise = 1;
    const ps = problems(raw);
    const byRule = (r: string) => ps.filter((p) => p.rule === r).map((p) => [p.path.join('.'), p.fix]);
    expect(byRule('unknown-meter')).toEqual([
      ['phases.intake.beats.arrival.choices.0.effects.meters.trsut', 'did you mean `trust`?'],
    ]);
    expect(byRule('unknown-competency')).toEqual([
      ['phases.intake.beats.arrival.choices.0.evidence.saftey', 'did you mean `safety`?'],
      ['weights.voise', 'did you mean `voice`?'],
    ]);
    expect(byRule('unknown-speaker')[0]?.[0]).toBe('phases.intake.beats.arrival.lines.0.speaker');
    expect(byRule('unknown-flag')[0]).toEqual([
      'phases.intake.beats.plan.choices.0.when.flag',
      'did you mean `askedPhone`?',
    ]);
    expect(byRule('unknown-affect')[0]?.[1]).toBe('did you mean `settled`?');
    expect(byRule('unknown-choice')[0]).toEqual([
      'phases.intake.beats.plan.choices.1.reactions.0.when.chose',
      'did you mean `universal-policy`?',
    ]);
    expect(byRule('unknown-beat')[0]?.[0]).toBe('phases.intake.beats.plan.lines.0.when.visited');
    expect(byRule('unknown-session')[0]).toEqual(['phases.later.session', 'did you mean `second`?']);
    expect(ps.length).toBeGreaterThanOrEqual(9);
  });
  it('return only inside interruptions; no jumping into an interruption; interruption start', () => {
    const raw: Any = clone();
    beat(raw, 'plan').choices[0].next = 'return';
    beat(raw, 'plan').choices[1].next = 'phone-buzzes';
    raw.phases.intake.interruptions.phone.start = 'phone';
    expect(one(raw, 'return-outside-interruption').path).toEqual([
      'phases',
      'intake',
      'beats',
      'plan',
      'choices',
      0,
      'next',
    ]);
    expect(one(raw, 'next-into-interruption').path.join('.')).toBe('phases.intake.beats.plan.choices.1.next');
    const start = problems(raw).find((p) => p.path.join('.') === 'phases.intake.interruptions.phone.start');
    expect(start?.fix).toContain('phone-buzzes');
  });
  it('unique beat ids across phases, beats and endings disjoint, start beat', () => {
    const raw: Any = clone();
    raw.phases.later.beats.plan = raw.phases.later.beats['return-visit'];
    raw.endings.arrival = raw.endings.shutdown;
    raw.start = 'arival';
    expect(one(raw, 'duplicate-beat').path).toEqual(['phases', 'later', 'beats', 'plan']);
    expect(one(raw, 'beat-ending-clash').path).toEqual(['endings', 'arrival']);
    expect(one(raw, 'unknown-beat').fix).toBe('did you mean `arrival`?');
  });
  it('line shape, guarded next fallback, meter range', () => {
    const raw: Any = clone();
    beat(raw, 'arrival').lines[0] = { speaker: 'rosa', text: 'a', cue: 'b' };
    beat(raw, 'arrival').lines[2] = { text: 'no speaker' };
    beat(raw, 'arrival').choices[1].next = [{ when: { flag: 'rosaInRoom' }, to: 'shutdown' }];
    raw.meters.trust.initial = 120;
    expect(one(raw, 'line-kind').path.join('.')).toBe('phases.intake.beats.arrival.lines.0');
    expect(one(raw, 'line-speaker').path.join('.')).toBe('phases.intake.beats.arrival.lines.2');
    expect(one(raw, 'next-no-fallback').path.join('.')).toBe('phases.intake.beats.arrival.choices.1.next.0');
    expect(one(raw, 'meter-range').path).toEqual(['meters', 'trust', 'initial']);
  });
  it('a beat needs a choice; unknown keys name the key and the allowed ones', () => {
    const raw: Any = clone();
    beat(raw, 'plan').choices = [];
    beat(raw, 'arrival').choices[0].feedbak = 'x';
    const ps = problems(raw);
    expect(ps.find((p) => p.path.join('.') === 'phases.intake.beats.plan.choices')).toMatchObject({
      rule: 'schema',
      message: '`choices` needs at least 1 entry',
      fix: 'add an entry to `choices`',
    });
    const key = ps.find((p) => p.rule === 'unknown-key');
    expect(key?.path.join('.')).toBe('phases.intake.beats.arrival.choices.0.feedbak');
    expect(key?.fix).toMatch(/did you mean `feedback`\?.*allowed keys here: id, text/);
  });
  it('condition errors come from the branch the author meant', () => {
    const raw: Any = clone();
    beat(raw, 'plan').choices[0].when = { meter: 'trust', atleast: 3 };
    beat(raw, 'plan').choices[1].when = { all: [{ flag: 'askedPhone', is: 'yes' }] };
    beat(raw, 'plan').lines[0].when = { trust: 3 };
    const ps = problems(raw);
    const at = (p: string) => ps.filter((x) => x.path.join('.').startsWith(p));
    expect(at('phases.intake.beats.plan.choices.0.when')[0]).toMatchObject({
      rule: 'unknown-key',
      path: ['phases', 'intake', 'beats', 'plan', 'choices', 0, 'when', 'atleast'],
    });
    expect(at('phases.intake.beats.plan.choices.0.when')[0]?.fix).toContain('`atLeast`');
    expect(at('phases.intake.beats.plan.choices.1.when')[0]?.path.join('.')).toBe(
      'phases.intake.beats.plan.choices.1.when.all.0.is',
    );
    expect(at('phases.intake.beats.plan.lines.0.when')[0]).toMatchObject({ rule: 'condition-shape' });
  });
  // Found by the property tests (fast-check seed 20261122, a 4-beat scenario in 3 phases): an empty
  // phase used to pass validation and crash the statechart build.
  it('regression: a phase without beats is a validation error, not a crash', () => {
    const raw: Any = clone();
    raw.phases.empty = { title: 'Empty', beats: {} };
    expect(one(raw, 'empty-phase').path).toEqual(['phases', 'empty', 'beats']);
  });
  it('start inside an interruption, duplicate choice ids, phase/ending clash, reserved ids, affect of', () => {
    const raw: Any = clone();
    raw.start = 'phone-buzzes';
    beat(raw, 'plan').choices[1].id = 'door-open';
    raw.endings.later = raw.endings.shutdown;
    raw.phases.intake.interruptions.main = raw.phases.intake.interruptions.phone;
    raw.phases.intake.interruptions.phone = undefined;
    raw.affect.of = 'anna';
    const ps = problems(JSON.parse(JSON.stringify(raw)));
    const at = (rule: string) => ps.find((p) => p.rule === rule)?.path.join('.');
    expect(at('start-in-interruption')).toBe('start');
    expect(at('duplicate-choice')).toBe('phases.intake.beats.plan.choices.1.id');
    expect(at('phase-ending-clash')).toBe('endings.later');
    expect(at('reserved-id')).toBe('phases.intake.interruptions.main');
    expect(ps.find((p) => p.path.join('.') === 'affect.of')?.fix).toBe('did you mean `ana`?');
  });
  it('errors inside a guarded next list or a variant list point into the list', () => {
    const raw: Any = clone();
    beat(raw, 'arrival').choices[1].next = [
      { wen: { flag: 'rosaInRoom' }, to: 'shutdown' },
      { to: 'rosa-translates' },
    ];
    beat(raw, 'arrival').lines[0].text = ['fine', ''];
    const ps = problems(raw);
    expect(ps.find((p) => p.rule === 'unknown-key')).toMatchObject({
      path: ['phases', 'intake', 'beats', 'arrival', 'choices', 1, 'next', 0, 'wen'],
    });
    expect(ps.find((p) => p.rule === 'unknown-key')?.fix).toContain('did you mean `when`?');
    expect(ps.find((p) => p.path.join('.') === 'phases.intake.beats.arrival.lines.0.text.1')?.message).toBe(
      '`text` is empty',
    );
  });
  it('affect states may only test meters', () => {
    const raw: Any = clone();
    raw.affect.states[0].when = { flag: 'rosaInRoom' };
    expect(one(raw, 'affect-condition').path).toEqual(['affect', 'states', 0, 'when']);
  });
});

describe('validateRubric', () => {
  it('accepts the test rubric and rejects duplicate ids', () => {
    expect(validateRubric(testRubric).ok).toBe(true);
    const dup = {
      competencies: [...testRubric.competencies, { ...testRubric.competencies[0], code: 'C99' }],
    };
    const r = validateRubric(dup);
    expect(!r.ok && r.error[0]).toMatchObject({
      rule: 'duplicate-competency',
      path: ['competencies', 4, 'id'],
    });
  });
});
