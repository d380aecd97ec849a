import type { RuntimeScenario } from '../runtime/runtime-scenario';
import { startRun } from '../runtime/start-run';
import { availableChoices, takeChoice } from '../runtime/transition';
import type { Problem } from '../runtime/types';
import { seededRandom } from '../util/random';

/**
 * Meters that end at a bound in every sampled complete run (seeded random walks, so the answer is
 * stable): effects so strong that the meter cannot tell one way of playing from another. A sample, not
 * a proof, and the message says so; meters that never change are left alone.
 *
 * @example
 * pinnedMeters(compiled) // => [{ rule: 'meter-pinned', path: ['meters', 'trust'], ... }]
 */
export function pinnedMeters(
  rs: RuntimeScenario,
  options: { runs?: number; maxSteps?: number } = {},
): Problem[] {
  const runs = options.runs ?? 60;
  const maxSteps = options.maxSteps ?? 200;
  const rand = seededRandom(1);
  const finals: Record<string, number>[] = [];
  for (let r = 0; r < runs; r++) {
    let s = startRun(rs, { seed: r, mode: 'coach' });
    for (let i = 0; i < maxSteps && s.status === 'active'; i++) {
      const choices = availableChoices(rs, s);
      const pick = choices[Math.floor(rand() * choices.length)];
      if (!pick) break;
      s = takeChoice(rs, s, pick);
    }
    if (s.status === 'ended') finals.push(s.meters);
  }
  if (finals.length < 5) return [];
  const problems: Problem[] = [];
  for (const [id, m] of Object.entries(rs.scenario.meters)) {
    const values = finals.map((f) => f[id] ?? m.initial);
    if (values.every((v) => v === m.initial)) continue;
    const bound = values.every((v) => v === m.max)
      ? 'maximum'
      : values.every((v) => v === m.min)
        ? 'minimum'
        : undefined;
    if (!bound) continue;
    problems.push({
      severity: 'warning',
      rule: 'meter-pinned',
      path: ['meters', id],
      message: `in all ${finals.length} sampled complete runs, \`${id}\` ends at its ${bound} (${bound === 'maximum' ? m.max : m.min})`,
      fix: 'use smaller deltas or a wider range, so the meter still tells ways of playing apart at the end',
    });
  }
  return problems;
}
