import type { DebriefReport } from '@doorway/engine';

/**
 * The debrief as terminal text: ending, overall score and pass, per competency score, then every
 * decision with its verdict, why, the best alternative and the sources.
 *
 * @example
 * renderDebrief(report(compiled, state)).join('\n')
 */
export function renderDebrief(r: DebriefReport): string[] {
  const out: string[] = ['', '=== Debrief ==='];
  if (r.ending) out.push(`Ending: ${r.ending.title} (${r.ending.outcome})`, `  ${r.ending.debrief}`);
  else out.push(`The run ${r.status === 'exited' ? 'was stopped' : 'did not reach an ending'}.`);
  out.push(`Overall: ${r.overall} / 100 (pass at ${r.passThreshold}): ${r.passed ? 'PASSED' : 'NOT PASSED'}`);
  for (const c of r.criticalErrors) out.push(`  Critical error at ${c.beatId}: "${c.text}"`);
  out.push('Competencies:');
  for (const c of r.competencies)
    out.push(`  ${c.name}: ${c.score} (evidence ${c.sum}, range ${c.min} to ${c.max})`);
  out.push('Decisions:');
  for (const d of r.decisions) {
    out.push(
      `  ${d.index + 1}. ${d.beatTitle ?? d.beatId}: "${d.choice.text}" (${d.verdict}${d.critical ? ', critical' : ''})`,
    );
    out.push(`     ${d.feedback}`);
    if (d.best) out.push(`     Best: "${d.best.text}"`);
    if (d.sources.length > 0) out.push(`     Sources: ${d.sources.join(', ')}`);
  }
  return out;
}
