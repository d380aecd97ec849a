import type { CompiledScenario } from '../compile/compiled-scenario';
import { beatEdges } from './mermaid';

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A Graphviz digraph: phases as clusters, beats as boxes, endings as ellipses, edges labelled with
 * choice ids; `return` edges are dashed and point at the phase's cluster label node.
 *
 * @example
 * toDot(compiled) // => 'digraph "kitchen-sink" { ... }'
 */
export function toDot(compiled: CompiledScenario): string {
  const { scenario } = compiled;
  const lines = [`digraph ${q(scenario.id)} {`, '  node [shape=box];'];
  for (const [phaseId, phase] of Object.entries(scenario.phases)) {
    lines.push(`  subgraph ${q(`cluster_${phaseId}`)} {`, `    label=${q(phase.title)};`);
    lines.push(`    ${q(`phase:${phaseId}`)} [shape=plaintext, label=${q(`(${phase.title})`)}];`);
    for (const [id, beat] of Object.entries(phase.beats))
      lines.push(`    ${q(id)} [label=${q(beat.title ?? id)}];`);
    for (const [intId, int] of Object.entries(phase.interruptions ?? {})) {
      lines.push(
        `    subgraph ${q(`cluster_${intId}`)} {`,
        `      label=${q(`interruption: ${intId}`)}; style=dashed;`,
      );
      for (const [id, beat] of Object.entries(int.beats))
        lines.push(`      ${q(id)} [label=${q(beat.title ?? id)}];`);
      lines.push('    }');
    }
    lines.push('  }');
  }
  for (const [id, e] of Object.entries(scenario.endings))
    lines.push(`  ${q(id)} [shape=ellipse, label=${q(e.title)}];`);
  for (const e of beatEdges(compiled)) {
    if (e.to === 'return') {
      const phase = compiled.index.beats.get(e.from)?.phaseId ?? '';
      lines.push(`  ${q(e.from)} -> ${q(`phase:${phase}`)} [label=${q(e.choice)}, style=dashed];`);
    } else lines.push(`  ${q(e.from)} -> ${q(e.to)} [label=${q(e.choice)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
