import type { Line, Scenario, VariantText } from '../schema/scenario';
import { pickIndex } from '../util/random';
import type { ConditionContext } from './condition';
import { evaluate } from './condition';
import type { ViewLine } from './types';

function pick(text: VariantText, key: string): string {
  if (typeof text === 'string') return text;
  return text[pickIndex(text.length, key)] ?? text[0] ?? '';
}

/**
 * Resolve authored lines to what the trainee sees: lines whose `when` fails are dropped and each
 * variant list is picked from (seed, where, line index, visit count), so a run always shows the same
 * words and another seed may show others.
 *
 * @example
 * resolveLines(scenario, beat.lines, ctx, { seed: 7, where: 'arrival', visit: 1 })
 */
export function resolveLines(
  scenario: Scenario,
  lines: Line[],
  ctx: ConditionContext,
  key: { seed: number; where: string; visit: number },
): ViewLine[] {
  const out: ViewLine[] = [];
  lines.forEach((line, i) => {
    if (line.when && !evaluate(scenario, line.when, ctx)) return;
    const k = `${key.seed}|${key.where}|${i}|${key.visit}`;
    const member = line.speaker !== undefined ? scenario.cast[line.speaker] : undefined;
    const speaker =
      member && line.speaker !== undefined
        ? { id: line.speaker, name: member.name, role: member.role }
        : undefined;
    if (line.text !== undefined) out.push({ kind: 'speech', speaker, text: pick(line.text, k) });
    else if (line.cue !== undefined) out.push({ kind: 'cue', speaker, text: pick(line.cue, k) });
    else if (line.narration !== undefined)
      out.push({ kind: 'narration', speaker, text: pick(line.narration, k) });
  });
  return out;
}
