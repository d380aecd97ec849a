import { pickBest, pickHarmful, report, walk } from '@doorway/engine';
import { checkGolden, formatProblem, knownSourceIds } from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';
import {
  allChoices,
  beatPath,
  bestPathDecisions,
  content,
  SHIPPED_IDS,
  scenario,
  where,
} from './shipped-content';

// Every check lists what is wrong as `file:line:col  path  what to fix`, so a failing test reads like lint.

describe('the scenario library', () => {
  it('ships the eight scenarios and every content file loads without errors', () => {
    const { registry } = content();
    const errors = registry.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
    expect(errors).toEqual([]);
    expect(
      registry
        .list()
        .map((e) => e.id)
        .sort(),
    ).toEqual([...SHIPPED_IDS].sort());
    const missing = SHIPPED_IDS.filter((id) => !registry.get(id));
    expect(missing, 'scenario ids with no file in packages/scenarios/content/scenarios').toEqual([]);
  });
});

describe.each(SHIPPED_IDS)('scenario %s', (id) => {
  const s = () => {
    const found = scenario(id);
    if (!found) throw new Error(`${id} does not load: run \`pnpm doorway lint\``);
    return found;
  };

  it('lints clean (no errors from the loader, the analysis or the phrase lint)', () => {
    const errors = s()
      .problems.filter((p) => p.severity === 'error')
      .map((p) => formatProblem(p));
    expect(errors).toEqual([]);
  });

  it('can reach every ending', () => {
    const { analysis, compiled } = s();
    const unreachable = Object.keys(compiled.scenario.endings)
      .filter((e) => !analysis.shortestPaths[e])
      .map(
        (e) => `${where(s(), ['endings', e])}  no run reaches this ending: lead a choice to it or remove it`,
      );
    expect(unreachable).toEqual([]);
  });

  it('scores 100 and passes on the all-best path', () => {
    const { compiled } = s();
    const r = report(compiled, walk(compiled, pickBest, { seed: 1, mode: 'assessment' }));
    const below = r.competencies
      .filter((c) => c.score < 100)
      .map(
        (c) =>
          `${c.id}: the best path earns ${c.sum} but some run earns ${c.max}; move that evidence onto best choices`,
      );
    expect(below).toEqual([]);
    expect(r.ending, 'the all-best path must reach an ending').toBeDefined();
    expect({ overall: r.overall, passed: r.passed }).toEqual({ overall: 100, passed: true });
  });

  it('fails, or makes a critical error, when the trainee always takes the harmful option', () => {
    const { compiled } = s();
    const r = report(compiled, walk(compiled, pickHarmful, { seed: 1, mode: 'assessment' }));
    expect(
      r.passed,
      `always-harmful play passed with ${r.overall}: mark a harmful choice critical or lower the harmful evidence`,
    ).toBe(false);
  });

  it('has 8 to 14 decisions on the best path, each offering 3 or 4 options with best, acceptable and harmful', () => {
    const decisions = bestPathDecisions(s());
    expect(decisions.length, 'decisions on the best path (8 to 14)').toBeGreaterThanOrEqual(8);
    expect(decisions.length, 'decisions on the best path (8 to 14)').toBeLessThanOrEqual(14);
    const wrong = decisions.flatMap(({ beatId, offered }) => {
      const verdicts = new Set(offered.map((c) => c.verdict));
      const lacking = (['best', 'acceptable', 'harmful'] as const).filter((v) => !verdicts.has(v));
      if (offered.length >= 3 && offered.length <= 4 && lacking.length === 0) return [];
      return [
        `${where(s(), beatPath(s(), beatId))}  offers ${offered.length} options${
          lacking.length > 0 ? ` with no ${lacking.join(' or ')} one` : ''
        } on the best path (a decision needs 3 or 4, with best, acceptable and harmful)`,
      ];
    });
    expect(wrong).toEqual([]);
  });

  it('cites at least one known source on every choice', () => {
    const known = knownSourceIds(content().sources);
    const wrong = allChoices(s()).flatMap(({ choice, path }) => {
      if (choice.sources.length === 0)
        return [`${where(s(), path)}  cites no source: add one from content/sources.yaml`];
      return choice.sources
        .filter((src) => !known.has(src))
        .map(
          (src) =>
            `${where(s(), [...path, 'sources'])}  unknown source "${src}": use an id or key from content/sources.yaml`,
        );
    });
    expect(wrong).toEqual([]);
  });

  it('gives feedback on every option that is not best', () => {
    const wrong = allChoices(s())
      .filter(({ choice }) => choice.verdict !== 'best' && choice.feedback.trim().length < 20)
      .map(
        ({ choice, path }) =>
          `${where(s(), [...path, 'feedback'])}  ${choice.verdict} option "${choice.id}" needs feedback that explains why`,
      );
    expect(wrong).toEqual([]);
  });

  it('matches its golden best-path transcript (UPDATE_GOLDEN=1 or `pnpm doorway golden --update` rewrites it)', () => {
    const result = checkGolden(s().compiled, { update: process.env.UPDATE_GOLDEN === '1' });
    if (result.status === 'different') {
      expect(result.actual, `tests/content/golden/${id}.txt:${result.line} differs from the best path`).toBe(
        result.expected,
      );
    }
    expect(result.status, `tests/content/golden/${id}.txt: run \`pnpm doorway golden --update\``).toMatch(
      /^(same|written)$/,
    );
  });
});
