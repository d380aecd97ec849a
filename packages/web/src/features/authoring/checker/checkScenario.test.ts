import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18next } from '../../../i18n/i18n';
import { idKindAt, idsOfKind } from '../editor/completeIds';
import { checkScenario } from './checkScenario';
import type { CheckerSetup } from './checkTypes';

// Tests run from the repository root.
const template = readFileSync(
  join(process.cwd(), 'packages/scenarios/content/templates/scenario.yaml'),
  'utf8',
);
const competency = (id: string) => ({
  id,
  code: id.toUpperCase(),
  name: id,
  definition: 'd',
  good: ['g'],
  harmful: ['h'],
  sources: [],
});
const setup: CheckerSetup = {
  rubric: { competencies: ['safety', 'choice', 'communication', 'transparency'].map(competency) },
  sources: {
    documents: [],
    guidance: ['prac-trauma-informed', 'screen-safe-setting', 'screen-safe-now', 'say-safe'].map((id) => ({
      id,
    })),
    references: ['IACP', 'PA'].map((key) => ({ key })),
  },
};

describe('checkScenario (the worker’s check, run here without a worker)', () => {
  it('the template checks clean and yields its map, analysis and ids', () => {
    const r = checkScenario(template, setup);
    expect([r.errors, r.loaded]).toEqual([0, true]);
    const arrival = r.map?.nodes.find((n) => n.id === 'arrival');
    expect(arrival).toMatchObject({ kind: 'beat', start: true, reachable: true, phaseId: 'opening' });
    expect(template.split('\n')[(arrival?.line ?? 0) - 1]).toContain('arrival:');
    expect(r.map?.edges.filter((e) => e.best).map((e) => `${e.from}/${e.choiceId}`)).toContain(
      'arrival/hand-over-control',
    );
    expect(r.ids?.beats).toEqual(['arrival', 'safe-to-talk']);
    expect(Object.keys(r.analysis?.shortestPaths ?? {}).sort()).toEqual(['door-ajar', 'door-open']);
  });

  it('an arrow into a phase whose session opens with a time skip carries that time skip', () => {
    const twoSessions = template
      .replace(
        'start: arrival',
        'sessions:\n  first: { title: Day 1 }\n  later: { title: Weeks later, timeSkip: Three weeks later. }\nstart: arrival',
      )
      .replace('    title: Opening\n', '    title: Opening\n    session: first\n')
      .replace(
        '      safe-to-talk:\n',
        '  follow-up:\n    title: Follow-up\n    session: later\n    beats:\n      safe-to-talk:\n',
      );
    const r = checkScenario(twoSessions, setup);
    expect([r.errors, r.loaded]).toEqual([0, true]);
    const into = r.map?.edges.filter((e) => e.to === 'safe-to-talk') ?? [];
    expect(into.length).toBeGreaterThan(0);
    expect(into.map((e) => e.timeSkip)).toEqual(into.map(() => 'Three weeks later.'));
    const within = r.map?.edges.filter((e) => e.from === 'safe-to-talk') ?? [];
    expect(within.map((e) => e.timeSkip)).toEqual(within.map(() => undefined));
  });

  it('a dangling next is an error at its line with the field and a fix', () => {
    const broken = template.replace('next: door-ajar', 'next: door-ajarx');
    const line = broken.split('\n').findIndex((l) => l.includes('door-ajarx')) + 1;
    const r = checkScenario(broken, setup);
    expect(r.loaded).toBe(false);
    expect(r.problems[0]).toMatchObject({
      line,
      severity: 'error',
      field: expect.stringMatching(/choices\[0\]\.next$/),
      fix: expect.stringContaining('door-ajar'),
    });
  });

  it('text that is not YAML is a problem, never a throw', () => {
    for (const text of ['id: [', '', '\t- x', 'phases: 7'])
      expect(checkScenario(text, setup).errors).toBeGreaterThan(0);
  });
});

describe('completion context', () => {
  it('knows which ids belong where the cursor is', () => {
    expect(idKindAt('            next: saf')).toBe('target');
    expect(idKindAt('          - { speaker: al')).toBe('cast');
    expect(idKindAt('            sources: [screen-safe-now, ')).toBe('source');
    expect(idKindAt('            evidence: { choice: 2, tr')).toBe('competency');
    expect(idKindAt('            evidence: { choice: ')).toBeUndefined();
    expect(idKindAt('    title: Next steps')).toBeUndefined();
    const ids = checkScenario(template, setup).ids;
    if (!ids) throw new Error('the template should load');
    expect(idsOfKind(ids, 'target').map((o) => o.label)).toEqual([
      'arrival',
      'safe-to-talk',
      'door-open',
      'door-ajar',
      'return',
    ]);
  });
});

describe('layoutMap', () => {
  it('places every node once, phases as separate boxes, endings last, and finds the node at a line', async () => {
    const { layoutMap, nodeAtLine, nodeLabels } = await import('../map/layoutMap');
    const model = checkScenario(template, setup).map;
    if (!model) throw new Error('the template should load');
    const layout = layoutMap(model);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(model.nodes.map((n) => n.id).sort());
    expect(layout.groups.map((g) => g.id)).toEqual(['opening', 'endings']);
    const [opening, endings] = layout.groups;
    expect((opening?.x ?? 0) + (opening?.w ?? 0)).toBeLessThan(endings?.x ?? 0);
    const x = (id: string) => layout.nodes.find((n) => n.id === id)?.x ?? -1;
    expect(x('arrival')).toBeLessThan(x('safe-to-talk'));
    const arrival = model.nodes.find((n) => n.id === 'arrival');
    if (!arrival) throw new Error('the template has an arrival beat');
    expect(nodeAtLine(model.nodes, arrival.line + 3)?.id).toBe('arrival');
    expect(nodeLabels(arrival, i18next.t)).toEqual(['start', 'best path']);
    expect(nodeLabels(arrival, i18next.t, { start: false })).toEqual(['best path']);
    const unreachable = checkScenario(
      template
        .replace('next: safe-to-talk', 'next: door-ajar')
        .replaceAll('next: safe-to-talk', 'next: door-ajar'),
      setup,
    );
    expect(unreachable.map?.nodes.find((n) => n.id === 'safe-to-talk')?.reachable).toBe(false);
    expect(layoutMap(unreachable.map ?? model).nodes).toHaveLength(model.nodes.length);
  });
});
