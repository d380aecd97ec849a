import { analyze } from '@doorway/engine';
import { testWiseLines } from '../../play/test-wise-lines';
import { formatProblem } from '../../problems/format-problem';
import { locateProblems, sortProblems } from '../../problems/locate-problems';
import { knownSourceIds } from '../../sources/known-source-ids';
import type { Command } from '../cli-io';
import { parseOptions } from '../parse-options';
import { resolveScenario } from '../resolve-scenario';

export const analyzeCommand: Command = {
  summary: 'reachability, dead ends, endings, best path, score bounds and path count of a scenario',
  usage: [
    'Usage: doorway analyze <id or file> [--path-cap N]',
    '',
    'Explores every reachable state of the scenario and prints: reachable and unreachable beats, dead',
    'ends, each ending (reachable? shortest path), the all-best path, the lowest and highest evidence sum',
    'per competency, the number of distinct paths, how a test-wise trainee fares (always the longest,',
    'shortest, first, last or most reassuring option; how often the best option is the longest; its length',
    'in words), then every problem with file:line:col.',
    'Exits 1 when analysis finds an error.',
    '',
    'Options:',
    '  --path-cap <N>   stop counting paths at N (default 100000)',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, { 'path-cap': { type: 'string' } });
    if (!parsed.ok) {
      io.err(`doorway analyze: ${parsed.error}`);
      return 2;
    }
    const [target] = parsed.value.positionals;
    if (target === undefined) {
      io.err('doorway analyze: name a scenario id or file');
      return 2;
    }
    const cap = parsed.value.values['path-cap'];
    const pathCap = typeof cap === 'string' ? Number(cap) : undefined;
    if (pathCap !== undefined && !(Number.isInteger(pathCap) && pathCap > 0)) {
      io.err('doorway analyze: --path-cap must be a positive whole number');
      return 2;
    }
    const resolved = resolveScenario(target, io);
    if (!resolved) return 1;
    const { compiled, loaded, sources } = resolved;
    const { scenario, index } = compiled;
    const a = analyze(compiled, {
      knownSources: [...knownSourceIds(sources)],
      ...(pathCap ? { pathCap } : {}),
    });
    const step = (d: { beatId: string; choiceId: string }) => `${d.beatId}/${d.choiceId}`;

    io.out(`${scenario.title} (${scenario.id} ${scenario.version})`);
    io.out(
      `States explored: ${a.statesExplored}${a.truncated ? ' (stopped at the cap: results are partial)' : ''}`,
    );
    const unreachable = index.beatOrder.filter((b) => !a.reachableBeats.includes(b));
    io.out(`Beats: ${a.reachableBeats.length} of ${index.beatOrder.length} reachable`);
    if (unreachable.length > 0) io.out(`  unreachable: ${unreachable.join(', ')}`);
    const deadEnds = a.problems.filter((p) => p.rule === 'dead-end');
    io.out(`Dead ends: ${deadEnds.length === 0 ? 'none' : deadEnds.map((p) => p.message).join('; ')}`);
    io.out('Endings:');
    for (const [id, ending] of Object.entries(scenario.endings)) {
      const path = a.shortestPaths[id];
      io.out(
        path
          ? `  ${id} (${ending.outcome}): reachable, shortest path ${path.length} decisions: ${path.map(step).join(' > ')}`
          : `  ${id} (${ending.outcome}): NOT reachable`,
      );
    }
    io.out(
      `Best path: ${a.bestPath.steps.length} decisions, ${
        a.bestPath.endingId
          ? `ends at ${a.bestPath.endingId}`
          : a.bestPath.loops
            ? 'loops'
            : 'reaches a dead end'
      }`,
    );
    io.out(`  ${a.bestPath.steps.map(step).join(' > ')}`);
    io.out('Score bounds (lowest..highest evidence sum; the best path earns):');
    for (const [id, b] of Object.entries(a.bounds)) {
      const earned = a.bestPath.sums[id] ?? 0;
      io.out(`  ${id}: ${b.min}..${b.max}, best path ${earned}${earned < b.max ? '  <- below the max' : ''}`);
    }
    io.out(`Paths: ${a.pathCount}${a.pathCountCapped ? '+ (capped)' : ''}`);
    for (const line of testWiseLines(a.testWise)) io.out(line);
    const problems = sortProblems(locateProblems(loaded.parsed, a.problems));
    io.out(`Problems: ${problems.length === 0 ? 'none' : problems.length}`);
    for (const p of problems) io.out(formatProblem(p, { relativeTo: io.cwd }));
    return problems.some((p) => p.severity === 'error') ? 1 : 0;
  },
};
