import { describe, expect, it } from 'vitest';
import { toDot } from '../export/dot';
import { toMermaid } from '../export/mermaid';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { analyze } from './analyze';

// biome-ignore lint/suspicious/noExplicitAny: tests break the fixture on purpose
type Any = any;
const clone = (): Any => JSON.parse(JSON.stringify(kitchenSinkRaw));
const rules = (a: ReturnType<typeof analyze>) =>
  a.problems.map((p) => `${p.severity} ${p.rule} ${p.path.join('.')}`);

describe('analyze', () => {
  it('finds nothing wrong with the kitchen sink but its answer key, and describes its paths', () => {
    const c = loadFixture(kitchenSinkRaw);
    const a = analyze(c, { knownSources: ['seed:001', 'seed:003', 'seed:004'] });
    // The kitchen sink exercises mechanics; its best options come first and are the longest, which the
    // test-wise check catches (see test-wise.test.ts).
    expect(rules(a)).toEqual([
      'warning test-wise-longest ',
      'warning test-wise-first ',
      'warning best-is-longest ',
    ]);
    expect(a.bestPath.endingId).toBe('door-open');
    expect(a.bestPath.steps.map((s) => s.choiceId)).toEqual([
      'universal-policy',
      'ask-if-safe',
      'explain-role',
      'door-open',
      'welcome',
    ]);
    expect(a.shortestPaths.shutdown?.map((s) => s.choiceId)).toEqual(['universal-policy', 'take-phone']);
    expect(Object.keys(a.shortestPaths).sort()).toEqual(['door-closed', 'door-open', 'shutdown']);
    expect(a.bounds).toEqual(c.bounds);
    expect(a.reachableBeats).toHaveLength(c.index.beatOrder.length);
    expect(a.pathCount).toBeGreaterThan(5);
    expect(a.pathCountCapped).toBe(false);
    expect(a.statesExplored).toBe(c.graph.nodes.length);
  });

  it('reports unreachable beats and endings, dead ends, unknown sources, missing sources', () => {
    const raw = clone();
    raw.phases.intake.beats.orphan = {
      lines: [],
      choices: [{ id: 'x', text: 'x', verdict: 'best', feedback: 'x', next: 'plan' }],
    };
    raw.endings.never = { title: 'Never', outcome: 'mixed', debrief: 'x' };
    // `recover` now needs a flag nobody sets: rosa-translates becomes a dead end.
    raw.phases.intake.beats['rosa-translates'].choices[0].when = { flag: 'askedPhone' };
    raw.phases.intake.beats.plan.choices[0].sources = ['seed:999'];
    raw.phases.intake.beats.plan.choices[1].sources = [];
    const a = analyze(loadFixture(raw), { knownSources: ['seed:001', 'seed:003', 'seed:004'] });
    expect(rules(a)).toEqual(
      expect.arrayContaining([
        'error unreachable-beat phases.intake.beats.orphan',
        'error dead-end phases.intake.beats.rosa-translates',
        'error unreachable-ending endings.never',
        'error unknown-source phases.intake.beats.plan.choices.0.sources.0',
        'warning missing-sources phases.intake.beats.plan.choices.1.sources',
      ]),
    );
  });

  it('reports interruptions that never return, unearnable competencies, best path short of the maximum', () => {
    const raw = clone();
    raw.phases.intake.interruptions.phone.beats['phone-buzzes'].choices[0].next = 'plan';
    raw.phases.intake.beats.plan.choices[0].evidence = { voice: -1 };
    raw.phases.intake.beats.plan.choices[1].evidence = { voice: -2, trust: 5 };
    raw.phases.later.beats['return-visit'].choices[0].evidence = { trust: 1 };
    raw.phases.later.beats['return-visit'].choices[1].evidence = {};
    const a = analyze(loadFixture(raw));
    expect(rules(a)).toEqual(
      expect.arrayContaining([
        'warning interruption-never-returns phases.intake.interruptions.phone',
        'warning competency-unearnable ',
        'warning best-path-not-max ',
      ]),
    );
    expect(a.problems.find((p) => p.rule === 'competency-unearnable')?.message).toContain('voice');
    expect(a.problems.find((p) => p.rule === 'best-path-not-max')?.message).toContain('trust');
  });

  it('lints phrases in best choices (error) and acceptable ones (warning), not harmful ones', () => {
    const raw = clone();
    raw.phases.intake.beats['private-room'].choices[0].text = 'You’re safe now. I am an advocate.';
    raw.phases.intake.beats['rosa-translates'].choices[0].text = "Why didn't you leave earlier?";
    raw.phases.intake.beats['rosa-translates'].choices[0].verdict = 'acceptable';
    const a = analyze(loadFixture(raw));
    const lint = a.problems.filter((p) => p.rule === 'phrase-lint');
    expect(lint.map((p) => [p.severity, p.path.join('.')])).toEqual([
      ['warning', 'phases.intake.beats.rosa-translates.choices.0.text'],
      ['error', 'phases.intake.beats.private-room.choices.0.text'],
    ]);
    // `trust-me` says "You can trust me." but is scored harmful: expected, not reported.
    expect(lint.some((p) => p.path.join('.').includes('choices.1'))).toBe(false);
  });

  it('warns about a meter that ends at a bound in every sampled run', () => {
    const raw = clone();
    raw.meters.distress.initial = 95;
    raw.phases.intake.beats.plan.choices[0].effects = { meters: { distress: 100 } };
    raw.phases.intake.beats.plan.choices[1].effects = { meters: { distress: 100 } };
    raw.phases.intake.beats.arrival.onEnter = { meters: { distress: 100 } };
    raw.phases.later.beats['return-visit'].onEnter = { meters: { distress: 100 } };
    const pinned = analyze(loadFixture(raw)).problems.filter((p) => p.rule === 'meter-pinned');
    expect(pinned.map((p) => p.path.join('.'))).toEqual(['meters.distress']);
    expect(pinned[0]?.message).toMatch(/ends at its maximum \(100\)/);
  });

  it('counts paths through a loop as capped', () => {
    const raw = clone();
    // go-back becomes always available and loops to arrival with no state change.
    raw.phases.intake.beats['private-room'].choices[2].when = undefined;
    raw.phases.intake.beats['private-room'].choices[2].next = 'private-room';
    const a = analyze(loadFixture(raw), { pathCap: 1000 });
    expect(a.pathCount).toBe(1000);
    expect(a.pathCountCapped).toBe(true);
  });
});

describe('exports', () => {
  const c = loadFixture(kitchenSinkRaw);
  it('Mermaid has phases as subgraphs and choice-labelled edges', () => {
    const m = toMermaid(c);
    expect(m.startsWith('flowchart TD\n')).toBe(true);
    expect(m).toContain('subgraph p_intake["Intake"]');
    expect(m).toContain('b_arrival -->|universal-policy| b_private_room');
    expect(m).toContain('b_plan -->|ultimatum| e_door_closed');
    expect(m).toContain('b_phone_buzzes -.->|ask-if-safe| p_intake');
  });
  it('DOT has clusters and labelled edges', () => {
    const d = toDot(c);
    expect(d).toContain('subgraph "cluster_intake"');
    expect(d).toContain('"arrival" -> "private-room" [label="universal-policy"];');
    expect(d.trim().endsWith('}')).toBe(true);
  });
});
