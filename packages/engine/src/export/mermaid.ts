import type { CompiledScenario } from '../compile/compiled-scenario';

/** Mermaid node ids must be simple: keep letters and digits. */
export function nodeId(kind: 'b' | 'e' | 'p' | 'i', id: string): string {
  return `${kind}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

function label(s: string): string {
  return s.replace(/"/g, "'");
}

/** Every (from, choice, to) edge of the beat graph, `return` resolved to nothing (drawn as a dashed edge to the phase). */
export function beatEdges(compiled: CompiledScenario): { from: string; choice: string; to: string }[] {
  const out: { from: string; choice: string; to: string }[] = [];
  for (const id of compiled.index.beatOrder) {
    const info = compiled.index.beats.get(id);
    for (const c of info?.beat.choices ?? []) {
      const targets = typeof c.next === 'string' ? [c.next] : c.next.map((b) => b.to);
      for (const to of new Set(targets)) out.push({ from: id, choice: c.id, to });
    }
  }
  return out;
}

/**
 * A Mermaid flowchart: phases (and their interruptions) as subgraphs, beats and endings as nodes,
 * edges labelled with choice ids; `return` edges are dashed and go back to the interrupted phase.
 *
 * @example
 * toMermaid(compiled) // => 'flowchart TD\n  subgraph intake["Intake"] ...'
 */
export function toMermaid(compiled: CompiledScenario): string {
  const { scenario } = compiled;
  const lines = ['flowchart TD'];
  for (const [phaseId, phase] of Object.entries(scenario.phases)) {
    lines.push(`  subgraph ${nodeId('p', phaseId)}["${label(phase.title)}"]`);
    for (const [id, beat] of Object.entries(phase.beats))
      lines.push(`    ${nodeId('b', id)}["${label(beat.title ?? id)}"]`);
    for (const [intId, int] of Object.entries(phase.interruptions ?? {})) {
      lines.push(`    subgraph ${nodeId('i', intId)}["interruption: ${label(intId)}"]`);
      for (const [id, beat] of Object.entries(int.beats))
        lines.push(`      ${nodeId('b', id)}["${label(beat.title ?? id)}"]`);
      lines.push('    end');
    }
    lines.push('  end');
  }
  for (const [id, e] of Object.entries(scenario.endings))
    lines.push(`  ${nodeId('e', id)}(["${label(e.title)}"])`);
  for (const e of beatEdges(compiled)) {
    if (e.to === 'return') {
      const phase = compiled.index.beats.get(e.from)?.phaseId ?? '';
      lines.push(`  ${nodeId('b', e.from)} -.->|${e.choice}| ${nodeId('p', phase)}`);
    } else {
      const kind = compiled.index.endings.has(e.to) ? 'e' : 'b';
      lines.push(`  ${nodeId('b', e.from)} -->|${e.choice}| ${nodeId(kind, e.to)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
